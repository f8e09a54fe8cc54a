#!/usr/bin/env bash
# Runs `huisrooster bench curtois` on the public Curtois & Qu instances and
# prints the README's table rows: best known, best at 10 s (from the -v
# progress of the same run), the final objective, the gap, time to best,
# the proven lower bound, peak RSS, the CPU share the run got, and whether
# the independent evaluator agreed (bench exits non-zero when it does not).
#
#   scripts/bench-curtois.sh [INSTANCE_NUMBERS... | gen:SHAPE[:SEED]... | generated]
#
# gen:SHAPE runs a generated instance (curtois.Generate; e.g. gen:t8-w4-s30-tight:1);
# "generated" is the fixed seeded set of every shape (curtois.GeneratedShapes,
# seed 1). A generated row's reference is the roster planted in it ("planted"),
# not a best known value.
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

# The fixed seeded set of generated shapes: curtois.GeneratedShapes
# (TestBenchScriptListsGeneratedShapes keeps the two the same).
GENERATED="t1-w2-s5-tight t3-w4-s12-loose t4-w8-s20-tight t6-w4-s40-loose t10-w4-s60-tight t16-w2-s100-loose
t32-w4-s30-tight t32-w52-s20-loose t5-w26-s50-tight t8-w52-s150-loose t2-w52-s8-tight t12-w12-s150-tight"
args=()
for n in "$@"; do
	if [[ $n == generated ]]; then
		for sh in $GENERATED; do
			args+=("gen:$sh:1")
		done
	else
		args+=("$n")
	fi
done
set -- "${args[@]}"

for n in "$@"; do
	if [[ $n == gen:* ]]; then
		continue
	fi
	if [[ ! -f $DIR/Instance$n.txt ]]; then
		echo "bench-curtois: $DIR/Instance$n.txt bestaat niet / does not exist (instanties 1-24, DIR=...)" >&2
		exit 2
	fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# key names an argument's files in $out.
key() {
	echo "${1//:/_}"
}

run() {
	local n=$1 f="$DIR/Instance$1.txt" k
	k=$(key "$1")
	if [[ $n == gen:* ]]; then
		f=$n
	fi
	/usr/bin/time -v "$BIN" bench curtois "$f" --seconds "$SECONDS_PER" --seed "$SEED" \
		--workers "$WORKERS" -v -o "$out/sol$k.csv" >"$out/out$k" 2>"$out/err$k"
	echo $? >"$out/rc$k"
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
	k=$(key "$n")
	name=Instance$n
	if [[ $n == gen:* ]]; then
		name=$n
		best=$(awk '/planted roster/ { print $NF }' "$out/out$k")
		best=${best:+$best (planted)}
	else
		best=$(bestKnown "$n")
	fi
	obj=$(awk '/^objective/ { print $2 }' "$out/out$k")
	ttb=$(awk '/time to best/ { sub(/s;.*/, "", $8); print $8 }' "$out/out$k")
	bound=$(awk '/lower bound/ { v = $5; sub(/:$/, "", v); if (v == "geen") v = "-"; print v }' "$out/out$k")
	at10=$(awk '$1 ~ /s$/ && $2 ~ /beste/ { t = $1; sub(/s$/, "", t); if (t + 0 <= 10) b = $3 } END { print b }' "$out/err$k")
	rss=$(awk '/Maximum resident/ { printf "%d", $6 / 1024 }' "$out/err$k")
	cpu=$(awk '/Percent of CPU/ { print $7 }' "$out/err$k")
	rc=$(cat "$out/rc$k")
	agree=yes
	if [[ $rc != 0 ]]; then
		agree="no (exit $rc)"
	fi
	gap=-
	if [[ -n $obj && -n $best ]]; then
		gap=$(awk -v o="$obj" -v b="${best%% *}" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * (o - b) / b; else print "-" }')
	fi
	echo "| $name | ${best:--} | ${at10:--} | ${obj:-none} | $gap | ${ttb:--} | ${bound:--} | ${rss:--} | ${cpu:--} | $agree |"
done
