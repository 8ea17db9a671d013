//! Tuning `docgen lint`: config file, command-line levels, inline suppression, baselines,
//! fixes and the metadata comparison, end to end through the binary.

mod common;

use std::process::Output;

use common::{copy_dir, docgen, repo, stderr, stdout};

/// A scratch folder `pages/` with the clean test pages and one check's bad overrides.
fn pages(code: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("tests/lint/clean"), &dir.path().join("pages"));
    copy_dir(
        &repo().join("tests/lint").join(code).join("bad"),
        &dir.path().join("pages"),
    );
    dir
}

fn codes(o: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn config_file_sets_levels_and_ignores_paths() {
    let dir = pages("unknown-property");
    let base = docgen(dir.path(), &["lint", "--format", "json", "pages"]);
    assert_eq!(codes(&base), ["warning:unknown-property"]);
    assert_eq!(base.status.code(), Some(0));

    std::fs::write(
        dir.path().join("docgen.toml"),
        "[lint.severity]\nunknown-property = \"deny\"\n",
    )
    .unwrap();
    let denied = docgen(dir.path(), &["lint", "--format", "json", "pages"]);
    assert_eq!(codes(&denied), ["error:unknown-property"]);
    assert_eq!(denied.status.code(), Some(1));

    std::fs::write(
        dir.path().join("other.toml"),
        "[lint]\nignore = [\"pages/api/**\"]\n",
    )
    .unwrap();
    let ignored = docgen(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--config",
            "other.toml",
            "pages",
        ],
    );
    assert!(codes(&ignored).is_empty());

    std::fs::write(
        dir.path().join("bad.toml"),
        "[lint.severity]\nno-such-code = \"deny\"\n",
    )
    .unwrap();
    let bad = docgen(dir.path(), &["lint", "--config", "bad.toml", "pages"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no-such-code"));
}

#[test]
fn command_line_levels_and_deny_warnings() {
    let dir = pages("unknown-property");
    let o = docgen(
        dir.path(),
        &["lint", "--format", "json", "--deny", "warnings", "pages"],
    );
    assert_eq!(codes(&o), ["error:unknown-property"]);
    assert_eq!(o.status.code(), Some(1));
    let o = docgen(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--allow",
            "unknown-property",
            "pages",
        ],
    );
    assert!(codes(&o).is_empty());
    let dir = pages("placeholder-value");
    let o = docgen(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--warn",
            "placeholder-value",
            "pages",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn inline_comment_silences_a_code_for_its_page() {
    let dir = pages("unknown-property");
    let page = dir.path().join("pages/api/widget-update.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        format!("{text}\n<!-- docgen-ignore: unknown-property -->\n"),
    )
    .unwrap();
    let o = docgen(dir.path(), &["lint", "--format", "json", "pages"]);
    assert!(codes(&o).is_empty(), "{:?}", codes(&o));
}

#[test]
fn baseline_reports_only_new_findings() {
    let dir = pages("unknown-property");
    let written = docgen(
        dir.path(),
        &["lint", "--write-baseline", "baseline.json", "pages"],
    );
    assert!(written.status.success());
    assert!(stderr(&written).contains("1 findings"));
    // an edit above the finding moves it down: still known
    let page = dir.path().join("pages/api/widget-update.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let moved = text.replacen(
        "Update the properties",
        "A new first paragraph.\n\nUpdate the properties",
        1,
    );
    std::fs::write(&page, &moved).unwrap();
    let o = docgen(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            "pages",
        ],
    );
    assert!(codes(&o).is_empty(), "{:?}", codes(&o));
    assert!(
        stderr(&o).contains("1 known findings not shown, 0 new, 0 baselined findings are gone"),
        "{}",
        stderr(&o)
    );
    // a new defect is reported and fails; the old one is still known
    std::fs::write(&page, moved.replace("\"size\": 10,", "\"size\": \"ten\",")).unwrap();
    let o = docgen(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            "pages",
        ],
    );
    assert_eq!(codes(&o), ["error:wrong-json-kind"]);
    assert_eq!(o.status.code(), Some(1));
    // fixing the old one shows it gone
    std::fs::write(&page, text.replace("  \"weight\": 3,\n", "")).unwrap();
    let o = docgen(
        dir.path(),
        &["lint", "--baseline", "baseline.json", "pages"],
    );
    assert!(
        stdout(&o).contains("1 baselined findings are gone"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn fix_rewrites_mechanical_defects_and_dry_run_only_shows_them() {
    for code in [
        "non-canonical-type",
        "json-recovered",
        "content-length-mismatch",
    ] {
        let dir = pages(code);
        let before = docgen(dir.path(), &["lint", "--format", "json", "pages"]);
        assert!(
            codes(&before).iter().any(|c| c.ends_with(code)),
            "{code}: {:?}",
            codes(&before)
        );
        let snapshot: Vec<Vec<u8>> = ["pages/api/widget-update.md", "pages/resources/widget.md"]
            .iter()
            .map(|p| std::fs::read(dir.path().join(p)).unwrap())
            .collect();

        let dry = docgen(dir.path(), &["lint", "--fix", "--dry-run", "pages"]);
        assert!(
            stdout(&dry).starts_with("--- a/pages/"),
            "{code}: {}",
            stdout(&dry)
        );
        assert!(
            stderr(&dry).contains("would fix 1 findings in 1 files"),
            "{code}: {}",
            stderr(&dry)
        );
        let unchanged: Vec<Vec<u8>> = ["pages/api/widget-update.md", "pages/resources/widget.md"]
            .iter()
            .map(|p| std::fs::read(dir.path().join(p)).unwrap())
            .collect();
        assert_eq!(snapshot, unchanged, "{code}: --dry-run wrote");

        let fixed = docgen(dir.path(), &["lint", "--fix", "--format", "json", "pages"]);
        assert!(
            stderr(&fixed).contains("fixed 1 findings in 1 files"),
            "{code}: {}",
            stderr(&fixed)
        );
        assert!(
            codes(&fixed).is_empty(),
            "{code}: after --fix {:?}",
            codes(&fixed)
        );
    }
}

#[test]
fn metadata_comparison_prints_the_count_table() {
    let dir = pages("unknown-property");
    let meta = repo().join("tests/lint/metadata-type-mismatch/metadata.xml");
    let o = docgen(
        dir.path(),
        &["lint", "--metadata", meta.to_str().unwrap(), "pages"],
    );
    let out = stdout(&o);
    assert!(out.contains("warning[metadata-type-mismatch]"), "{out}");
    assert!(
        out.contains(
            "documented as `Edm.Int32` but the metadata says `Edm.Int64` (different type)"
        ),
        "{out}"
    );
    assert!(
        out.contains("metadata comparison        both  metadata only  docs only"),
        "{out}"
    );
    assert!(
        out.contains("property type mismatches: different type: 1;"),
        "{out}"
    );
    let missing = docgen(dir.path(), &["lint", "--metadata", "nowhere.xml", "pages"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// `--format json` lets go of ASCII pages' text (it shows positions only), SARIF keeps it:
/// both give every finding the same place, on ASCII pages and on pages with wider characters.
#[test]
fn json_positions_match_sarif_positions() {
    let dir = pages("unknown-property");
    let page = dir.path().join("pages/api/widget-update.md");
    let text = std::fs::read_to_string(&page).unwrap();
    // the same page again, with characters of two and three bytes before its findings, on
    // their lines and on lines before them
    let wide = text
        .replacen(
            "## Request headers",
            "Café — a wide line.\n\n## Request headers",
            1,
        )
        .replace("  \"weight\"", "  \"ünit\": \"—\", \"weight\"");
    assert_ne!(wide, text);
    std::fs::write(dir.path().join("pages/api/widget-update-wide.md"), wide).unwrap();
    let run = |format| {
        let o = docgen(dir.path(), &["lint", "--format", format, "pages"]);
        serde_json::from_slice::<serde_json::Value>(&o.stdout).expect("JSON output")
    };
    let json: Vec<_> = run("json")
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let at = |k: &str| d[k].as_u64().unwrap();
            let file = d["file"].as_str().unwrap().to_string();
            (
                file,
                at("line"),
                at("column"),
                at("end_line"),
                at("end_column"),
            )
        })
        .collect();
    let sarif: Vec<_> = run("sarif")["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let l = &r["locations"][0]["physicalLocation"];
            let at = |k: &str| l["region"][k].as_u64().unwrap();
            let file = l["artifactLocation"]["uri"].as_str().unwrap().to_string();
            (
                file,
                at("startLine"),
                at("startColumn"),
                at("endLine"),
                at("endColumn"),
            )
        })
        .collect();
    // `weight`, after `  "ünit": "—", ` on its line: 15 characters (18 bytes)
    assert!(
        json.iter().any(|p| p.0.ends_with("-wide.md") && p.2 == 16),
        "{json:?}"
    );
    assert!(
        json.iter().any(|p| p.0.ends_with("widget-update.md")),
        "{json:?}"
    );
    assert_eq!(json, sarif);
}
