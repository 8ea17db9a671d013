//! Corpus benchmark: `docgen lint` and `docgen generate` over every page against the floor —
//! reading the same files and running pulldown-cmark over them (tables enabled, every event
//! consumed) on all cores.
//!
//! `cargo bench -p docgen --bench corpus [-- CORPUS_DIR]` (default `../shared/corpus/graph-docs-2021-07`,
//! relative to the workspace root). Prints the floor measured inside the benchmark process and
//! run as a process of its own (as `docgen lint` is), the lint time and both ratios (bar: ≤ 2×),
//! then the generate time (a crate per API version, written to a fresh folder), its ratio to
//! the floor as a process (bar: ≤ 10×) and the time of each of its stages; last, what syn's
//! parse and prettyplease's layout of the code generate wrote cost alone (the steps every
//! emitted file goes through), against the same floor.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

mod common;

// the same allocator as the `docgen` binary
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}

/// Reads every file and consumes every pulldown-cmark event, in parallel.
fn floor(paths: &[PathBuf]) -> usize {
    paths
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let options = pulldown_cmark::Options::ENABLE_TABLES;
            pulldown_cmark::Parser::new_ext(&text, options).count()
        })
        .sum()
}

/// `docgen generate CORPUS --out OUT`, the real command, into a folder that does not exist
/// yet; the time of each stage, as `DOCGEN_TIMINGS` prints it.
fn generate(root: &Path, out: &Path) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_docgen"))
        .arg("generate")
        .arg(root)
        .arg("--out")
        .arg(out)
        .env("DOCGEN_TIMINGS", "1")
        .stdout(std::process::Stdio::null())
        .output()
        .expect("docgen runs");
    assert!(output.status.success(), "docgen generate failed");
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("docgen: "))
        .filter(|l| l.ends_with(" ms"))
        .map(|l| format!("  {l}\n"))
        .collect()
}

/// `docgen lint --format json CORPUS > /dev/null`, the real command.
fn lint(root: &Path) -> usize {
    common::lint(root) as usize
}

fn best_of(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut out = 0;
    for _ in 0..runs {
        let start = Instant::now();
        out = std::hint::black_box(f());
        best = best.min(start.elapsed());
    }
    (best, out)
}

fn main() {
    if let Some(root) = std::env::args()
        .skip_while(|a| a != "--floor-process")
        .nth(1)
    {
        // one floor run in a process of its own, as `docgen lint` runs
        let events = floor(&files(Path::new(&root)));
        std::process::exit(if events > 0 { 0 } else { 1 });
    }
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let root = arg.map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs-2021-07")
    });
    if !root.is_dir() {
        eprintln!("corpus not found at {}; pass its folder", root.display());
        return;
    }
    let paths = files(&root);
    let bytes: u64 = paths
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "corpus: {} files, {:.1} MiB, {} threads",
        paths.len(),
        bytes as f64 / 1048576.0,
        rayon::current_num_threads()
    );
    // the floor two ways: inside this process (warm allocator, no start-up, files listed
    // once) and as a process of its own, listing and reading like `docgen lint` does
    let (floor_time, events) = best_of(5, || floor(&paths));
    println!(
        "floor in this process (read + pulldown-cmark, all events): {:>8.3} s  ({events} events)",
        floor_time.as_secs_f64()
    );
    let me = std::env::current_exe().expect("the benchmark knows its path");
    let (floor_process, _) = best_of(5, || {
        let status = std::process::Command::new(&me)
            .arg("--floor-process")
            .arg(&root)
            .status()
            .expect("the floor runs");
        assert!(status.success(), "floor process failed: {status}");
        0
    });
    println!(
        "floor as its own process:                                  {:>8.3} s",
        floor_process.as_secs_f64()
    );
    let (lint_time, _) = best_of(5, || lint(&root));
    println!(
        "docgen lint --format json > /dev/null:                     {:>8.3} s",
        lint_time.as_secs_f64()
    );
    println!(
        "ratio: {:.2}× the floor in this process, {:.2}× the floor as a process (bar: ≤ 2×)",
        lint_time.as_secs_f64() / floor_time.as_secs_f64(),
        lint_time.as_secs_f64() / floor_process.as_secs_f64()
    );

    // each run writes a folder of its own: the folders are deleted only at the end (deleting
    // 100 MB of files just before writing as many can slow the writes down on some disks)
    let work = tempfile::tempdir().expect("temporary folder");
    let mut best: Option<(Duration, String)> = None;
    for run in 0..3 {
        let out = work.path().join(format!("out-{run}"));
        let start = Instant::now();
        let stages = generate(&root, &out);
        let elapsed = start.elapsed();
        if best.as_ref().is_none_or(|(b, _)| elapsed < *b) {
            best = Some((elapsed, stages));
        }
    }
    let (generate_time, stages) = best.expect("three runs");
    let emitted = rust_files(&work.path().join("out-0"));
    println!(
        "docgen generate CORPUS --out NEW_FOLDER:                   {:>8.3} s",
        generate_time.as_secs_f64()
    );
    println!(
        "ratio: {:.2}× the floor as a process (bar: ≤ 10×); the stages of that run:",
        generate_time.as_secs_f64() / floor_process.as_secs_f64()
    );
    print!("{stages}");

    // the formatting alone: the emitted files parsed by syn and laid out by prettyplease, as
    // emit does with its token streams (lexing the text back into tokens, which emit does not
    // do, is timed on its own and taken off; so is the parse, to tell the layout's share)
    let emitted_bytes: usize = emitted.iter().map(String::len).sum();
    let pass = |upto: Step| {
        best_of(2, || {
            emitted
                .par_iter()
                .map(|text| {
                    let tokens = lex(text);
                    if upto == Step::Lex {
                        return tokens.into_iter().count();
                    }
                    let file: syn::File = syn::parse2(tokens).expect("emitted code parses");
                    match upto {
                        Step::Layout => prettyplease::unparse(&file).len(),
                        _ => file.items.len(),
                    }
                })
                .sum()
        })
        .0
    };
    let lexed = pass(Step::Lex);
    let parsed = pass(Step::Parse);
    let laid_out = pass(Step::Layout);
    let parse_only = parsed.saturating_sub(lexed);
    let layout_only = laid_out.saturating_sub(parsed);
    println!(
        "the {} files ({:.1} MiB) generate wrote, lexing taken off: syn parse {:.3} s, prettyplease {:.3} s",
        emitted.len(),
        emitted_bytes as f64 / 1048576.0,
        parse_only.as_secs_f64(),
        layout_only.as_secs_f64()
    );
    println!(
        "ratio: {:.2}× the floor as a process for both (prettyplease alone {:.2}×): what generate's format stage costs whatever emit does",
        (parse_only + layout_only).as_secs_f64() / floor_process.as_secs_f64(),
        layout_only.as_secs_f64() / floor_process.as_secs_f64()
    );
}

/// How far a pass over the emitted files goes: lexing, then syn's parse, then prettyplease.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Lex,
    Parse,
    Layout,
}

/// The text of every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| std::fs::read_to_string(p).expect("generate wrote it"))
        .collect()
}

fn lex(text: &str) -> proc_macro2::TokenStream {
    text.parse().expect("emitted code lexes")
}
