#!/usr/bin/env bash
# Builds Huisrooster's installable artefacts into dist/ and checks them.
#
#   package.sh linux     dist/huisrooster-<versie>-linux-amd64.tar.xz (fyne package)
#   package.sh windows   dist/huisrooster-<versie>-windows-amd64.exe (mingw-w64, cgo)
#   package.sh check     the Linux tarball holds binary, desktop file and icon,
#                        and its Makefile installs them (into a temp dir)
#   package.sh smoke     run the .exe under wine: --version and check --demo
#
# `fyne package` reads FyneApp.toml from the main package's folder and writes
# temporary files there (fyne_metadata_init.go, fyne.syso; and it bumps Build).
# So both builds run in a temporary copy of the source tree, where the root
# FyneApp.toml is copied next to cmd/huisrooster (its icon path made relative
# to that folder). The work tree is never touched and FyneApp.toml stays the
# only copy in git.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
PATH="$PATH:$(go env GOBIN):$(go env GOPATH)/bin" # where go install puts fyne
export LANG="${LANG:-C.UTF-8}"
[ "$LANG" = C ] && export LANG=C.UTF-8

root=$PWD
dist=$root/dist

# meta KEY prints the value of KEY in the [Details] table of FyneApp.toml.
meta() {
  sed -n '/^\[Details\]/,/^\[/p' FyneApp.toml |
    sed -n -E "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"?([^\"]*)\"?[[:space:]]*$/\1/p" | head -n 1
}
app_version=$(meta Version)
app_id=$(meta ID)
[ -n "$app_version" ] && [ -n "$app_id" ] || {
  echo "FyneApp.toml mist Version of ID / FyneApp.toml lacks Version or ID" >&2
  exit 1
}
# The binary's --version: the app version plus the commit, e.g. 0.1.0+6ccd5d1.
rev=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
bin_version="$app_version+$rev"
linux_tar=$dist/huisrooster-$app_version-linux-amd64.tar.xz
windows_exe=$dist/huisrooster-$app_version-windows-amd64.exe

need_fyne() {
  command -v fyne >/dev/null || {
    echo "fyne ontbreekt: make package-deps / fyne is missing: make package-deps" >&2
    exit 1
  }
}

# stage copies the sources (tracked and new, not ignored files) into a temp
# dir and puts FyneApp.toml into its cmd/huisrooster; it prints the dir.
stage() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/huisrooster-pkg.XXXXXX")
  git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$dir"
  # A relative Icon path is relative to FyneApp.toml: two folders up now.
  sed -E 's#^([[:space:]]*Icon[[:space:]]*=[[:space:]]*")([^/"][^"]*")#\1../../\2#' \
    FyneApp.toml >"$dir/cmd/huisrooster/FyneApp.toml"
  echo "$dir"
}

# fyne_package OS [ENV...] runs `fyne package` for OS in a fresh stage and
# moves what it made (matching the glob in $out_glob) to $out.
fyne_package() {
  local os=$1
  shift
  need_fyne
  mkdir -p "$dist"
  local dir
  dir=$(stage)
  # shellcheck disable=SC2064
  trap "rm -rf '$dir'" EXIT
  echo "== fyne package --os $os ($bin_version) in $dir"
  (cd "$dir/cmd/huisrooster" &&
    env "$@" GOFLAGS="${GOFLAGS:-} -ldflags=-X=main.version=$bin_version" \
      fyne package --os "$os" --release)
  local made
  made=$(find "$dir/cmd/huisrooster" -maxdepth 1 -name "$out_glob" | head -n 1)
  [ -n "$made" ] || {
    echo "fyne package maakte geen $out_glob / fyne package made no $out_glob" >&2
    exit 1
  }
  mv -f "$made" "$out"
  rm -rf "$dir"
  trap - EXIT
  echo "   $out ($(du -h "$out" | cut -f1))"
}

linux() {
  out_glob='*.tar.xz' out=$linux_tar fyne_package linux
}

windows() {
  command -v x86_64-w64-mingw32-gcc >/dev/null || {
    echo "x86_64-w64-mingw32-gcc ontbreekt: make package-deps / is missing: make package-deps" >&2
    exit 1
  }
  # -H=windowsgui (no console window), the icon and the version resource
  # come from fyne package; cgo cross-compiles with mingw-w64.
  out_glob='*.exe' out=$windows_exe fyne_package windows \
    GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++
}

fail() {
  echo "FOUT / FAIL: $*" >&2
  exit 1
}

# check verifies the Linux tarball: its listing, then a real install with
# its Makefile into a temp root and a temp home.
check() {
  [ -f "$linux_tar" ] || fail "$linux_tar ontbreekt / is missing (make package-linux)"
  local list
  list=$(tar -tJf "$linux_tar")
  echo "$list" | sed 's/^/   /'
  grep -qE '(^|/)Makefile$' <<<"$list" || fail "geen Makefile / no Makefile"
  grep -qE '/bin/huisrooster$' <<<"$list" || fail "geen binary / no binary"
  grep -qE "/share/applications/$app_id\.desktop$" <<<"$list" || fail "geen desktopbestand / no desktop file"
  grep -qE "/share/pixmaps/$app_id\.png$" <<<"$list" || fail "geen icoon / no icon"

  local tmp
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/huisrooster-check.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT
  tar -xJf "$linux_tar" -C "$tmp"
  local pkg
  pkg=$(dirname "$(find "$tmp" -name Makefile | head -n 1)")
  local desktop
  desktop=$(find "$pkg" -name "$app_id.desktop")
  echo "== $(basename "$desktop")"
  sed 's/^/   /' "$desktop"
  grep -qx 'Type=Application' "$desktop" || fail "desktopbestand: geen Type=Application / desktop file: no Type=Application"
  grep -qx 'Name=Huisrooster' "$desktop" || fail "desktopbestand: geen Name / desktop file: no Name"
  grep -qx 'Exec=huisrooster' "$desktop" || fail "desktopbestand: Exec is niet huisrooster / desktop file: Exec is not huisrooster"
  grep -qx "Icon=$app_id" "$desktop" || fail "desktopbestand: Icon is niet $app_id / desktop file: Icon is not $app_id"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
  fi
  local icon
  icon=$(find "$pkg" -name "$app_id.png")
  [ "$(head -c 4 "$icon" | tail -c 3)" = PNG ] || fail "icoon is geen PNG / icon is not a PNG"

  echo "== sudo make install (DESTDIR) en make user-install (HOME) in $tmp"
  make -s -C "$pkg" install DESTDIR="$tmp/root" PREFIX=/usr >/dev/null
  make -s -C "$pkg" user-install HOME="$tmp/home" >/dev/null
  for f in root/usr/bin/huisrooster "root/usr/share/applications/$app_id.desktop" "root/usr/share/pixmaps/$app_id.png" \
    home/.local/bin/huisrooster "home/.local/share/applications/$app_id.desktop" "home/.local/share/icons/$app_id.png"; do
    [ -s "$tmp/$f" ] || fail "$f niet geïnstalleerd / not installed"
  done
  [ -x "$tmp/root/usr/bin/huisrooster" ] || fail "binary niet uitvoerbaar / binary not executable"
  local got
  got=$("$tmp/root/usr/bin/huisrooster" --version)
  echo "   $got"
  [[ "$got" == "huisrooster $app_version+"* ]] || fail "--version: $got, verwacht / want huisrooster $app_version+…"
  XDG_DATA_HOME="$tmp/data" "$tmp/home/.local/bin/huisrooster" check --demo >/dev/null || [ $? -eq 1 ] ||
    fail "check --demo met de geïnstalleerde binary / with the installed binary"
  rm -rf "$tmp"
  trap - EXIT
  echo "   Linux-pakket in orde / Linux package OK"
}

# smoke starts the Windows .exe under wine in a fresh, temporary prefix,
# without a display: --version, and check --demo (exit 0 or 1: findings are
# not a failure here). Debian 12's wine 8.0 lacks bcryptprimitives.dll, which
# Go 1.24+ needs before main; .ci/wine/bcryptprimitives.c stands in for it in
# the temporary prefix only.
smoke() {
  [ -f "$windows_exe" ] || fail "$windows_exe ontbreekt / is missing (make package-windows)"
  local wine
  wine=$(command -v wine || command -v wine64 || true)
  [ -n "$wine" ] || fail "wine ontbreekt / wine is missing (make package-deps)"
  local tmp
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/huisrooster-wine.XXXXXX")
  # shellcheck disable=SC2064
  trap "WINEPREFIX='$tmp/prefix' wineserver -k 2>/dev/null || true; rm -rf '$tmp'" EXIT
  export WINEPREFIX=$tmp/prefix WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml=' DISPLAY=
  echo "== wine-prefix in $tmp"
  timeout 300 "$wine" cmd /c exit >/dev/null 2>&1 || fail "wine start niet / wine does not start"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    .ci/wine/bcryptprimitives.c -ladvapi32
  cp "$windows_exe" "$tmp/Huisrooster.exe"
  echo "== wine Huisrooster.exe --version"
  local got
  got=$(timeout 300 "$wine" "$tmp/Huisrooster.exe" --version | tr -d '\r')
  echo "   $got"
  [[ "$got" == "huisrooster $app_version+"* ]] || fail "--version onder wine: '$got' / under wine: '$got'"
  echo "== wine Huisrooster.exe check --demo"
  local status=0
  timeout 300 "$wine" "$tmp/Huisrooster.exe" check --demo >"$tmp/check.txt" || status=$?
  [ "$status" -le 1 ] || {
    cat "$tmp/check.txt"
    fail "check --demo onder wine: exit $status / under wine: exit $status"
  }
  [ -s "$tmp/check.txt" ] || fail "check --demo onder wine schreef niets / under wine wrote nothing"
  head -n 3 "$tmp/check.txt" | tr -d '\r' | sed 's/^/   /'
  echo "   Windows-exe draait onder wine / Windows exe runs under wine"
}

case "${1:-}" in
  linux | windows | check | smoke) "$1" ;;
  *)
    echo "gebruik / usage: $0 linux|windows|check|smoke" >&2
    exit 2
    ;;
esac
