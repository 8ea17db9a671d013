//! A no-op rebuild of the root package (`graph-models`, whose build.rs generates from
//! `docs-input/`) takes at most 1 s: its build script reruns only when an input changed.
//!
//! `cargo bench -p docgen --bench noop_build`. Builds the package once (in a target folder of
//! its own, so this cargo does not wait on the one running the benchmark), then times builds
//! with nothing changed, and one after touching a page, which must rerun the build script.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn build(target: &Path) -> (Duration, String) {
    let start = Instant::now();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["build", "-p", "graph-models", "-v"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(workspace())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        start.elapsed(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn main() {
    let target = workspace().join("target/noop-bench");
    build(&target);
    let noop = (0..5)
        .map(|_| {
            let (took, log) = build(&target);
            assert!(
                !log.contains("build-script-build`"),
                "a no-op build ran the build script:\n{log}"
            );
            took
        })
        .min()
        .expect("runs");
    println!(
        "no-op rebuild of graph-models: {:.3} s (bar: ≤ 1 s)",
        noop.as_secs_f64()
    );
    // touching a page reruns the build script (and only then)
    let page = workspace().join("docs-input/intune-mam-managedapppolicy.md");
    let text = std::fs::read(&page).expect("the page");
    std::fs::write(&page, &text).expect("rewritten as it was");
    let (took, log) = build(&target);
    assert!(
        log.contains("build-script-build`"),
        "a changed page did not rerun the build script:\n{log}"
    );
    println!(
        "rebuild after a page changed: {:.3} s (build script rerun)",
        took.as_secs_f64()
    );
}
