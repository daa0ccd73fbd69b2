#!/usr/bin/env bash
# Compares the engine of two builds on the same texts, in one JVM, round by round (see AbCompare).
#   benchmarks/ab.sh BASE_REF [TEXT_DIR] [ROUNDS]
# builds benchmarks.jar for BASE_REF (a git ref, in a temporary worktree) and for the working tree,
# then prints the median ratio of chars per CPU-second (working tree / base) and each one's figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:?give a git ref to compare against, e.g. main}"
texts="${2:-/tmp/dev-texts}"
rounds="${3:-24}"
if [ ! -d "$texts" ]; then
  python3 "$root/../shared/eval/texts.py" "$root/../shared/eval/polnear-dev.jsonl" "$texts" >/dev/null
fi
tmp="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add -q --detach "$tmp/base" "$base"
(cd "$tmp/base" && mvn -B -q -pl benchmarks -am package -DskipTests)
(cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests)
cp "$tmp/base/benchmarks/target/benchmarks.jar" "$tmp/base.jar"
cp "$root/benchmarks/target/benchmarks.jar" "$tmp/work.jar"
java -XX:-BackgroundCompilation -Dwarm=10 -cp "$tmp/work.jar" dev.verbatim.benchmarks.AbCompare \
  "$texts" "$rounds" "$tmp/base.jar" "$tmp/work.jar"
