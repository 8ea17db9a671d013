//! The `docgen` command line: subcommands, exit codes, and what happens to bad input.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::docgen;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-input")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder holding a copy of the seed pages in `docs-input/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs-input");
    std::fs::create_dir(&input).unwrap();
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, input.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn bare_docgen_generates_docs_input_into_generated() {
    let ws = workspace();
    let out = docgen(ws.path(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("17 pages → 10 types, 4 enums, 8 endpoints"),
        "{stdout}"
    );
    assert!(
        stdout.contains("14 example bodies: 12 round-trip, 2 diagnosed"),
        "{stdout}"
    );
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        // docs-input has three areas: a module per area, each behind its feature
        "src/models/mod.rs",
        "src/models/common.rs",
        "src/models/intune.rs",
        "src/endpoints/mod.rs",
        "src/endpoints/intune_remoteassistance.rs",
        "src/runtime.rs",
        "tests/examples/main.rs",
        "tests/examples/general.rs",
    ] {
        assert!(
            ws.path().join("generated").join(file).is_file(),
            "{file} missing"
        );
    }
    let manifest = std::fs::read_to_string(ws.path().join("generated/Cargo.toml")).unwrap();
    assert!(!manifest.contains("[workspace]"));
    // a second run replaces the output in place
    let again = docgen(ws.path(), &["generate", "docs-input", "--out", "generated"]);
    assert!(again.status.success());
}

#[test]
fn generate_refuses_to_replace_a_folder_it_did_not_write() {
    let ws = workspace();
    std::fs::create_dir(ws.path().join("mine")).unwrap();
    std::fs::write(ws.path().join("mine/notes.txt"), "keep me").unwrap();
    let out = docgen(ws.path(), &["generate", "--out", "mine"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("refusing to replace"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(ws.path().join("mine/notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn lint_exits_1_on_errors_and_shows_the_source_line() {
    let ws = workspace();
    let out = docgen(ws.path(), &["lint"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("error[placeholder-value]"), "{stdout}");
    assert!(
        stdout.contains("docs-input/001_c02039f78c687c2d.txt:74:3"),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""allowSessionsToUnenrolledDevices": "Boolean","#),
        "{stdout}"
    );
}

#[test]
fn lint_json_and_a_clean_page() {
    let ws = workspace();
    let out = docgen(ws.path(), &["lint", "--format", "json", "docs-input"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = doc.as_array().expect("one JSON array");
    assert_eq!(diags.iter().filter(|d| d["severity"] == "error").count(), 2);
    assert!(
        text(&out.stderr).contains("2 errors"),
        "the summary goes to stderr"
    );
    let first = &diags[0];
    for key in [
        "code",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
    ] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    // 003 alone has no error
    let clean = docgen(ws.path(), &["lint", "docs-input/003_863e2432f754272b.txt"]);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stdout));
}

#[test]
fn missing_paths_exit_2_naming_the_path() {
    let ws = workspace();
    for args in [
        &["lint", "nowhere"][..],
        &["schema", "nowhere"],
        &["generate", "nowhere"],
    ] {
        let out = docgen(ws.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains("`nowhere`"),
            "{}",
            text(&out.stderr)
        );
    }
    let bad_flag = docgen(ws.path(), &["lint", "--format", "xml"]);
    assert_eq!(bad_flag.status.code(), Some(2));
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_rest_goes_on() {
    let ws = workspace();
    std::fs::write(
        ws.path().join("docs-input/broken.md"),
        b"# Title\n\xff\xfe oops\n",
    )
    .unwrap();
    let out = docgen(ws.path(), &["lint", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = doc.as_array().unwrap();
    let bad = diags
        .iter()
        .find(|d| d["code"] == "invalid-utf8")
        .expect("invalid-utf8 reported");
    assert_eq!(bad["file"], "docs-input/broken.md");
    assert_eq!(bad["line"], 2);
    assert!(
        diags.iter().any(|d| d["code"] == "placeholder-value"),
        "the other files were read"
    );
}

#[test]
fn the_format_is_recognised_from_content_not_extension() {
    let ws = workspace();
    let dir = ws.path().join("renamed");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        seeds().join("000_fcd99e383d4978eb.txt"),
        dir.join("settings.md"),
    )
    .unwrap();
    let out = docgen(ws.path(), &["schema", "renamed"]);
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["schema_version"], 2);
    assert_eq!(
        schema["endpoints"][0]["path"],
        "/deviceManagement/remoteAssistanceSettings"
    );
    assert_eq!(schema["examples"].as_array().unwrap().len(), 2);
}

#[test]
fn explain_prints_what_a_code_means() {
    let ws = workspace();
    let out = docgen(ws.path(), &["lint", "--explain", "placeholder-value"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("placeholder-value (error): "));
    assert_eq!(
        docgen(ws.path(), &["lint", "--explain", "no-such-code"])
            .status
            .code(),
        Some(2)
    );
}

fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn output_is_byte_identical_whatever_the_thread_count() {
    let ws = workspace();
    let mut outputs = Vec::new();
    for threads in ["1", "4"] {
        let out_dir = format!("out-{threads}");
        let run = Command::new(env!("CARGO_BIN_EXE_docgen"))
            .current_dir(ws.path())
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "generate",
                "docs-input",
                "--out",
                &out_dir,
                "--crate-name",
                "same",
            ])
            .output()
            .unwrap();
        assert!(run.status.success());
        let schema = Command::new(env!("CARGO_BIN_EXE_docgen"))
            .current_dir(ws.path())
            .env("RAYON_NUM_THREADS", threads)
            .args(["schema"])
            .output()
            .unwrap();
        outputs.push((tree(&ws.path().join(&out_dir)), schema.stdout));
    }
    assert!(!outputs[0].0.is_empty());
    assert!(
        outputs[0] == outputs[1],
        "output differs between 1 and 4 threads"
    );
}

#[test]
fn a_reader_that_goes_away_is_no_error() {
    // `docgen schema | head -c 1`: stdout closes while docgen writes
    let ws = workspace();
    for args in [&["schema"][..], &["report"], &["generate", "--out", "out"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_docgen"))
            .args(args)
            .current_dir(ws.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = text(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(out.status.success(), "{args:?}: {stderr}");
    }
}

#[test]
fn generate_takes_its_options_from_docgen_toml_and_flags() {
    let ws = workspace();
    std::fs::write(
        ws.path().join("docgen.toml"),
        "[generate]\nareas = [\"intune-mam\"]\nstruct-derives = [\"Eq\"]\n\n[generate.rename]\n\"managedAppPolicy\" = \"Policy\"\n",
    )
    .unwrap();
    let out = docgen(ws.path(), &["generate", "--skip", "managedBrowserType"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let models = std::fs::read_to_string(ws.path().join("generated/src/models.rs")).unwrap();
    assert!(models.contains("pub struct Policy "), "{models}");
    assert!(models.contains("pub enum AnyPolicy "));
    assert!(!models.contains("pub enum ManagedBrowserType "));
    assert!(models.contains("PartialEq, Serialize, Eq)]"));
    // an option that is not a name or a path is refused before anything is written
    for args in [
        &["generate", "--out", "bad", "--rename", "user=fn"][..],
        &["generate", "--out", "bad", "--struct-derive", "Eq)]"],
        &["generate", "--out", "bad", "--area", "nowhere"],
    ] {
        let out = docgen(ws.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!ws.path().join("bad").exists());
    }
    // the lint reads the same file and accepts its [generate] section
    let lint = docgen(ws.path(), &["lint"]);
    assert!(
        !text(&lint.stderr).contains("not valid"),
        "{}",
        text(&lint.stderr)
    );
}

#[test]
fn generate_check_says_whether_the_output_is_stale() {
    let ws = workspace();
    // nothing generated yet: every file is missing
    let out = docgen(ws.path(), &["generate", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("missing: generated/Cargo.toml"));
    assert!(
        !ws.path().join("generated").exists(),
        "--check writes nothing"
    );
    assert!(docgen(ws.path(), &["generate"]).status.success());
    let out = docgen(ws.path(), &["generate", "--check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("generated is fresh"));
    // an edited file, a stray one, a page that changed
    let lib = ws.path().join("generated/src/lib.rs");
    let edited = std::fs::read_to_string(&lib).unwrap() + "// edited\n";
    std::fs::write(&lib, edited).unwrap();
    std::fs::write(ws.path().join("generated/notes.txt"), "mine").unwrap();
    let out = docgen(ws.path(), &["generate", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("2 file(s) differ"), "{stdout}");
    assert!(stdout.contains("changed: generated/src/lib.rs"), "{stdout}");
    assert!(stdout.contains("extra:   generated/notes.txt"), "{stdout}");
}

#[test]
fn diff_classifies_the_changes_between_two_drafts() {
    let ws = workspace();
    let out = docgen(
        ws.path(),
        &[
            "diff",
            "docs-input/001_c02039f78c687c2d.txt",
            "--to",
            "docs-input/000_fcd99e383d4978eb.txt",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(
        "breaking  beta member `microsoft.graph.remoteAssistanceState.notConfigured`: member removed"
    ), "{stdout}");
    assert!(
        stdout.contains(
            "additive  beta property `microsoft.graph.remoteAssistanceSettings.blockChat`"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("1 breaking, 1 additive,"), "{stdout}");
    assert!(stdout.contains("a major version for the generated crate"));
    let json = docgen(
        ws.path(),
        &[
            "diff",
            "docs-input/001_c02039f78c687c2d.txt",
            "--to",
            "docs-input/000_fcd99e383d4978eb.txt",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["summary"]["breaking"], 1);
    assert_eq!(v["changes"][0]["impact"], "breaking");
    // a missing path is an error
    let missing = docgen(ws.path(), &["diff", "nowhere", "--to", "docs-input"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// docgen turns transparent huge pages off for itself (the allocator would otherwise have
/// each first touch zero 2 MiB): a running `docgen mock` says so in `/proc/PID/status`.
#[cfg(target_os = "linux")]
#[test]
fn docgen_runs_without_transparent_huge_pages() {
    use std::io::{BufRead, BufReader};
    // a kernel too old to report it: nothing to check
    let own = std::fs::read_to_string("/proc/self/status").unwrap();
    if !own.contains("THP_enabled:") {
        return;
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_docgen"))
        .args(["mock", "--listen", "127.0.0.1:0"])
        .arg(seeds())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("docgen mock starts");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(line.contains("listening on"), "{line}");
    let thp = status.lines().find(|l| l.starts_with("THP_enabled:"));
    assert_eq!(
        thp.map(|l| l.split_whitespace().nth(1)),
        Some(Some("0")),
        "{status}"
    );
}
