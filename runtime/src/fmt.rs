//! NumPy-like printing (`Display`) shared by arrays and views.

use crate::raw::RawView;
use crate::shape::Shape;
use core::fmt::{self, Write};

type ElemFmt<'f, T> = dyn Fn(&mut dyn Write, &T) -> fmt::Result + 'f;

/// Writes `[[ 0  1  2]\n [ 3  4  5]]`: elements right-aligned to the widest,
/// rows separated by a newline, blocks of rank >= 3 by a blank line, as
/// `print(np_array)` does.
pub(crate) fn write_nested<T, S: Shape>(
    f: &mut fmt::Formatter<'_>,
    raw: &RawView<T, S>,
    elem: &ElemFmt<'_, T>,
) -> fmt::Result {
    let mut cells: Vec<String> = Vec::with_capacity(raw.len());
    for off in crate::view::iter::Odometer::new(raw) {
        let mut s = String::new();
        // SAFETY: the odometer yields in-bounds offsets of a live view.
        elem(&mut s, unsafe { &*raw.ptr.offset(off) })?;
        cells.push(s);
    }
    if is_float::<T>() {
        align_floats(&mut cells);
    }
    if S::RANK == 0 {
        return f.write_str(&cells[0]);
    }
    let width = cells.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    let mut next = cells.iter();
    write_level(f, raw.dims(), 0, width, &mut next)
}

fn write_level<'c>(
    f: &mut fmt::Formatter<'_>,
    dims: &[usize],
    depth: usize,
    width: usize,
    cells: &mut impl Iterator<Item = &'c String>,
) -> fmt::Result {
    f.write_char('[')?;
    let n = dims[depth];
    let last = depth + 1 == dims.len();
    for k in 0..n {
        if k > 0 {
            if last {
                f.write_char(' ')?;
            } else {
                for _ in 0..dims.len() - depth - 1 {
                    f.write_char('\n')?;
                }
                for _ in 0..=depth {
                    f.write_char(' ')?;
                }
            }
        }
        if last {
            let cell = cells.next().map(String::as_str).unwrap_or("");
            write!(f, "{cell:>width$}")?;
        } else {
            write_level(f, dims, depth + 1, width, cells)?;
        }
    }
    f.write_char(']')
}

fn is_float<T>() -> bool {
    matches!(core::any::type_name::<T>(), "f32" | "f64")
}

/// NumPy's float layout: an integral value keeps its point (`1.`), and all
/// cells line up on the point, fractions padded on the right:
/// `[[ 0.5   1.  ]\n [-2.25  3.  ]]`.
fn align_floats(cells: &mut [String]) {
    let finite = |c: &str| {
        c.chars()
            .all(|ch| ch.is_ascii_digit() || ch == '-' || ch == '.')
    };
    for c in cells.iter_mut() {
        if finite(c) && !c.contains('.') {
            c.push('.');
        }
    }
    let split = |c: &str| match c.find('.') {
        Some(k) if finite(c) => (k, c.len() - k - 1),
        _ => (c.len(), 0),
    };
    let int_w = cells.iter().map(|c| split(c).0).max().unwrap_or(0);
    let frac_w = cells.iter().map(|c| split(c).1).max().unwrap_or(0);
    for c in cells.iter_mut() {
        let (i, fr) = split(c);
        let dot = usize::from(c.contains('.') || finite(c));
        let pad_right = frac_w - fr + (1 - dot);
        *c = format!("{}{}{}", " ".repeat(int_w - i), c, " ".repeat(pad_right));
    }
}

#[cfg(test)]
mod tests {
    use super::align_floats;

    #[test]
    fn floats_line_up_on_the_point_like_numpy() {
        // np.array([0.5, 1.0, -2.25, 3.0]) prints [ 0.5   1.   -2.25  3.  ]
        let mut cells: Vec<String> = ["0.5", "1", "-2.25", "3"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        align_floats(&mut cells);
        assert_eq!(cells, vec![" 0.5 ", " 1.  ", "-2.25", " 3.  "]);
    }
}
