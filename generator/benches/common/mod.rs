//! What the benchmarks share.

use std::path::Path;

/// `docgen lint --format json PATH > /dev/null`, the real command; its exit code (1: the
/// pages have errors; 2 would mean docgen could not run, which fails the benchmark).
pub fn lint(path: &Path) -> i32 {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_docgen"))
        .args(["lint", "--format", "json"])
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("docgen runs");
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "docgen lint failed: {status}"
    );
    status.code().unwrap_or(0)
}
