//! Hostile and broken pages (`tests/pages/hostile/`, and the huge ones written here): each
//! yields inert code or a diagnostic, never a panic, never a file outside the output folder,
//! never page text turned into code. CI also compiles the crate of `tests/pages/hostile/`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/pages/hostile")
}

/// Every file under `root`, relative.
fn listing(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).unwrap().to_path_buf())
        .collect();
    out.sort();
    out
}

/// Analyses and generates `pages` in a scratch folder: no internal error, nothing written
/// outside `out/`, no code made of page text; how long it took.
fn survive(pages: &Path) -> (docgen::Analysis, Duration) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let start = Instant::now();
    let report = docgen::Builder::new()
        .input(pages)
        .cargo_metadata(false)
        .generate_into(&out)
        .expect("generated");
    let took = start.elapsed();
    let internal: Vec<_> = report
        .analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == docgen::Code::InternalError)
        .map(|d| d.message.clone())
        .collect();
    assert!(internal.is_empty(), "{}: {internal:?}", pages.display());
    // the scratch folder holds `out/` and nothing else
    for file in listing(tmp.path()) {
        assert!(
            file.starts_with("out"),
            "{} written outside out/",
            file.display()
        );
    }
    // the code made from the pages (the runtime is docgen's own)
    let from_pages = |f: &&PathBuf| f.ends_with("models.rs") || f.ends_with("endpoints.rs");
    for file in listing(&out).iter().filter(from_pages) {
        inert(&std::fs::read_to_string(out.join(file)).unwrap(), file);
    }
    (report.analysis, took)
}

/// Generated Rust in which no page text became code: it parses, defines no macro and no
/// function, module or item named after what the pages try to inject.
fn inert(text: &str, file: &Path) {
    let parsed = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    for item in &parsed.items {
        let ident = match item {
            syn::Item::Macro(m) => panic!("{}: a macro item {:?}", file.display(), m.ident),
            syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        };
        if let Some(ident) = ident {
            assert!(
                !ident.to_ascii_lowercase().contains("evil"),
                "{}: an item `{ident}`",
                file.display()
            );
        }
    }
}

#[test]
fn the_committed_hostile_pages_are_survived() {
    let pages = committed();
    assert!(listing(&pages).len() >= 25, "at least 25 hostile pages");
    // one by one, and all together
    for page in listing(&pages) {
        survive(&pages.join(page));
    }
    let (a, _) = survive(&pages);
    let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code.as_str()).collect();
    // what is broken is said so
    for code in [
        "invalid-utf8",
        "invalid-annotation",
        "malformed-front-matter",
        "table-cell-count",
    ] {
        assert!(codes.contains(&code), "no {code} in {codes:?}");
    }
}

/// The resource page of `name`, whose property table has `rows` rows.
fn table_page(name: &str, rows: usize) -> String {
    let mut page = format!(
        "---\ntitle: \"{name} resource type\"\ndoc_type: resourcePageType\n---\n\n# {name} resource type\n\n\
Namespace: microsoft.graph\n\nA huge table.\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n",
    );
    for i in 0..rows {
        page.push_str(&format!("|p{i}|String|Property {i}.|\n"));
    }
    page
}

#[test]
fn a_table_of_100000_rows_is_cut_at_the_limit_with_a_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("huge.md");
    std::fs::write(&page, table_page("huge", 100_000)).unwrap();
    let (a, _) = survive(&page);
    let huge = &a.model().types[0];
    assert_eq!(huge.properties.len(), docgen::extract::MAX_TABLE_ROWS);
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == docgen::Code::TableTooLarge)
        .expect("a table-too-large diagnostic");
    assert_eq!(
        a.sources.location(d.span).line,
        15 + docgen::extract::MAX_TABLE_ROWS
    );
}

#[test]
fn json_nested_10000_deep_and_a_megabyte_line_are_diagnosed() {
    let tmp = tempfile::tempdir().unwrap();
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let object = "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000);
    let long_line = "x".repeat(1 << 20);
    let page = format!(
        "---\ntitle: \"Get thing\"\ndoc_type: apiPageType\n---\n\n# Get thing\n\n{long_line}\n\n\
## HTTP request\n\n```http\nGET /things/{{id}}\n```\n\n## Response\n\n\
If successful, this method returns a `200 OK` response code and a [thing](thing.md) object in the response body.\n\n\
## Example\n\n### Request\n\n```http\nPOST https://graph.microsoft.com/v1.0/things/t1\nContent-type: application/json\n\n{object}\n```\n\n\
### Response\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\"}} -->\n\
```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{deep}\n```\n"
    );
    std::fs::write(tmp.path().join("deep.md"), page).unwrap();
    std::fs::write(tmp.path().join("thing.md"), table_page("thing", 3)).unwrap();
    let (a, _) = survive(tmp.path());
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.code == docgen::Code::InvalidJson && d.message.contains("recursion")),
        "{:#?}",
        a.diagnostics
    );
}
