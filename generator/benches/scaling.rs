//! Cost grows linearly with page size: `docgen lint` of one 10 MB page takes at most 12× what
//! a 1 MB page of the same content takes (the bar of the hostile-input issue).
//!
//! `cargo bench -p docgen --bench scaling`. The pages are written here: a resource page whose
//! sections (a property table, a JSON representation, prose with code spans and links) repeat
//! until the page has the size wanted, so every stage sees ten times the work.

use std::path::Path;
use std::time::{Duration, Instant};

mod common;

/// A resource page of about `bytes` bytes.
fn page(bytes: usize) -> String {
    let mut page = String::from(
        "---\ntitle: \"scaled resource type\"\ndescription: \"A page made large.\"\ndoc_type: resourcePageType\n---\n\n\
# scaled resource type\n\nNamespace: microsoft.graph\n\nA page made large on purpose.\n\n",
    );
    let mut section = 0;
    while page.len() < bytes {
        page.push_str(&format!(
            "## Properties {section}\n\nSection {section} of a large page, with `code`, a [link](other.md) and **bold** text.\n\n\
|Property|Type|Description|\n|:---|:---|:---|\n"
        ));
        for row in 0..40 {
            page.push_str(&format!(
                "|p{section}x{row}|String|Property {row} of section {section}. Possible values are: `a`, `b`.|\n"
            ));
        }
        page.push_str("\n```json\n{\n");
        for row in 0..40 {
            page.push_str(&format!("  \"p{section}x{row}\": \"String\",\n"));
        }
        page.push_str("  \"end\": true\n}\n```\n\n");
        section += 1;
    }
    page
}

/// The best of `runs` runs of `docgen lint` on `file`.
fn lint(file: &Path, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            common::lint(file);
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn main() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let small = dir.path().join("small.md");
    let large = dir.path().join("large.md");
    std::fs::write(&small, page(1 << 20)).expect("written");
    std::fs::write(&large, page(10 << 20)).expect("written");
    let (small_time, large_time) = (lint(&small, 5), lint(&large, 3));
    let size = |p: &Path| p.metadata().map(|m| m.len()).unwrap_or(0) as f64 / 1048576.0;
    println!(
        "1 MB page ({:.1} MiB): {:.3} s; 10 MB page ({:.1} MiB): {:.3} s",
        size(&small),
        small_time.as_secs_f64(),
        size(&large),
        large_time.as_secs_f64()
    );
    println!(
        "ratio: {:.2}× for 10× the bytes (bar: ≤ 12×)",
        large_time.as_secs_f64() / small_time.as_secs_f64()
    );
}
