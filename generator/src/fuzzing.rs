//! Entry points for coverage-guided fuzzing (`fuzz/`, run with cargo-fuzz): each takes
//! arbitrary bytes, runs part of docgen over them and checks what must hold for any input,
//! panicking when it does not. The fuzz targets call these, and the saved inputs under
//! `fuzz/regressions/` are replayed through them by `generator/tests/fuzz_regressions.rs`.

use crate::diag::{Code, Diagnostic};
use crate::parse::{self, json, Block, BlockKind};
use crate::pipeline::{self, Analysis};
use crate::source::{FileId, SourceFile, Span};

/// A fuzz target's body: panics when an invariant does not hold for `data`.
pub type Target = fn(data: &[u8]);

/// The fuzz targets, by name (the folders of `fuzz/regressions/`).
pub const TARGETS: [(&str, Target); 4] = [
    ("markdown", markdown),
    ("text", text),
    ("json", json_recovery),
    ("lint", lint),
];

/// A markdown page: parse and extract, spans inside the page.
pub fn markdown(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    page(parse::markdown::parse(FileId(0), &text), &text);
}

/// A page copied as plain text from the rendered site: parse and extract, spans inside it.
pub fn text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    page(parse::text::parse(FileId(0), &text), &text);
}

fn page(mut parsed: parse::Parsed, text: &str) {
    for block in &parsed.page.blocks {
        in_text(block.span, text, "block");
        block_spans(block, text);
    }
    let source = SourceFile::new("page.md", text);
    let (_, diagnostics) = crate::extract::extract(&mut parsed.page, &source);
    for d in parsed.diagnostics.iter().chain(&diagnostics) {
        diagnostic(d, |_| text);
    }
}

fn block_spans(block: &Block, text: &str) {
    match &block.kind {
        BlockKind::Heading { text: inline, .. } | BlockKind::Paragraph(inline) => {
            if let Some(span) = inline.span {
                in_text(span, text, "inline");
            }
        }
        BlockKind::Table(table) => {
            for row in &table.rows {
                in_text(row.span, text, "row");
            }
        }
        BlockKind::Code(code) => {
            for &start in &code.line_starts {
                assert!(
                    start as usize <= text.len(),
                    "code line start past the page"
                );
            }
        }
        BlockKind::Annotation(_) => {}
    }
}

/// Lenient JSON: what parsed is JSON, repairs lie inside the text, errors point into it.
pub fn json_recovery(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = json::parse_lenient(&text);
    // the checking variant agrees on whether the text is (repairable) JSON
    assert_eq!(json::check_lenient(&text).is_ok(), parsed.is_ok());
    match parsed {
        Ok(recovered) => {
            let again: serde_json::Value =
                serde_json::from_str(&recovered.text).expect("recovered text is JSON");
            assert_eq!(again, recovered.value, "the value is the recovered text's");
            if recovered.fixes.is_empty() {
                assert_eq!(recovered.text, *text, "unrepaired text is the original");
            }
            for fix in &recovered.fixes {
                assert!(fix.range.start <= fix.range.end && fix.range.end <= text.len());
                assert!(
                    text.is_char_boundary(fix.range.start) && text.is_char_boundary(fix.range.end)
                );
            }
        }
        Err(e) => assert!(e.offset <= text.len(), "error offset past the text"),
    }
}

/// The names the lint target gives its pages: two versions, both page kinds.
const PAGE_NAMES: [&str; 3] = [
    "beta/resources/thing.md",
    "v1.0/api/thing-get.md",
    "v1.0/resources/thing.md",
];

/// Up to three pages (the bytes split at `\0\0`) through every stage: no internal error,
/// spans inside their files, every output format written (JSON and SARIF parse back),
/// mechanical fixes applicable (and the fixed pages analysed again), generated modules
/// valid Rust.
pub fn lint(data: &[u8]) {
    let pages: Vec<(String, Vec<u8>)> = split_pages(data)
        .into_iter()
        .zip(PAGE_NAMES)
        .map(|(bytes, name)| (name.to_string(), bytes.to_vec()))
        .collect();
    let analysis = pipeline::analyze_bytes(pages);
    analysed(&analysis);
    let sources = &analysis.sources;
    #[cfg(feature = "lint")]
    {
        use crate::lint::{fix, format, Baseline, Config};
        let findings = Config::default().apply(sources, analysis.diagnostics.clone());
        let mut out = Vec::new();
        format::json(sources, &findings, &mut out).expect("json written");
        serde_json::from_slice::<serde_json::Value>(&out).expect("json output parses");
        out.clear();
        format::sarif(sources, &findings, &mut out).expect("sarif written");
        serde_json::from_slice::<serde_json::Value>(&out).expect("sarif output parses");
        out.clear();
        format::github(sources, &findings, &mut out).expect("github lines written");
        let baseline = Baseline::from_findings(sources, &findings);
        let comparison = baseline.compare(sources, &findings);
        assert_eq!(
            comparison.new.len(),
            0,
            "a baseline covers its own findings"
        );
        let plan = fix::plan(sources, &findings);
        let _ = fix::diff(&plan);
        if !plan.is_empty() {
            let fixed = plan
                .iter()
                .map(|f| (f.name.clone(), f.after.clone().into_bytes()))
                .collect();
            analysed(&pipeline::analyze_bytes(fixed));
        }
    }
    let routes = crate::mock::Routes::new(&analysis);
    for api in &analysis.apis {
        let cx = crate::emit::Context::new(&api.model, sources);
        let replay = crate::emit::replay::Input {
            routes: &routes,
            version: api.version.as_deref(),
            sample: None,
        };
        if let Ok(modules) = crate::emit::modules(&cx, &replay) {
            for (name, code) in modules {
                if let Err(e) = syn::parse_file(&code) {
                    panic!("generated module {name} is not Rust: {e}");
                }
            }
        }
    }
}

fn analysed(analysis: &Analysis) {
    for d in &analysis.diagnostics {
        assert!(
            d.code != Code::InternalError,
            "internal error: {}",
            d.message
        );
        diagnostic(d, |file| analysis.sources.get(file).text());
    }
}

/// The pages of a lint input: its bytes split at `\0\0`, at most three.
fn split_pages(data: &[u8]) -> Vec<&[u8]> {
    let mut pages = Vec::new();
    let mut rest = data;
    while pages.len() < PAGE_NAMES.len() - 1 {
        match memchr::memmem::find(rest, b"\0\0") {
            Some(at) => {
                pages.push(&rest[..at]);
                rest = &rest[at + 2..];
            }
            None => break,
        }
    }
    pages.push(rest);
    pages
}

/// A diagnostic's span and its fixes inside their pages (`text` of a file), the fixes on
/// character boundaries.
fn diagnostic<'t>(d: &Diagnostic, text: impl Fn(FileId) -> &'t str) {
    in_text(d.span, text(d.span.file), d.code.as_str());
    for edit in &d.fix {
        let text = text(edit.span.file);
        in_text(edit.span, text, d.code.as_str());
        assert!(
            text.is_char_boundary(edit.span.start as usize)
                && text.is_char_boundary(edit.span.end as usize),
            "{}: fix inside a character",
            d.code.as_str()
        );
    }
}

fn in_text(span: Span, text: &str, what: &str) {
    assert!(
        span.start <= span.end && span.end as usize <= text.len(),
        "{what}: span {}..{} outside a page of {} bytes",
        span.start,
        span.end,
        text.len()
    );
}
