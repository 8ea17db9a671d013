//! The stages run in order over a set of inputs: load → parse + extract (in parallel, one page
//! per task) → merge → check. The result is plain data that lint, schema and emit read.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diag::{self, Code, Diagnostic};
use crate::extract::{self, PageFacts};
use crate::model::ApiModel;
use crate::source::{self, FileId, InputError, SourceFile, Sources, Span};
use crate::{check, merge, parse};

/// Everything known about a set of pages.
pub struct Analysis {
    /// The input paths as given (display form).
    pub inputs: Vec<String>,
    pub sources: Sources,
    pub pages: Vec<PageFacts>,
    pub model: ApiModel,
    /// Sorted, without duplicates.
    pub diagnostics: Vec<Diagnostic>,
    /// What was read, for `cargo:rerun-if-changed`.
    pub watched_folders: Vec<PathBuf>,
    pub watched_files: Vec<PathBuf>,
    /// Wall time of each stage, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Reads and understands every page under `paths`.
pub fn analyze(paths: &[PathBuf]) -> Result<Analysis, InputError> {
    let mut timings = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |name: &'static str| {
        timings.push((name, clock.elapsed()));
        clock = Instant::now();
    };
    let listing = source::list(paths)?;
    lap("list");
    // each task reads, parses and extracts one page; results come back in name order
    let (parse_cpu, extract_cpu) = (AtomicU64::new(0), AtomicU64::new(0));
    type PageResult = Result<(PageFacts, Vec<Diagnostic>), Diagnostic>;
    /// A file read (with the offset of its first bad byte, if not UTF-8) and its page.
    type FileResult = Result<(SourceFile, Option<usize>, Option<PageResult>), InputError>;
    let per_file: Vec<FileResult> = listing
        .files
        .par_iter()
        .enumerate()
        .map(|(index, (name, path))| {
            let id = FileId(index as u32);
            let (file, bad) = source::read(name, path)?;
            if bad.is_some() {
                return Ok((file, bad, None));
            }
            // a bug on one page must not stop the run: the page is reported and skipped
            let result = std::panic::catch_unwind(|| {
                let t0 = Instant::now();
                let mut parsed = parse::parse(id, &file);
                let t1 = Instant::now();
                let (facts, mut d) = extract::extract(&mut parsed.page, &file);
                parse_cpu.fetch_add((t1 - t0).as_nanos() as u64, Ordering::Relaxed);
                extract_cpu.fetch_add(t1.elapsed().as_nanos() as u64, Ordering::Relaxed);
                d.extend(parsed.diagnostics);
                (facts, d)
            })
            .map_err(|panic| {
                let what = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown panic");
                Diagnostic::new(
                    Code::InternalError,
                    Span::point(id, 0),
                    format!("docgen failed on this page: {what}"),
                )
            });
            Ok((file, None, Some(result)))
        })
        .collect();
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    let mut pages = Vec::with_capacity(per_file.len());
    let mut watched_files = Vec::with_capacity(per_file.len());
    for ((name, path), result) in listing.files.into_iter().zip(per_file) {
        let (file, bad, page) = result?;
        let id = sources.add(file);
        watched_files.push(path);
        if let Some(offset) = bad {
            diagnostics.push(source::not_utf8(id, &name, offset));
        }
        match page {
            Some(Ok((facts, d))) => {
                pages.push(facts);
                diagnostics.extend(d);
            }
            Some(Err(d)) => diagnostics.push(d),
            None => {}
        }
    }
    lap("read+parse+extract");
    let (mut model, d) = merge::merge(&mut pages);
    diagnostics.extend(d);
    lap("merge");
    diagnostics.extend(check::check_examples(&mut model));
    lap("check");
    diag::normalize(&mut diagnostics);
    lap("sort diagnostics");
    // CPU time summed over threads, to see where the parallel stage spends it
    timings.push((
        "  parse (cpu)",
        Duration::from_nanos(parse_cpu.into_inner()),
    ));
    timings.push((
        "  extract (cpu)",
        Duration::from_nanos(extract_cpu.into_inner()),
    ));
    Ok(Analysis {
        inputs: paths.iter().map(|p| source::display_name(p)).collect(),
        sources,
        pages,
        model,
        diagnostics,
        watched_folders: listing.folders,
        watched_files,
        timings,
    })
}

impl Analysis {
    /// Counts for the one-screen summary.
    pub fn summary(&self) -> Summary {
        let (errors, warnings, infos) = diag::counts(&self.diagnostics);
        let examples = &self.model.examples;
        let checked = |f: fn(&crate::model::Expectation) -> bool| {
            examples.iter().filter(|e| f(&e.expectation)).count()
        };
        Summary {
            pages: self.pages.len(),
            types: self.model.types.len(),
            enums: self.model.enums.len(),
            endpoints: self.model.endpoints.len(),
            examples: examples
                .iter()
                .filter(|e| e.kind != crate::model::ExampleKind::Resource)
                .count(),
            round_trips: checked(|e| matches!(e, crate::model::Expectation::RoundTrip)),
            expected_failures: checked(|e| matches!(e, crate::model::Expectation::Fails(_))),
            errors,
            warnings,
            infos,
        }
    }
}

/// The numbers `generate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub pages: usize,
    pub types: usize,
    pub enums: usize,
    pub endpoints: usize,
    /// Request and response bodies.
    pub examples: usize,
    pub round_trips: usize,
    pub expected_failures: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} pages → {} types, {} enums, {} endpoints",
            self.pages, self.types, self.enums, self.endpoints
        )?;
        writeln!(
            f,
            "{} example bodies: {} round-trip, {} diagnosed and expected to fail, {} not checked",
            self.examples,
            self.round_trips,
            self.expected_failures,
            self.examples - self.round_trips - self.expected_failures
        )?;
        write!(
            f,
            "diagnostics: {} errors, {} warnings, {} infos",
            self.errors, self.warnings, self.infos
        )
    }
}
