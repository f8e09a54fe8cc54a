#!/usr/bin/env bash
# Measures Huisrooster against a Fyne "hello world" built with the same Fyne
# version: the time from start until the first window is mapped, and the
# resident memory (RSS) a few seconds later, with the demo week showing.
# Prints the median of RUNS runs of each and the ratios. Then edits the demo
# roster for a long while (scripts/measure-edit.sh: ROUNDS x CYCLES editing
# cycles, RSS after each round; EDIT=0 skips it). Not a test: the numbers
# depend on the machine; compare them side by side, run after run.
#
#   make measure                       # or: scripts/measure.sh
#   RUNS=7 SETTLE=4 scripts/measure.sh
#
# Needs Xvfb and xdotool (apt-get install xvfb xdotool). Uses DISPLAY when it
# is set, else starts Xvfb on :${MEASURE_DISPLAY:-97} at 1366x768.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SETTLE=${SETTLE:-3} # seconds after the window maps before RSS is read
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

go build -tags no_emoji -o "$work/huisrooster" ./cmd/huisrooster # as make build
go build -o "$work/huisrooster-emoji" ./cmd/huisrooster          # a plain go build
go build -tags measure -o "$work/hello" ./scripts/measure/hello

if [ -z "${DISPLAY:-}" ]; then
	export DISPLAY=":${MEASURE_DISPLAY:-97}"
	Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
	sleep 1
fi

# one NAME CMD...: start CMD, wait for its visible window, read its RSS;
# prints "seconds_to_window rss_kb".
one() {
	local home="$work/home-$1"
	rm -rf "$home" && mkdir -p "$home"
	shift
	local t0 t1 pid
	t0=$(date +%s.%N)
	HOME="$home" LANG=nl_NL.UTF-8 "$@" >/dev/null 2>&1 &
	pid=$!
	timeout 30 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null
	t1=$(date +%s.%N)
	sleep "$SETTLE"
	local rss
	rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo "$(echo "$t1 - $t0" | bc -l) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

: >"$work/hello.txt"
: >"$work/app.txt"
: >"$work/emoji.txt"
for i in $(seq "$RUNS"); do
	one hello "$work/hello" >>"$work/hello.txt"
	one app "$work/huisrooster" --demo --who Fatima --size 1366x768 >>"$work/app.txt"
	one emoji "$work/huisrooster-emoji" --demo --who Fatima --size 1366x768 >>"$work/emoji.txt"
done

ht=$(cut -d' ' -f1 "$work/hello.txt" | median)
hr=$(cut -d' ' -f2 "$work/hello.txt" | median)
at=$(cut -d' ' -f1 "$work/app.txt" | median)
ar=$(cut -d' ' -f2 "$work/app.txt" | median)
printf '%-28s %10s %10s\n' "median of $RUNS runs" "window s" "RSS MB"
printf '%-28s %10.2f %10.1f\n' "Fyne hello world" "$ht" "$(echo "$hr/1024" | bc -l)"
printf '%-28s %10.2f %10.1f\n' "Huisrooster, demo week" "$at" "$(echo "$ar/1024" | bc -l)"
et=$(cut -d' ' -f1 "$work/emoji.txt" | median)
er=$(cut -d' ' -f2 "$work/emoji.txt" | median)
printf '%-28s %10.2f %10.1f\n' "  (plain go build, emoji)" "$et" "$(echo "$er/1024" | bc -l)"
printf '%-28s %10.2f %10.2f   (targets: time <= 1.20, RSS <= 1.15)\n' "ratio" "$(echo "$at/$ht" | bc -l)" "$(echo "$ar/$hr" | bc -l)"

if [ "${EDIT:-1}" != 0 ]; then
	echo
	bash scripts/measure-edit.sh "$work/huisrooster"
fi
