#!/usr/bin/env bash
# Edits the demo roster in the real app for a long while, driven by xdotool,
# and prints the resident memory after every round: does it grow? Called by
# scripts/measure.sh (make measure) after the start-up numbers; on its own:
#
#   scripts/measure-edit.sh [BINARY]        # ROUNDS=10 CYCLES=60 by default
#   PAUSE=4 ROUNDS=6 CYCLES=40 scripts/measure-edit.sh   # at a person's pace
#
# One cycle is what a user does a few times a minute: type two shifts into
# cells, clear one, undo twice, redo once, and look at the next week and back
# (Ctrl+PageDown, Ctrl+PageUp). Ten rounds of 60 cycles are 2,400 edits and
# undos and 1,200 week changes: more than an hour of real editing. Not a
# test: compare the first and the last rounds; the numbers are the machine's.
#
# Columns: RSS (all resident memory), C heap (malloc: Mesa's renderer, GLFW)
# and anon (anonymous mappings: mostly the Go heap).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-10}
CYCLES=${CYCLES:-60}
PAUSE=${PAUSE:-0} # seconds between cycles: 0 runs them back to back
bin=${1:-}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "$bin" ]; then
	bin="$work/huisrooster"
	go build -tags no_emoji -o "$bin" ./cmd/huisrooster
fi
if [ -z "${DISPLAY:-}" ]; then
	export DISPLAY=":${MEASURE_DISPLAY:-97}"
	Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
	sleep 1
fi

mkdir -p "$work/home"
HOME="$work/home" LANG=nl_NL.UTF-8 "$bin" --demo --who Fatima --size 1366x768 >"$work/log" 2>&1 &
pid=$!
wid=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" | head -1)
sleep 3

# mem prints "RSS C-heap anon" in MB.
mem() {
	awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 } /^Rss:/ { rss += $2; if (name == "[heap]") heap += $2 }
	     /^Anonymous:/ { anon += $2 }
	     END { printf "%8.1f %8.1f %8.1f", rss / 1024, heap / 1024, (anon - heap) / 1024 }' "/proc/$pid/smaps"
}
key() { xdotool key --window "$wid" --delay 15 "$@"; }

# The demo opens on a fixed week; two weeks on, the weeks are drafts. A tap
# on a cell of the third row puts the keyboard cursor there.
xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || true
key ctrl+Next ctrl+Next
sleep 1
xdotool mousemove --window "$wid" 640 240 click 1
sleep 1
key Escape # the cell menu the tap opened
sleep 1

printf '%-22s %8s %8s %8s\n' "editing the demo" "RSS MB" "C heap" "anon"
printf '%-22s %s\n' "before" "$(mem)"
first=""
for r in $(seq "$ROUNDS"); do
	for _ in $(seq "$CYCLES"); do
		key v Right l Left Delete ctrl+z ctrl+z ctrl+shift+z ctrl+Next ctrl+Prior
		sleep "$PAUSE"
	done
	sleep 2
	m=$(mem)
	[ -n "$first" ] || first=$m
	printf '%-22s %s\n' "after $((r * CYCLES)) cycles" "$m"
done
last=$m
grep -q . "$work/log" && grep -i "panic\|fatal" "$work/log" | head -5 || true
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "$first $last" | awk '{ printf "%-22s %8.1f MB (RSS, first round to last)\n", "growth", $4 - $1 }'
