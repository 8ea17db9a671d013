//! Running emit's jobs: each builds its files' token streams and formats them on one thread
//! (token streams cannot cross threads), the jobs in parallel.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use proc_macro2::TokenStream;

use super::{format, EmitError};

/// Time spent producing a crate's files, summed over the threads that produce them.
#[derive(Clone, Copy, Debug, Default)]
pub struct EmitTimings {
    /// Building token streams (and the test bodies).
    pub emit: std::time::Duration,
    /// Parsing them with syn and laying them out with prettyplease.
    pub format: std::time::Duration,
}

/// Runs the jobs of a crate or workspace in parallel: `emit` gives each job's files, as token
/// streams to format (on the same thread: token streams cannot cross threads) or as text.
/// The time spent emitting and formatting is summed over the threads.
pub(super) fn run_jobs<J: Send>(
    jobs: Vec<J>,
    emit: impl Fn(J, &mut Vec<(String, TokenStream)>, &mut Vec<(String, String)>) -> Result<(), EmitError>
        + Sync,
) -> Result<(BTreeMap<String, String>, EmitTimings), EmitError> {
    use rayon::prelude::*;
    let (emit_ns, format_ns) = (AtomicU64::new(0), AtomicU64::new(0));
    let run = |job: J| -> Result<Vec<(String, String)>, EmitError> {
        let start = std::time::Instant::now();
        let (mut out, mut plain) = (Vec::new(), Vec::new());
        emit(job, &mut out, &mut plain)?;
        let emitted = std::time::Instant::now();
        for (name, tokens) in out {
            let text = format(&name, tokens)?;
            plain.push((name, text));
        }
        emit_ns.fetch_add((emitted - start).as_nanos() as u64, Ordering::Relaxed);
        format_ns.fetch_add(emitted.elapsed().as_nanos() as u64, Ordering::Relaxed);
        Ok(plain)
    };
    let produced: Vec<Vec<(String, String)>> = jobs
        .into_par_iter()
        .map(run)
        .collect::<Result<_, EmitError>>()?;
    let timings = EmitTimings {
        emit: std::time::Duration::from_nanos(emit_ns.into_inner()),
        format: std::time::Duration::from_nanos(format_ns.into_inner()),
    };
    Ok((produced.into_iter().flatten().collect(), timings))
}
