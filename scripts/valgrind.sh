#!/usr/bin/env bash
# Run the tests that exercise ndview's `unsafe` code under valgrind memcheck
# (issue 5): raw-pointer views, copy kernels, mutation and split views,
# interop. Any invalid read/write or leak definitely lost fails the run.
#
#   scripts/valgrind.sh
#
# proptest cases are cut down (PROPTEST_CASES) to keep the run to a few
# minutes on 2 cores; the full case counts run in `cargo test --workspace`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind not installed"; exit 1; }

targets=(
  "-p ndview-runtime --test copy_kernels"
  "-p ndview-runtime --test copy_engine"
  "-p ndview-runtime --lib"
  "-p ndview --test mutate"
  "-p ndview --test edge_cases"
  "-p ndview --test seed"
  "-p ndview --test axis_ops"
  "-p ndview --test interop"
  "-p ndview --test join"
  "-p ndview --test broadcast"
  "-p ndview --test stride_model"
)
export PROPTEST_CASES=${PROPTEST_CASES:-16}
status=0
for t in "${targets[@]}"; do
  # shellcheck disable=SC2086
  exe=$(cargo test -q --no-run $t --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])' | tail -n 1)
  echo "== valgrind ${t##* }: $exe"
  if ! valgrind -q --error-exitcode=1 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
      "$exe" --test-threads=1 -q >/tmp/ndview-valgrind.log 2>&1; then
    cat /tmp/ndview-valgrind.log
    status=1
  else
    grep "test result" /tmp/ndview-valgrind.log
  fi
done
exit $status
