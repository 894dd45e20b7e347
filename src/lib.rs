pub use ndview_runtime::*;
