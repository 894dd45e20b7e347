//! The benches' clock: CPU time of the benchmarking thread (user + system,
//! so page faults count), or wall-clock time with `NDVIEW_BENCH_CLOCK=wall`.
//! Shared by the bench targets through `#[path]`.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use std::time::Duration;

pub type Criterion = criterion::Criterion<Clock>;

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), or wall-clock
/// time when `NDVIEW_BENCH_CLOCK=wall`.
pub struct Clock {
    wall: bool,
}

impl Clock {
    pub fn from_env() -> Clock {
        Clock {
            wall: std::env::var("NDVIEW_BENCH_CLOCK").is_ok_and(|v| v == "wall"),
        }
    }

    fn now(&self) -> Duration {
        if self.wall {
            return START.with(|start| start.elapsed());
        }
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec through a valid pointer.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    }
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

impl Measurement for Clock {
    type Intermediate = Duration;
    type Value = Duration;
    fn start(&self) -> Duration {
        self.now()
    }
    fn end(&self, start: Duration) -> Duration {
        self.now().saturating_sub(start)
    }
    fn add(&self, v1: &Duration, v2: &Duration) -> Duration {
        *v1 + *v2
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}
