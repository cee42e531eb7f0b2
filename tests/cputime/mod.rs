//! Timing for the tests that check time grows linearly (`properties`,
//! `fuzz_grammar`): CPU time of the calling thread. On a machine shared by
//! many builds, wall time inflates a long run (preempted many times) far
//! more than a short one, which reads as superlinear time; CPU time does
//! not.

#![allow(dead_code)] // each test binary uses a part

/// CPU seconds used by this thread so far, `None` where there is no
/// such clock.
#[cfg(unix)]
pub fn thread_cpu_seconds() -> Option<f64> {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to write.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) } == 0;
    ok.then_some(now.tv_sec as f64 + now.tv_nsec as f64 * 1e-9)
}

#[cfg(not(unix))]
pub fn thread_cpu_seconds() -> Option<f64> {
    None
}

/// Seconds `work` takes, best of `tries`: CPU time of this thread where
/// there is one, else wall time.
pub fn best_of(tries: usize, mut work: impl FnMut()) -> f64 {
    (0..tries)
        .map(|_| {
            let cpu = thread_cpu_seconds();
            let started = std::time::Instant::now();
            work();
            match (cpu, thread_cpu_seconds()) {
                (Some(a), Some(b)) => b - a,
                _ => started.elapsed().as_secs_f64(),
            }
        })
        .fold(f64::INFINITY, f64::min)
}
