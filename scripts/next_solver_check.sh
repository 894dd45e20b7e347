#!/usr/bin/env bash
# Everything that compiles on stable must compile under rustc's next trait
# solver (`-Znext-solver=globally`, nightly), and every compile-fail case must
# still fail there with its own headline (issue 12).
#
#   scripts/next_solver_check.sh          # workspace tests + doc tests + ui cases
#   scripts/next_solver_check.sh --ui     # ui cases only
#
# The `.stderr` snapshots stay pinned to stable (trybuild compares whole text);
# here only the first error line is compared: it must contain the committed
# snapshot's `nd!: ...` headline (or, for a case whose first line is not an
# `nd!:` message, equal that line). Each `tests/ui*/*.rs` case is compiled as
# a bin of a scratch crate depending on ndview, as trybuild does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${NEXT_SOLVER_TARGET_DIR:-$root/target/next-solver}
export CARGO_TARGET_DIR=$target
export RUSTFLAGS="-Znext-solver=globally"
export RUSTDOCFLAGS="-Znext-solver=globally"

if [[ ${1:-} != --ui ]]; then
    echo "next-solver: building the workspace, its tests and examples"
    cargo +nightly test --workspace --no-run -q
    echo "next-solver: doc tests"
    cargo +nightly test --workspace --doc -q 2>&1 | grep -E "^test result|FAILED|error" || true
    cargo +nightly test --workspace --doc -q >/dev/null 2>&1 || { echo "next-solver: doc tests FAILED"; exit 1; }
fi

echo "next-solver: compile-fail cases"
crate=$target/ui-check
rm -rf "$crate/src"
mkdir -p "$crate/src/bin"
cat > "$crate/Cargo.toml" <<EOF
[package]
name = "ndview-next-solver-ui"
version = "0.0.0"
edition = "2021"

[dependencies]
ndview = { path = "$root" }

[workspace]
EOF
echo "" > "$crate/src/lib.rs"
for case in tests/ui*/*.rs; do
    dir=$(basename "$(dirname "$case")")
    cp "$case" "$crate/src/bin/${dir}__$(basename "$case")"
done
(cd "$crate" && cargo +nightly check --bins --keep-going --message-format=json -q 2>/dev/null || true) \
    > "$target/ui-check.json"
python3 - "$root" "$target/ui-check.json" <<'EOF'
import glob, json, os, sys
root, log = sys.argv[1], sys.argv[2]
first = {}
for line in open(log):
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") != "compiler-message" or m["message"]["level"] != "error":
        continue
    name = m["target"]["name"]
    if name in first:
        continue
    msg = m["message"]
    code = msg.get("code") and msg["code"]["code"]
    first[name] = f"error[{code}]: {msg['message']}" if code else f"error: {msg['message']}"
failed = 0
cases = sorted(glob.glob(os.path.join(root, "tests", "ui*", "*.rs")))
for case in cases:
    name = f"{os.path.basename(os.path.dirname(case))}__{os.path.basename(case)[:-3]}"
    want = open(case[:-3] + ".stderr").readline().rstrip("\n")
    headline = want[want.index("nd!:"):] if "nd!:" in want else want
    got = first.get(name)
    if got is None:
        print(f"FAIL {name}: compiles under the next solver (expected: {want})")
        failed += 1
    elif headline not in got:
        print(f"FAIL {name}:\n  expected: {want}\n  got:      {got}")
        failed += 1
print(f"next-solver: {len(cases) - failed} of {len(cases)} compile-fail cases fail with their own headline")
sys.exit(1 if failed else 0)
EOF
