#!/usr/bin/env bash
# The longer fuzzing run of docs/robustness.md (for example before a release): every Jazzer fuzz
# target in turn, coverage-guided, seeded, for MINUTES each. It starts from the checked-in corpus and
# keeps what it adds in target/fuzz-long/corpus/<module> (kept apart from the corpus that
# `mvn verify` grows, so that the build's short fuzzing does not spend its time replaying it). A crash
# input is written next to the corpus (src/test/resources/.../<Test>Inputs/<method>/crash-*), where
# every `mvn verify` replays it: fix the code, rename the file regression-<what>, commit both.
# Do not build in the same clone while it runs (the targets run from target/classes).
# usage: scripts/fuzz-long.sh [MINUTES_PER_TARGET (default 10)] [SEED (default 1)] [MODULE...]
#        (MODULE: olsr, optimization, scenario; default all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:-10}"
seed="${2:-1}"
shift $(( $# < 2 ? $# : 2 ))
only=" $* "
cd "$here"
targets=(
  "olsr carma.olsr.wire.OlsrDecoderFuzzTest decode"
  "optimization carma.optimization.io.InstanceFuzzTest readAndSolve"
  "scenario carma.scenario.ScenarioFuzzTest readAndAssemble"
)
mvn -B -o -q -pl olsr,optimization,scenario -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath
mkdir -p target/fuzz-long
failed=0
for target in "${targets[@]}"; do
  read -r module class method <<< "$target"
  if [ "$only" != "  " ] && [[ "$only" != *" $module "* ]]; then
    continue
  fi
  inputs="$module/src/test/resources/${class//.//}Inputs/$method"
  corpus="target/fuzz-long/corpus/$module"
  log="target/fuzz-long/$module.log"
  mkdir -p "$corpus"
  before="$(ls "$inputs" | grep -c '^crash-' || true)"
  start="$(date +%s)"
  set +e
  java -Xmx2g -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/fuzz.classpath")" \
      com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" \
      --instrumentation_includes='carma.**' --custom_hook_includes='carma.**' --keep_going=20 \
      -seed="$seed" -runs=2000000000 -max_total_time="$((minutes * 60))" -artifact_prefix="$inputs/" \
      "$corpus" "$inputs" > "$log" 2>&1
  code=$?
  set -e
  runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')"
  after="$(ls "$inputs" | grep -c '^crash-' || true)"
  corpus_size="$(ls "$corpus" | wc -l)"
  printf '%-13s %s: %s runs in %d s, exit %d, %d new crash input(s), generated corpus %d inputs (log %s)\n' \
      "$module" "$class" "$runs" "$(( $(date +%s) - start ))" "$code" "$((after - before))" "$corpus_size" "$log"
  [ "$code" -eq 0 ] || failed=1
done
exit "$failed"
