#!/usr/bin/env bash
# Installs what Huisrooster needs on a Debian machine, only when it is missing:
# the C headers and GL libraries Fyne's cgo build needs, and a Go toolchain.
# Used by `make run`, `make deps` and CI. Safe to run again.
set -euo pipefail

need=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev
      libwayland-dev libxkbcommon-dev wayland-protocols)
if [ "${HUISROOSTER_WITH_TOOLS:-}" = 1 ]; then
  # Extra tools for checking screens and prints: a virtual display,
  # screenshots, PDF rendering.
  need+=(xvfb imagemagick poppler-utils)
fi
if [ "${HUISROOSTER_WITH_PACKAGING:-}" = 1 ]; then
  # For `make package`: the Windows cross compiler (cgo), wine and a virtual
  # display to start the .exe in CI, and the tools that pack and check the
  # Linux tarball.
  need+=(gcc-mingw-w64-x86-64 wine wine64 xvfb xauth xz-utils desktop-file-utils)
fi

missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  sudo_cmd=(sudo)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Pakketten installeren / installing packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

# Go: go.mod asks for go 1.25. A Go of 1.21 or newer fetches the right
# toolchain by itself through the module proxy (GOTOOLCHAIN=auto).
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  echo "Go staat in /usr/local/go/bin; zet die map in PATH / Go is in /usr/local/go/bin; add it to PATH" >&2
fi
if ! command -v go >/dev/null 2>&1; then
  echo "Go installeren / installing Go"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq golang-go
fi
minor=$(go env GOVERSION | sed -E 's/^go1\.([0-9]+).*/\1/')
if [ "${minor:-0}" -lt 21 ]; then
  echo "Go $(go env GOVERSION) is te oud (nodig: 1.21 of nieuwer, die haalt zelf 1.25) /" \
       "Go $(go env GOVERSION) is too old (need 1.21 or newer, which fetches 1.25 itself)" >&2
  exit 1
fi

# The fyne CLI for `make package`: fyne.io/tools v1.7.4 is the release that
# goes with Fyne v2.8.1 (its go.mod requires exactly that Fyne).
fyne_tools=v1.7.4
if [ "${HUISROOSTER_WITH_PACKAGING:-}" = 1 ]; then
  bin_dir=$(go env GOBIN)
  fyne_bin="${bin_dir:-$(go env GOPATH)/bin}/fyne"
  have=$("$fyne_bin" version 2>/dev/null || true)
  if [[ "$have" != *"cli version: $fyne_tools"* ]]; then
    echo "fyne $fyne_tools installeren / installing fyne $fyne_tools"
    go install "fyne.io/tools/cmd/fyne@$fyne_tools"
  fi
fi
