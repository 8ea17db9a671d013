//! The stages run in order over a set of inputs: load → parse + extract (in parallel, one page
//! per task) → merge → check. The result is plain data that lint, schema and emit read.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diag::{self, Code, Diagnostic};
use crate::extract::{self, PageFacts};
use crate::model::{Api, ApiModel};
use crate::source::{self, FileId, InputError, SourceFile, Sources, Span};
use crate::{check, merge, parse};

/// Everything known about a set of pages.
pub struct Analysis {
    /// The input paths as given (display form).
    pub inputs: Vec<String>,
    pub sources: Sources,
    /// In version order (as `group_by_version` orders them). The merge has moved their
    /// example bodies, type, property and relationship descriptions, and endpoint titles,
    /// descriptions, headers, query options and permissions into the models.
    pub pages: Vec<PageFacts>,
    /// One model per API version, unversioned first, then by version name.
    pub apis: Vec<Api>,
    /// Sorted, without duplicates.
    pub diagnostics: Vec<Diagnostic>,
    /// What was read, for `cargo:rerun-if-changed`.
    pub watched_folders: Vec<PathBuf>,
    pub watched_files: Vec<PathBuf>,
    /// Wall time of each stage, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Told how a long run is going (the CLI draws a progress bar on a terminal).
pub trait Progress: Send + Sync + std::fmt::Debug {
    /// A stage of `total` steps begins.
    fn start(&self, stage: &'static str, total: usize);
    /// `n` more steps are done.
    fn advance(&self, n: usize);
    /// The run is over.
    fn finish(&self);
}

/// What the analysis keeps of a page's text once the page is extracted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keep {
    /// All of it, for whatever reads the text again: snippets, fingerprints (SARIF, a
    /// baseline), fixes, the mock.
    #[default]
    Text,
    /// What positions (`file:line:column`) need: an ASCII page's text is let go and its line
    /// starts kept ([`SourceFile::keep_positions_only`]). A page that is not ASCII keeps its
    /// text, and so does a page with an inline directive ([`diag::INLINE_IGNORE`]), which
    /// the lint reads again.
    Positions,
}

/// No progress shown.
#[derive(Debug, Default)]
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: &'static str, _: usize) {}
    fn advance(&self, _: usize) {}
    fn finish(&self) {}
}

/// Reads and understands every page under `paths`.
pub fn analyze(paths: &[PathBuf]) -> Result<Analysis, InputError> {
    analyze_with(paths, &Quiet)
}

/// [`analyze`], telling `progress` how the reading of pages goes.
pub fn analyze_with(paths: &[PathBuf], progress: &dyn Progress) -> Result<Analysis, InputError> {
    analyze_prepared(paths, progress, &|_| {})
}

/// [`analyze_with`], with `prepare` applied to each version's model between merge and check
/// (the generator options: [`crate::options::Prepared::apply`]).
pub fn analyze_prepared(
    paths: &[PathBuf],
    progress: &dyn Progress,
    prepare: &(dyn Fn(&mut ApiModel) + Sync),
) -> Result<Analysis, InputError> {
    run(paths, progress, prepare, Keep::Text)
}

/// [`analyze_with`], keeping of each page's text what `keep` says (the lint's JSON and
/// GitHub formats need only positions: [`Keep::Positions`]).
pub fn analyze_keeping(
    paths: &[PathBuf],
    progress: &dyn Progress,
    keep: Keep,
) -> Result<Analysis, InputError> {
    run(paths, progress, &|_| {}, keep)
}

fn run(
    paths: &[PathBuf],
    progress: &dyn Progress,
    prepare: &(dyn Fn(&mut ApiModel) + Sync),
    keep: Keep,
) -> Result<Analysis, InputError> {
    let mut watch = Stopwatch::start();
    let listing = source::list(paths)?;
    watch.lap("list");
    progress.start("reading pages", listing.files.len());
    let counters = StageClocks::default();
    let read: Vec<Result<FileResult, InputError>> = listing
        .files
        .par_iter()
        .enumerate()
        .map(|(index, (name, path))| {
            // a file read (or not) is a step done, whatever comes of it
            let (file, bad) = source::read(name, path)?;
            progress.advance(1);
            Ok(understand(FileId(index as u32), file, bad, &counters, keep))
        })
        .collect();
    // the first unreadable file in name order, whatever the threads did
    let per_file = read.into_iter().collect::<Result<Vec<_>, _>>()?;
    let (names, files): (Vec<String>, Vec<PathBuf>) = listing.files.into_iter().unzip();
    let inputs = paths.iter().map(|p| source::display_name(p)).collect();
    let mut analysis = assemble(inputs, names, per_file, counters, watch, prepare);
    analysis.watched_folders = listing.folders;
    analysis.watched_files = files;
    Ok(analysis)
}

/// [`analyze`] of pages held in memory, as `(name, bytes)`: the same stages, no file system
/// (for fuzzing and for tools that have the pages already). Pages are taken in name order;
/// of pages with the same name the first is kept, as [`source::list`] keeps one file.
pub fn analyze_bytes(mut pages: Vec<(String, Vec<u8>)>) -> Analysis {
    let watch = Stopwatch::start();
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages.dedup_by(|a, b| a.0 == b.0);
    let counters = StageClocks::default();
    let (names, bytes): (Vec<String>, Vec<Vec<u8>>) = pages.into_iter().unzip();
    let per_file: Vec<FileResult> = bytes
        .into_par_iter()
        .zip(&names)
        .enumerate()
        .map(|(index, (bytes, name))| {
            let (file, bad) = source::from_bytes(name, bytes);
            understand(FileId(index as u32), file, bad, &counters, Keep::Text)
        })
        .collect();
    let inputs = names.clone();
    assemble(inputs, names, per_file, counters, watch, &|_| {})
}

/// A page's facts and diagnostics, or the diagnostic of an internal error on it.
type PageResult = Result<(PageFacts, Vec<Diagnostic>), Diagnostic>;
/// A file read (with the offset of its first bad byte, if not UTF-8) and its page.
type FileResult = (SourceFile, Option<usize>, Option<PageResult>);

/// CPU time of parse and of extract, summed over threads.
#[derive(Default)]
struct StageClocks {
    parse: AtomicU64,
    extract: AtomicU64,
}

/// Parses and extracts one page read as `file` (not when its text is not UTF-8).
fn understand(
    id: FileId,
    mut file: SourceFile,
    bad: Option<usize>,
    clocks: &StageClocks,
    keep: Keep,
) -> FileResult {
    if bad.is_some() {
        return (file, bad, None);
    }
    // a bug on one page must not stop the run: the page is reported and skipped
    let result = std::panic::catch_unwind(|| {
        let t0 = Instant::now();
        let mut parsed = parse::parse(id, &file);
        let t1 = Instant::now();
        let (facts, mut d) = extract::extract(&mut parsed.page, &file);
        clocks
            .parse
            .fetch_add((t1 - t0).as_nanos() as u64, Ordering::Relaxed);
        clocks
            .extract
            .fetch_add(t1.elapsed().as_nanos() as u64, Ordering::Relaxed);
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
    if keep == Keep::Positions && !diag::mentions_inline_ignore(file.text()) {
        file.keep_positions_only();
    }
    (file, None, Some(result))
}

/// The stages after parse and extract: sources in order, merge and check per version.
fn assemble(
    inputs: Vec<String>,
    names: Vec<String>,
    per_file: Vec<FileResult>,
    clocks: StageClocks,
    mut watch: Stopwatch,
    prepare: &(dyn Fn(&mut ApiModel) + Sync),
) -> Analysis {
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    let mut pages = Vec::with_capacity(per_file.len());
    for (name, result) in names.into_iter().zip(per_file) {
        let (file, bad, page) = result;
        let id = sources.add(file);
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
    watch.lap("read+parse+extract");
    // versions are independent: merged and checked in parallel, kept in version order
    let mut groups = Vec::new();
    let mut rest = &mut pages[..];
    let mut taken = 0;
    for (version, range) in group_by_version(rest) {
        let (group, tail) = std::mem::take(&mut rest).split_at_mut(range.end - taken);
        taken = range.end;
        rest = tail;
        groups.push((version, group));
    }
    let merged: Vec<(Api, Vec<Diagnostic>, Duration, Duration)> = groups
        .into_par_iter()
        .map(|(version, group)| {
            let t = Instant::now();
            let (mut model, mut d) = merge::merge(group);
            prepare(&mut model);
            let merge_time = t.elapsed();
            let t = Instant::now();
            d.extend(check::check_examples(&mut model));
            (Api { version, model }, d, merge_time, t.elapsed())
        })
        .collect();
    let mut apis = Vec::with_capacity(merged.len());
    let (mut merge_time, mut check_time) = (Duration::ZERO, Duration::ZERO);
    for (api, d, m, c) in merged {
        diagnostics.extend(d);
        merge_time = merge_time.max(m);
        check_time = check_time.max(c);
        apis.push(api);
    }
    watch.record("merge", merge_time);
    watch.record("check", check_time);
    diag::normalize(&mut diagnostics);
    watch.lap("sort diagnostics");
    let mut timings = watch.timings;
    // CPU time summed over threads, to see where the parallel stage spends it
    timings.push((
        "  parse (cpu)",
        Duration::from_nanos(clocks.parse.into_inner()),
    ));
    timings.push((
        "  extract (cpu)",
        Duration::from_nanos(clocks.extract.into_inner()),
    ));
    Analysis {
        inputs,
        sources,
        pages,
        apis,
        diagnostics,
        watched_folders: Vec::new(),
        watched_files: Vec::new(),
        timings,
    }
}

/// Wall time per stage.
struct Stopwatch {
    timings: Vec<(&'static str, Duration)>,
    clock: Instant,
}

impl Stopwatch {
    fn start() -> Stopwatch {
        Stopwatch {
            timings: Vec::new(),
            clock: Instant::now(),
        }
    }

    /// Records the time since the last lap.
    fn lap(&mut self, name: &'static str) {
        self.record(name, self.clock.elapsed());
    }

    /// Records a time measured elsewhere; the next lap starts now.
    fn record(&mut self, name: &'static str, time: Duration) {
        self.timings.push((name, time));
        self.clock = Instant::now();
    }
}

/// Orders the pages by API version and returns each version's range. A page's version is
/// its own ([`PageFacts::version`]); pages without one join the only version there is, and
/// form an unversioned API of their own when there are several.
fn group_by_version(pages: &mut [PageFacts]) -> Vec<(Option<String>, std::ops::Range<usize>)> {
    let mut versions: Vec<&str> = pages.iter().filter_map(|p| p.version.as_deref()).collect();
    versions.sort_unstable();
    versions.dedup();
    if let [only] = versions[..] {
        let only = only.to_string();
        for p in pages.iter_mut() {
            p.version.get_or_insert_with(|| only.clone());
        }
    }
    // stable: pages stay in name order within a version
    pages.sort_by(|a, b| a.version.cmp(&b.version));
    let mut groups: Vec<(Option<String>, std::ops::Range<usize>)> = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        match groups.last_mut() {
            Some((v, range)) if *v == p.version => range.end = i + 1,
            _ => groups.push((p.version.clone(), i..i + 1)),
        }
    }
    groups
}

impl Analysis {
    /// The model of the first API version; with a single version (the usual input), the
    /// model.
    pub fn model(&self) -> &ApiModel {
        static EMPTY: std::sync::OnceLock<ApiModel> = std::sync::OnceLock::new();
        self.apis
            .first()
            .map_or_else(|| EMPTY.get_or_init(ApiModel::default), |a| &a.model)
    }

    /// The API that service metadata describes: the one asked for, else the only one, else
    /// `v1.0` (the version the service publishes metadata for).
    pub fn metadata_api(&self, version: Option<&str>) -> Result<&Api, String> {
        match (&self.apis[..], version) {
            ([only], None) => Ok(only),
            (_, v) => {
                let v = v.unwrap_or("v1.0");
                self.api(Some(v))
                    .ok_or_else(|| format!("the pages document no API version `{v}`"))
            }
        }
    }

    /// The API of one version (`None`: the unversioned pages).
    pub fn api(&self, version: Option<&str>) -> Option<&Api> {
        self.apis.iter().find(|a| a.version.as_deref() == version)
    }

    /// Counts for the one-screen summary.
    pub fn summary(&self) -> Summary {
        let (errors, warnings, infos) = diag::counts(&self.diagnostics);
        let models = || self.apis.iter().map(|a| &a.model);
        let bodies = models()
            .map(ApiModel::body_counts)
            .fold(crate::model::BodyCounts::default(), |a, b| a + b);
        Summary {
            pages: self.pages.len(),
            types: models().map(|m| m.types.len()).sum(),
            enums: models().map(|m| m.enums.len()).sum(),
            endpoints: models().map(|m| m.endpoints.len()).sum(),
            examples: bodies.bodies,
            round_trips: bodies.round_trips,
            expected_failures: bodies.diagnosed,
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
