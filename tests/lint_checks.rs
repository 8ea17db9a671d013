//! Every lint check has pages under `tests/lint/<code>/` that trigger it (`bad/`) and pages
//! that pass it: `tests/lint/clean/` (which has no finding at all) with the same overrides
//! corrected (`good/`, where the pair needs more than the clean pages). Each side is the clean
//! pages with the files of the side replacing those with the same relative path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use docgen::lint::metadata::{compare, Csdl};
use docgen::source::SourceFile;
use docgen::{Analysis, Code};

const ROOT: &str = "tests/lint";

/// Codes no page can trigger on purpose: a bug in docgen, and a file that is not UTF-8
/// (exercised by the CLI tests, which write one).
/// A table of more than 2,000 rows is exercised by `tests/hostile.rs`, which writes it.
const EXEMPT: &[Code] = &[Code::InternalError, Code::InvalidUtf8, Code::TableTooLarge];

fn files(dir: &Path) -> BTreeMap<PathBuf, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), path);
            }
        }
    }
    out
}

/// The clean pages with `side`'s files in place of the same relative paths, analysed, and
/// compared with `metadata` when the check is about metadata.
fn analyze(side: Option<&Path>, metadata: &Path) -> Analysis {
    let mut set = files(&Path::new(ROOT).join("clean"));
    if let Some(side) = side {
        set.extend(files(side));
    }
    let paths: Vec<PathBuf> = set.into_values().collect();
    let mut a = docgen::analyze(&paths).expect("test pages are readable");
    let text = std::fs::read_to_string(metadata).unwrap();
    let csdl = Csdl::parse(&text).expect("test metadata parses");
    let file = a
        .sources
        .add(SourceFile::new(metadata.display().to_string(), text));
    let (d, _) = compare(a.model(), &csdl, file);
    a.diagnostics.extend(d);
    a
}

fn codes(a: &Analysis) -> Vec<&'static str> {
    a.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn the_clean_pages_have_no_finding() {
    let a = analyze(None, &Path::new(ROOT).join("clean-metadata.xml"));
    assert_eq!(a.model().types.len(), 1);
    assert_eq!(a.model().endpoints.len(), 1);
    assert!(a.diagnostics.is_empty(), "{:?}", codes(&a));
}

#[test]
fn every_check_has_pages_that_trigger_it_and_pages_that_pass_it() {
    let clean_metadata = Path::new(ROOT).join("clean-metadata.xml");
    let mut failures = Vec::new();
    for &code in Code::ALL.iter().filter(|c| !EXEMPT.contains(c)) {
        let dir = Path::new(ROOT).join(code.as_str());
        if !dir.is_dir() {
            failures.push(format!("{code}: no pages in {}", dir.display()));
            continue;
        }
        let own_metadata = dir.join("metadata.xml");
        let bad_metadata = if own_metadata.is_file() {
            own_metadata
        } else {
            clean_metadata.clone()
        };
        let bad = analyze(Some(&dir.join("bad")), &bad_metadata);
        if !bad.diagnostics.iter().any(|d| d.code == code) {
            failures.push(format!(
                "{code}: the bad pages do not trigger it (found {:?})",
                codes(&bad)
            ));
        }
        let good = analyze(Some(&dir.join("good")), &clean_metadata);
        if good.diagnostics.iter().any(|d| d.code == code) {
            failures.push(format!("{code}: the good pages trigger it too"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
