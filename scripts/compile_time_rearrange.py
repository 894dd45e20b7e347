#!/usr/bin/env python3
"""Measure what 200 `nd!(x.rearrange(...))` expressions add to `cargo check`.

The same harness as scripts/compile_time.py (its crate writer, timing and
callgrind helpers, imported from it), with every expression a `rearrange`
over its realistic static shapes: permutations, splits with the sizes
given, merges of contiguous axes, `1`s and `...`, each a view.

    python3 scripts/compile_time_rearrange.py [--exprs 200] [--runs 3] [--cpu]
    python3 scripts/compile_time_rearrange.py --callgrind
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compile_time as ct  # noqa: E402

# Patterns per shape of ct.SHAPES, each a view of a C-contiguous array.
PATTERNS = {
    (1080, 1920, 3): ['"h w c -> c h w"', '"(h p) w c -> h p w c", p = 8', '"h (w q) c -> h w q c", q = 4', '"h w c -> h w c 1"'],
    (4096, 4096): ['"a b -> b a"', '"(a p) b -> a p b", p = 64', '"a (b q) -> a b q", q = 16'],
    (256, 512, 384): ['"a b c -> c a b"', '"a b c -> (a b) c"', '"(a p) b c -> a p b c", p = 4'],
    (3, 224, 224): ['"c h w -> h w c"', '"c (h p) (w q) -> c h p w q", p = 16, q = 16', '"c h w -> c (h w)"'],
    (32, 3, 32, 32): ['"b c h w -> b h w c"', '"b c (h p) (w q) -> b c h p w q", p = 4, q = 4', '"b ... -> ... b"', '"b c h w -> (b c) h w"'],
    (720, 1280): ['"h w -> w h"', '"h w -> (h w)"'],
    (2048,): ['"(a b) -> a b", b = 32'],
    (16, 16, 16): ['"a b c -> c b a"', '"a ... -> ... a"'],
    (64, 64): ['"(a p) b -> b a p", p = 8'],
    (480, 640, 4): ['"h w c -> c h w"', '"h w c -> (h w) c"'],
}


def rearrange_expr(i, shape, rng):
    name = f"a{ct.SHAPES.index(shape)}"
    return f"nd!({name}.rearrange({rng.choice(PATTERNS[shape])}))"


if __name__ == "__main__":
    ct.expr = rearrange_expr
    if "--dir" not in sys.argv:
        sys.argv += ["--dir", os.path.join(ct.ROOT, "target", "compile-time-rearrange")]
    ct.main()
