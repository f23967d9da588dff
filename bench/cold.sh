#!/usr/bin/env bash
# What a first run costs, before and after a change: `bash bench/cold.sh REV_A REV_B [program …]`
# (revisions as git names them; WORKTREE stands for the working tree as it is). Not part of
# `npm run bench`: a tool for comparing two versions of the interpreter (bench/NOTES.md, session 6).
#
# Each program (bench/programs/NAME.js; default: the seven throughput programs) runs ONCE per fresh
# `node --single-threaded` process — a cold run, as a user's first Run is (the bench's timed runs
# come after a warm-up, and since session 9 keep its compiled code). Single-threaded, Turbofan
# compiles on the main thread, so its time is in the CPU figure. A and B alternate, 7 rounds;
# printed: median CPU ms and median Turbofan compile ms (summed from --trace-opt). Where `taskset`
# exists both run on one CPU (PIN, default the last one): on a VM whose CPUs differ, a process
# landing on either one makes every figure bimodal.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
A=$1
B=$2
shift 2
PROGRAMS=${*:-fib loop sort closures strings awaits promises}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

bundle() { # revision, name
  local source=$ROOT
  if [ "$1" != WORKTREE ]; then
    source=$WORK/$2-tree
    mkdir -p "$source"
    git archive "$1" interpreter | tar x -C "$source"
    ln -s "$ROOT/node_modules" "$source/node_modules"
  fi
  node_modules/.bin/esbuild "$source/interpreter/index.ts" --bundle --format=esm \
    --platform=neutral --main-fields=module,main --target=es2022 --log-level=error \
    --outfile="$WORK/$2.mjs"
}
bundle "$A" A
bundle "$B" B

cat > "$WORK/run.mjs" <<'JS'
import { readFileSync } from 'node:fs';
const loopscope = await import(process.argv[2]);
const source = readFileSync(process.argv[3], 'utf8');
const before = process.cpuUsage();
loopscope.run(source, { model: 'node', stepLimit: 1e8 });
const cpu = process.cpuUsage(before);
console.log('CPU', ((cpu.user + cpu.system) / 1000).toFixed(1));
JS

PIN=${PIN:-$(($(nproc) - 1))}
pinned() { if command -v taskset > /dev/null; then taskset -c "$PIN" "$@"; else "$@"; fi; }
once() { # variant, program: "cpu compile"
  pinned node --single-threaded --trace-opt "$WORK/run.mjs" "$WORK/$1.mjs" \
    "bench/programs/$2.js" | awk '
      /completed compiling/ {
        match($0, /took [0-9.]+, [0-9.]+, [0-9.]+/)
        split(substr($0, RSTART + 5, RLENGTH - 5), t, ", ")
        compile += t[1] + t[2] + t[3]
      }
      /^CPU/ { cpu = $2 }
      END { printf "%s %.1f\n", cpu, compile }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for program in $PROGRAMS; do
  : > "$WORK/a"
  : > "$WORK/b"
  for _ in 1 2 3 4 5 6 7; do
    once A "$program" >> "$WORK/a"
    once B "$program" >> "$WORK/b"
  done
  cpuA=$(cut -d' ' -f1 "$WORK/a" | median)
  cpuB=$(cut -d' ' -f1 "$WORK/b" | median)
  compileA=$(cut -d' ' -f2 "$WORK/a" | median)
  compileB=$(cut -d' ' -f2 "$WORK/b" | median)
  ratio=$(awk -v a="$cpuA" -v b="$cpuB" 'BEGIN { printf "%.3f", b / a }')
  echo "$program  CPU ms A $cpuA  B $cpuB  B/A $ratio  compile ms A $compileA  B $compileB"
done
