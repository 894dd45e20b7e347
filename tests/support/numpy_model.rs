// The reference model of NumPy's rules for tests/stride_model.rs, included
// there with `include!` (it shares that file's imports). It never calls
// the library: see the module docs of tests/stride_model.rs.

// ---------------------------------------------------------------------------
// The reference model.
// ---------------------------------------------------------------------------

/// Python's `list(range(n))[start:stop:step]`, by filtering `0..n`: keep the
/// indices inside the (negative-resolved) bounds that are a whole number of
/// steps from the first index taken. Only the anchor of the walk is clamped.
fn model_slice(n: usize, start: Option<isize>, stop: Option<isize>, step: isize) -> Vec<usize> {
    assert_ne!(step, 0);
    let n = n as isize;
    let resolve = |x: isize| if x < 0 { x + n } else { x };
    let picked: Vec<isize> = if step > 0 {
        let first = start.map_or(0, resolve).max(0);
        let end = stop.map_or(n, resolve);
        (0..n)
            .filter(|i| *i >= first && *i < end && (i - first) % step == 0)
            .collect()
    } else {
        let first = start.map_or(n - 1, resolve).min(n - 1);
        let end = stop.map_or(-1, resolve);
        (0..n)
            .rev()
            .filter(|i| *i <= first && *i > end && (first - i) % -step == 0)
            .collect()
    };
    picked.into_iter().map(|i| i as usize).collect()
}

/// NumPy's integer index: valid for `-n <= i < n`.
fn model_normalize(i: isize, n: usize) -> Option<usize> {
    let n = n as isize;
    if i >= -n && i < n {
        Some(i.rem_euclid(n.max(1)) as usize)
    } else {
        None
    }
}

/// NumPy's C strides: the product of the dims to the right, zero-size dims
/// counted as 1.
fn model_c_strides(dims: &[usize]) -> Vec<isize> {
    (0..dims.len())
        .map(|k| dims[k + 1..].iter().map(|d| (*d).max(1) as isize).product())
        .collect()
}

fn unravel(mut flat: usize, dims: &[usize], out: &mut [usize]) {
    for k in (0..dims.len()).rev() {
        out[k] = flat % dims[k];
        flat /= dims[k];
    }
}

fn ravel(idx: &[usize], dims: &[usize]) -> usize {
    idx.iter().zip(dims).fold(0, |acc, (i, d)| acc * d + i)
}

fn count(dims: &[usize]) -> usize {
    dims.iter().product()
}

/// The addresses of a strided layout in C order.
fn addresses(dims: &[usize], strides: &[isize], offset: isize) -> Vec<isize> {
    let mut idx = vec![0; dims.len()];
    (0..count(dims))
        .map(|f| {
            unravel(f, dims, &mut idx);
            offset
                + idx
                    .iter()
                    .zip(strides)
                    .map(|(i, s)| *i as isize * s)
                    .sum::<isize>()
        })
        .collect()
}

/// NumPy's contiguity flag, by brute force: the C-order addresses are
/// consecutive (empty arrays count as contiguous).
fn model_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    let a = addresses(dims, strides, 0);
    a.windows(2).all(|w| w[1] == w[0] + 1)
}

/// Strides that make `new_dims` address the same elements in the same C
/// order as `addrs`, when they exist: each axis's stride is the step between
/// the first element and the next one along it; then every address is checked.
/// Length-1 axes get stride 0 here (any stride addresses them correctly).
fn model_view_strides(addrs: &[isize], new_dims: &[usize]) -> Option<Vec<isize>> {
    if addrs.is_empty() {
        return Some(model_c_strides(new_dims));
    }
    let r = new_dims.len();
    let unit = |k: usize| {
        let mut idx = vec![0; r];
        idx[k] = 1;
        ravel(&idx, new_dims)
    };
    let strides: Vec<isize> = (0..r)
        .map(|k| {
            if new_dims[k] > 1 {
                addrs[unit(k)] - addrs[0]
            } else {
                0
            }
        })
        .collect();
    let mut idx = vec![0; r];
    for (f, a) in addrs.iter().enumerate() {
        unravel(f, new_dims, &mut idx);
        let got: isize = addrs[0]
            + idx
                .iter()
                .zip(&strides)
                .map(|(i, s)| *i as isize * s)
                .sum::<isize>();
        if got != *a {
            return None;
        }
    }
    Some(strides)
}

/// How an operation can fail, as the test compares errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fail {
    IndexOutOfBounds,
    TooManyIndices,
    ZeroStep,
    Axis,
    SqueezeNotOne,
    ReshapeCount,
    BadReshapeSpec,
    NeedsCopy,
}

fn fail_of(e: &ShapeError) -> Fail {
    match e {
        ShapeError::IndexOutOfBounds { .. } => Fail::IndexOutOfBounds,
        ShapeError::TooManyIndices { .. } => Fail::TooManyIndices,
        ShapeError::ZeroStep => Fail::ZeroStep,
        ShapeError::AxisOutOfBounds { .. } => Fail::Axis,
        ShapeError::SqueezeNotOne { .. } => Fail::SqueezeNotOne,
        ShapeError::ReshapeCount { .. } => Fail::ReshapeCount,
        ShapeError::BadReshapeSpec { .. } => Fail::BadReshapeSpec,
        ShapeError::ReshapeNeedsCopy => Fail::NeedsCopy,
        ShapeError::RavelNeedsCopy { .. } => Fail::NeedsCopy,
        other => panic!("unexpected error from a view operation: {other}"),
    }
}

/// NumPy's reshape target with one inferred `-1`.
fn model_infer(len: usize, spec: &[isize]) -> Result<Vec<usize>, Fail> {
    if spec.iter().any(|d| *d < -1) || spec.iter().filter(|d| **d == -1).count() > 1 {
        return Err(Fail::BadReshapeSpec);
    }
    let known: usize = spec
        .iter()
        .filter(|d| **d >= 0)
        .map(|d| *d as usize)
        .product();
    if spec.contains(&-1) {
        if known == 0 || len % known != 0 {
            return Err(Fail::ReshapeCount);
        }
        Ok(spec
            .iter()
            .map(|d| if *d == -1 { len / known } else { *d as usize })
            .collect())
    } else if known == len {
        Ok(spec.iter().map(|d| *d as usize).collect())
    } else {
        Err(Fail::ReshapeCount)
    }
}

/// A view in the model: dims, strides and offset (the stride half) and the
/// elements in C order (the coordinate half). The base is `arange`, so
/// `values` are addresses.
#[derive(Clone, Debug)]
struct Model {
    dims: Vec<usize>,
    strides: Vec<isize>,
    offset: isize,
    values: Vec<i64>,
    /// Axes whose stride NumPy leaves unspecified (length-1 axes made by a
    /// non-contiguous reshape); `check` adopts the library's choice for them.
    free: Vec<bool>,
}

/// One view operation, as `RawView` exposes it.
#[derive(Clone, Debug)]
enum Op {
    Index(Vec<IndexItem>),
    Permute(Vec<isize>),
    Reverse,
    Swap(isize, isize),
    Move(isize, isize),
    Flip(isize),
    Expand(isize),
    Squeeze(isize),
    Reshape(Vec<isize>),
    Ravel,
}

fn norm_axis(a: isize, n: usize) -> Result<usize, Fail> {
    let k = if a < 0 { a + n as isize } else { a };
    if k >= 0 && (k as usize) < n {
        Ok(k as usize)
    } else {
        Err(Fail::Axis)
    }
}

impl Model {
    fn base(n: usize) -> Model {
        Model {
            dims: vec![n],
            strides: vec![1],
            offset: 0,
            values: (0..n as i64).collect(),
            free: vec![false],
        }
    }

    /// The output elements: output multi-index -> source multi-index.
    fn gather(&self, dims: &[usize], map: impl Fn(&[usize], &mut [usize])) -> Vec<i64> {
        let mut out_idx = vec![0; dims.len()];
        let mut src_idx = vec![0; self.dims.len()];
        (0..count(dims))
            .map(|f| {
                unravel(f, dims, &mut out_idx);
                map(&out_idx, &mut src_idx);
                self.values[ravel(&src_idx, &self.dims)]
            })
            .collect()
    }

    fn index(&self, items: &[IndexItem]) -> Result<Model, Fail> {
        let rank = self.dims.len();
        let consumed = items
            .iter()
            .filter(|i| matches!(i, IndexItem::Int(_) | IndexItem::Slice(..)))
            .count();
        if consumed > rank {
            return Err(Fail::TooManyIndices);
        }
        // The ellipsis (explicit, or implicit at the end) stands for full slices.
        let full = IndexItem::Slice(None, None, 1);
        let mut expanded = Vec::new();
        let mut had_ellipsis = false;
        for item in items {
            if let IndexItem::Ellipsis = item {
                had_ellipsis = true;
                expanded.extend(std::iter::repeat_n(full, rank - consumed));
            } else {
                expanded.push(*item);
            }
        }
        if !had_ellipsis {
            expanded.extend(std::iter::repeat_n(full, rank - consumed));
        }
        let mut fixed = vec![0usize; rank];
        // Per output axis: the source axis and the indices it takes, or a new axis.
        let mut sources: Vec<Option<(usize, Vec<usize>)>> = Vec::new();
        let (mut dims, mut strides, mut offset) = (Vec::new(), Vec::new(), self.offset);
        let mut ax = 0;
        for item in expanded {
            match item {
                IndexItem::Int(i) => {
                    let k = model_normalize(i, self.dims[ax]).ok_or(Fail::IndexOutOfBounds)?;
                    fixed[ax] = k;
                    offset += k as isize * self.strides[ax];
                    ax += 1;
                }
                IndexItem::Slice(start, stop, step) => {
                    if step == 0 {
                        return Err(Fail::ZeroStep);
                    }
                    let taken = model_slice(self.dims[ax], start, stop, step);
                    // An empty result leaves offset and stride as they were.
                    match taken.first() {
                        Some(first) => {
                            offset += *first as isize * self.strides[ax];
                            strides.push(self.strides[ax] * step);
                        }
                        None => strides.push(self.strides[ax]),
                    }
                    dims.push(taken.len());
                    sources.push(Some((ax, taken)));
                    ax += 1;
                }
                IndexItem::NewAxis => {
                    dims.push(1);
                    strides.push(0);
                    sources.push(None);
                }
                IndexItem::Ellipsis => unreachable!("expanded above"),
            }
        }
        let values = self.gather(&dims, |o, s| {
            s.copy_from_slice(&fixed);
            for (k, src) in sources.iter().enumerate() {
                if let Some((ax, taken)) = src {
                    s[*ax] = taken[o[k]];
                }
            }
        });
        Ok(Model {
            free: vec![false; dims.len()],
            dims,
            strides,
            offset,
            values,
        })
    }

    /// `new[i] = old[perm[i]]`.
    fn permute(&self, perm: &[isize]) -> Result<Model, Fail> {
        let rank = self.dims.len();
        if perm.len() != rank {
            return Err(Fail::Axis);
        }
        let p = perm
            .iter()
            .map(|a| norm_axis(*a, rank))
            .collect::<Result<Vec<_>, _>>()?;
        if (0..rank).any(|k| !p.contains(&k)) {
            return Err(Fail::Axis);
        }
        let dims: Vec<usize> = p.iter().map(|k| self.dims[*k]).collect();
        let values = self.gather(&dims, |o, s| {
            for (i, k) in p.iter().enumerate() {
                s[*k] = o[i];
            }
        });
        Ok(Model {
            strides: p.iter().map(|k| self.strides[*k]).collect(),
            free: vec![false; rank],
            dims,
            offset: self.offset,
            values,
        })
    }

    fn apply(&self, op: &Op) -> Result<Model, Fail> {
        let rank = self.dims.len();
        match op {
            Op::Index(items) => self.index(items),
            Op::Permute(p) => self.permute(p),
            Op::Reverse => self.permute(&(0..rank as isize).rev().collect::<Vec<_>>()),
            Op::Swap(i, j) => {
                let (i, j) = (norm_axis(*i, rank)?, norm_axis(*j, rank)?);
                let mut p: Vec<isize> = (0..rank as isize).collect();
                p.swap(i, j);
                self.permute(&p)
            }
            Op::Move(src, dst) => {
                let (src, dst) = (norm_axis(*src, rank)?, norm_axis(*dst, rank)?);
                let mut p: Vec<isize> = (0..rank as isize).filter(|k| *k != src as isize).collect();
                p.insert(dst, src as isize);
                self.permute(&p)
            }
            // np.flip(m, axis) is m[..., ::-1, ...] with the step on `axis`.
            Op::Flip(a) => {
                let k = norm_axis(*a, rank)?;
                let mut items = vec![IndexItem::Slice(None, None, 1); rank];
                items[k] = IndexItem::Slice(None, None, -1);
                self.index(&items)
            }
            // np.expand_dims is a reshape with a length-1 axis inserted.
            Op::Expand(a) => {
                let k = norm_axis(*a, rank + 1)?;
                let mut spec: Vec<isize> = self.dims.iter().map(|d| *d as isize).collect();
                spec.insert(k, 1);
                self.reshape(&spec)
            }
            Op::Squeeze(a) => {
                let k = norm_axis(*a, rank)?;
                if self.dims[k] != 1 {
                    return Err(Fail::SqueezeNotOne);
                }
                let mut m = self.clone();
                m.dims.remove(k);
                m.strides.remove(k);
                m.free.remove(k);
                Ok(m)
            }
            Op::Reshape(spec) => self.reshape(spec),
            // np.ravel is a view only of C-contiguous input (it copies
            // anything else, even where reshape(-1) would be a view).
            Op::Ravel => {
                let addrs: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
                if addrs.windows(2).all(|w| w[1] == w[0] + 1) {
                    self.reshape(&[-1])
                } else {
                    Err(Fail::NeedsCopy)
                }
            }
        }
    }

    /// NumPy's reshape: a contiguous (or empty) source gets fresh C strides;
    /// any other source is a view exactly when some strides reproduce its
    /// C-order addresses, else a copy is needed.
    fn reshape(&self, spec: &[isize]) -> Result<Model, Fail> {
        let dims = model_infer(count(&self.dims), spec)?;
        let addrs: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
        let contiguous = addrs.windows(2).all(|w| w[1] == w[0] + 1);
        let (strides, free) = if contiguous {
            (model_c_strides(&dims), vec![false; dims.len()])
        } else {
            let s = model_view_strides(&addrs, &dims).ok_or(Fail::NeedsCopy)?;
            let free = dims.iter().map(|d| *d == 1).collect();
            (s, free)
        };
        Ok(Model {
            dims,
            strides,
            offset: self.offset,
            values: self.values.clone(),
            free,
        })
    }

    /// The two halves of the model agree: each element is at
    /// `offset + sum(idx * strides)`.
    fn assert_consistent(&self) {
        let a = addresses(&self.dims, &self.strides, self.offset);
        let v: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
        assert_eq!(a, v, "model halves disagree: {self:?}");
    }
}
