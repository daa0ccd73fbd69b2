#!/usr/bin/env bash
# Runs Verbatim's whole JMH suite (fork 1, short iterations, -prof gc) in about 5 minutes, then the
# retained-heap probe, and prints a summary table with each figure against its target.
#
#   benchmarks/run.sh                          # from the repository root (or anywhere)
#   SKIP_BUILD=1 benchmarks/run.sh             # reuse benchmarks/target/benchmarks.jar
#   CORPUS=/path/gold.jsonl benchmarks/run.sh  # throughput also on this gold file or .txt directory
#
# Iteration counts and times are the benchmarks' own annotations (1 s iterations, fork 1).
# Without CORPUS, throughput also runs on ../shared/eval/polnear-dev.jsonl when it is there.
# Raw results: benchmarks/target/results/{jmh.json,jmh.txt,heap.tsv}. One benchmark by hand:
#   java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -p size=10000000 -prof gc
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
mkdir -p "$out"
corpora=generated
extra="${CORPUS:-../shared/eval/polnear-dev.jsonl}"
if [ -e "$extra" ]; then
  corpora="generated,$extra"
fi
java -jar "$jar" -f 1 -prof gc -rf json -rff "$out/jmh.json" \
  -p corpus="$corpora" \
  'ThroughputBenchmark|ScalingBenchmark|SharedEngineBenchmark|NovelBenchmark|ConstructionBenchmark' \
  > "$out/jmh.txt" 2>&1 || { tail -40 "$out/jmh.txt"; exit 1; }
java -XX:+UseSerialGC -Djdk.attach.allowAttachSelf=true -cp "$jar" dev.verbatim.benchmarks.RetainedHeap \
  > "$out/heap.tsv" 2> "$out/heap.err" || { cat "$out/heap.err"; exit 1; }
echo "Verbatim benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" dev.verbatim.benchmarks.Summary "$out/jmh.json" "$out/heap.tsv"
