#!/usr/bin/env bash
# Runs `huisrooster bench curtois` on the public Curtois & Qu instances and
# prints the README's table rows: best known, best at 10 s (from the -v
# progress of the same run), the final objective, the gap, time to best,
# the proven lower bound, peak RSS, the CPU share the run got, and whether
# the independent evaluator agreed (bench exits non-zero when it does not).
#
#   scripts/bench-curtois.sh [INSTANCE_NUMBERS...]
#
#   SECONDS_PER=60   time limit per instance
#   PARALLEL=2       runs at the same time (use 1 for a quiet, one-core figure)
#   WORKERS=1        search chains per run (bench --workers)
#   SEED=1           search seed
#   DIR=../shared/bench/curtois   where Instance*.txt and README.md live
#   BIN=./huisrooster             the binary (built with make build if missing)
#
# The CPU share matters: on a loaded machine a run gets less than a core,
# and its numbers are worse than the code alone makes them. Compare builds
# by running them side by side, never against a table from another day.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER=${SECONDS_PER:-60}
PARALLEL=${PARALLEL:-2}
WORKERS=${WORKERS:-1}
SEED=${SEED:-1}
DIR=${DIR:-../shared/bench/curtois}
BIN=${BIN:-./huisrooster}

if [[ ! -x $BIN ]]; then
	make build >/dev/null
fi
if [[ ! -x /usr/bin/time ]]; then
	echo "bench-curtois: /usr/bin/time ontbreekt / is missing (apt-get install time)" >&2
	exit 2
fi
if [[ $# -eq 0 ]]; then
	set -- $(seq 1 24)
fi

for n in "$@"; do
	if [[ ! -f $DIR/Instance$n.txt ]]; then
		echo "bench-curtois: $DIR/Instance$n.txt bestaat niet / does not exist (instanties 1-24, DIR=...)" >&2
		exit 2
	fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() {
	local n=$1 f="$DIR/Instance$1.txt"
	/usr/bin/time -v "$BIN" bench curtois "$f" --seconds "$SECONDS_PER" --seed "$SEED" \
		--workers "$WORKERS" -v -o "$out/sol$n.csv" >"$out/out$n" 2>"$out/err$n"
	echo $? >"$out/rc$n"
}

# best known value of instance n from the data set's README table.
bestKnown() {
	awk -F'|' -v name="Instance$1" '$2 ~ "^ *"name" *$" { gsub(/ /, "", $6); print $6 }' "$DIR/README.md"
}

# Run PARALLEL at a time.
for n in "$@"; do
	while (($(jobs -rp | wc -l) >= PARALLEL)); do
		wait -n
	done
	run "$n" &
done
wait

echo "| instance | best known | best at 10 s | after ${SECONDS_PER} s | gap | time to best (s) | lower bound | peak RSS (MB) | CPU share | evaluator agrees |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in "$@"; do
	best=$(bestKnown "$n")
	obj=$(awk '/^objective/ { print $2 }' "$out/out$n")
	ttb=$(awk '/time to best/ { sub(/s;.*/, "", $8); print $8 }' "$out/out$n")
	bound=$(awk '/lower bound/ { v = $5; sub(/:$/, "", v); if (v == "geen") v = "-"; print v }' "$out/out$n")
	at10=$(awk '$1 ~ /s$/ && $2 ~ /beste/ { t = $1; sub(/s$/, "", t); if (t + 0 <= 10) b = $3 } END { print b }' "$out/err$n")
	rss=$(awk '/Maximum resident/ { printf "%d", $6 / 1024 }' "$out/err$n")
	cpu=$(awk '/Percent of CPU/ { print $7 }' "$out/err$n")
	rc=$(cat "$out/rc$n")
	agree=yes
	if [[ $rc != 0 ]]; then
		agree="no (exit $rc)"
	fi
	gap=-
	if [[ -n $obj && -n $best ]]; then
		gap=$(awk -v o="$obj" -v b="$best" 'BEGIN { printf "%.1f%%", 100 * (o - b) / b }')
	fi
	echo "| Instance$n | ${best:--} | ${at10:--} | ${obj:-none} | $gap | ${ttb:--} | ${bound:--} | ${rss:--} | ${cpu:--} | $agree |"
done
