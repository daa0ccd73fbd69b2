#!/usr/bin/env bash
# Measures the command line end to end, as a user runs it: `./verbatim --threads T --format jsonl DIR`
# (JVM start, engine build, reading, attribution, JSON to a file), and a one-file run for the start-up.
# Throughput is net of start-up: characters / (median DIR time - median one-file time). Each figure is
# the median of RUNS runs, the runs interleaved so that a change in the machine's load hits all alike.
#
#   benchmarks/cli-throughput.sh              # the training texts of ../shared/eval (840 articles)
#   benchmarks/cli-throughput.sh DIR          # any directory of UTF-8 text files
#   RUNS=9 THREADS="1 2 4" benchmarks/cli-throughput.sh
#
# Wall time is what a user waits; CPU time (user + system of the JVM, from bash's `times`) is steadier
# on a shared machine. Characters are UTF-16 units (Java's String.length), as in the JMH benchmarks.
# Needs bash 5 and, for the default corpus and the character count, python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
threads="${THREADS:-1 2}"
one="$root/samples/article.txt"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dir="${1:-}"
if [[ -z "$dir" ]]; then
  gold="$root/../shared/eval/polnear-train.jsonl"
  [[ -f "$gold" ]] || { echo "no DIR given and no $gold" >&2; exit 2; }
  dir="$out/texts"
  python3 "$root/../shared/eval/texts.py" "$gold" "$dir" >/dev/null
fi
files=$(find -L "$dir" -type f | wc -l)
if command -v python3 >/dev/null; then
  chars=$(python3 -c '
import os, sys
n = 0
for base, _, names in os.walk(sys.argv[1], followlinks=True):
    for f in names:
        n += len(open(os.path.join(base, f), "rb").read().decode("utf-8").encode("utf-16-le")) // 2
print(n)' "$dir")
else
  chars=$(find -L "$dir" -type f -exec cat {} + | wc -m) # code points: a little below UTF-16 units
fi

"$root/verbatim" --version >/dev/null # builds the jar and its class archive when needed

# Sets cpu_now to the children's CPU seconds (user + system) so far. Never call it in a $(...)
# subshell: `times` there would see that subshell's children, none.
cpu() {
  times >"$out/times"
  cpu_now=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, m, "m"); s += m[1] * 60 + m[2] }
    printf "%.3f", s }' "$out/times")
}

# Runs the command given with its output into a file; appends "wall cpu" to the file named first.
timed() {
  local log="$1"; shift
  local c0 t0 t1 c1
  cpu; c0=$cpu_now; t0=$EPOCHREALTIME
  "$@" >"$out/result.jsonl"
  t1=$EPOCHREALTIME; cpu; c1=$cpu_now
  awk -v a="$t0" -v b="$t1" -v c="$c0" -v d="$c1" 'BEGIN { printf "%.3f %.3f\n", b - a, d - c }' \
    >>"$log"
}

median() { # column $2 of file $1
  sort -g -k "$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END {
    printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for ((r = 0; r < runs; r++)); do
  timed "$out/one" "$root/verbatim" --format jsonl "$one"
  for t in $threads; do
    timed "$out/dir-$t" "$root/verbatim" --threads "$t" --format jsonl "$dir"
  done
done

ow=$(median "$out/one" 1); oc=$(median "$out/one" 2)
echo "Verbatim command line, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs"
echo "corpus: $dir: $files files, $chars chars (UTF-16 units)"
echo
printf '| %-38s | %8s | %8s | %16s | %16s |\n' run "wall s" "CPU s" "M chars/s, wall" "M chars/s, CPU"
printf '| %-38s | %8s | %8s | %16s | %16s |\n' --- ---: ---: ---: ---:
printf '| %-38s | %8s | %8s | %16s | %16s |\n' "one file ($(basename "$one"), start-up)" "$ow" "$oc" "" ""
for t in $threads; do
  dw=$(median "$out/dir-$t" 1); dc=$(median "$out/dir-$t" 2)
  awk -v t="$t" -v dw="$dw" -v dc="$dc" -v ow="$ow" -v oc="$oc" -v n="$chars" 'BEGIN {
    nw = dw - ow; nc = dc - oc
    printf "| %-38s | %8.3f | %8.3f | %16.2f | %16.2f |\n", "--threads " t " DIR, net of start-up",
      nw, nc, (nw > 0 ? n / nw / 1e6 : 0), (nc > 0 ? n / nc / 1e6 : 0) }'
done
