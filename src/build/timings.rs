//! `KB_TIMINGS=1`: each stage's end on stderr.

use std::time::Instant;

/// `KB_TIMINGS=1 kb build` prints each stage's end on stderr: seconds
/// since the start and the resident memory then (Linux), for measuring
/// where a large build spends its time and memory (docs/performance.md).
pub(super) struct Timings(Option<Instant>);

impl Timings {
    pub(super) fn from_env(started: Instant) -> Timings {
        Timings(std::env::var_os("KB_TIMINGS").map(|_| started))
    }

    pub(super) fn mark(&self, stage: &str) {
        let Some(started) = self.0 else { return };
        let resident = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("VmRSS:"))?.to_owned();
                line.split_whitespace().nth(1)?.parse::<u64>().ok()
            })
            .map_or(String::new(), |kib| {
                format!(", {} MiB resident", kib / 1024)
            });
        eprintln!(
            "kb: {stage} done at {:.2} s{resident}",
            started.elapsed().as_secs_f64()
        );
    }
}
