//! Machine-readable lint output: JSON (one array), SARIF 2.1.0 (GitHub code scanning), GitHub
//! workflow commands, and the closing summary. (The rustc-style human format is the CLI's.)

use std::io::{self, Write};

use serde_json::json;

use crate::diag::{Code, Diagnostic, Severity};
use crate::source::Sources;

/// One JSON array of diagnostics.
///
/// Written as `serde_json::to_writer_pretty` writes the array, in parts laid out on rayon's
/// threads: a part is a run of the diagnostics written as an array of its own, whose elements
/// stand as they do in the whole array, so its text without its brackets is its piece of it.
pub fn json(sources: &Sources, diagnostics: &[Diagnostic], out: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    if diagnostics.is_empty() {
        return writeln!(out, "[]");
    }
    // positions are computed in parallel too (each file's line index is built once, when needed)
    let parts: Vec<Vec<u8>> = diagnostics
        .par_chunks(256)
        .map(|part| {
            let items: Vec<_> = part.iter().map(|d| d.to_json(sources)).collect();
            serde_json::to_vec_pretty(&items).expect("plain data")
        })
        .collect();
    out.write_all(b"[\n")?;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        // `[\n` … `\n]`
        out.write_all(&part[2..part.len() - 2])?;
    }
    out.write_all(b"\n]\n")
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A stable fingerprint of a finding that survives edits elsewhere in the page: the code, the
/// file, the text of the line it points at (trimmed) and the message.
pub fn fingerprint(sources: &Sources, d: &Diagnostic) -> String {
    use std::hash::Hasher;
    let file = sources.get(d.span.file);
    let (line, _) = file.line_col(d.span.start as usize);
    let mut h = fnv::FnvHasher::default();
    for part in [
        d.code.as_str(),
        file.name.as_str(),
        file.line_text(line).trim(),
        d.message.as_str(),
    ] {
        h.write(part.as_bytes());
        h.write_u8(0);
    }
    format!("{:016x}", h.finish())
}

/// SARIF 2.1.0, one run, every code that occurs as a rule.
pub fn sarif(sources: &Sources, diagnostics: &[Diagnostic], out: &mut dyn Write) -> io::Result<()> {
    let mut codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    codes.sort();
    codes.dedup();
    let rules: Vec<_> = codes
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "shortDescription": {"text": c.explanation()},
                "fullDescription": {"text": format!("{} Run `docgen lint --explain {}`.", c.explanation(), c.as_str())},
                "defaultConfiguration": {"level": sarif_level(c.default_severity())},
            })
        })
        .collect();
    let location = |span: crate::source::Span| {
        let start = sources.location(span);
        let end = sources.end_location(span);
        json!({
            "physicalLocation": {
                "artifactLocation": {"uri": start.file},
                "region": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                },
            }
        })
    };
    let results: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message.clone();
            if let Some(help) = &d.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            let mut result = json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": codes.binary_search(&d.code).unwrap_or(0),
                "level": sarif_level(d.severity),
                "message": {"text": text},
                "locations": [location(d.span)],
                "partialFingerprints": {"docgen/v1": fingerprint(sources, d)},
            });
            if !d.related.is_empty() {
                result["relatedLocations"] = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let mut l = location(r.span);
                        l["id"] = json!(i + 1);
                        l["message"] = json!({"text": r.message});
                        l
                    })
                    .collect();
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "docgen",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Escapes workflow-command data (`%`, CR, LF) and, for properties, `:` and `,`.
fn escape(text: &str, property: bool) -> String {
    let mut s = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        s = s.replace(':', "%3A").replace(',', "%2C");
    }
    s
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
pub fn github(
    sources: &Sources,
    diagnostics: &[Diagnostic],
    out: &mut dyn Write,
) -> io::Result<()> {
    for d in diagnostics {
        let start = sources.location(d.span);
        let end = sources.end_location(d.span);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape(&start.file, true),
            start.line,
            start.column,
            end.line,
            end.column,
            escape(d.code.as_str(), true),
            escape(&d.message, false)
        )?;
    }
    Ok(())
}

/// The closing summary: counts by severity, then by code.
pub fn summary(files: usize, diagnostics: &[Diagnostic]) -> String {
    let (e, w, i) = crate::diag::counts(diagnostics);
    let mut s = format!("{files} files: {e} errors, {w} warnings, {i} infos\n");
    for ((severity, code), n) in crate::diag::counts_by_code(diagnostics) {
        s.push_str(&format!("{n:>7} {severity:<7} {code}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile, Span};

    fn fixture() -> (Sources, Vec<Diagnostic>) {
        let mut s = Sources::default();
        s.add(SourceFile::new("docs/a, b.md", "line one\nline: two\n"));
        let d = Diagnostic::new(
            Code::UnknownProperty,
            Span::new(FileId(0), 9, 13),
            "50% off\nnext",
        )
        .with_related(Span::new(FileId(0), 0, 4), "here");
        (s, vec![d])
    }

    #[test]
    fn json_is_the_array_serde_json_writes_pretty() {
        let (s, mut d) = fixture();
        d.push(
            Diagnostic::new(
                Code::InvalidJson,
                Span::new(FileId(0), 0, 0),
                "a \"quote\"\tand\r\n",
            )
            .with_help("line\nbreak"),
        );
        // more than one part of 256
        let many: Vec<Diagnostic> = (0..600).map(|i| d[i % d.len()].clone()).collect();
        d.extend(many);
        for n in [0, 1, 2, 255, 256, 257, 602] {
            let items: Vec<_> = d[..n].iter().map(|d| d.to_json(&s)).collect();
            let mut expected = serde_json::to_vec_pretty(&items).unwrap();
            expected.push(b'\n');
            let mut out = Vec::new();
            json(&s, &d[..n], &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(expected).unwrap()
            );
        }
    }

    #[test]
    fn github_commands_escape_their_data() {
        let (s, d) = fixture();
        let mut out = Vec::new();
        github(&s, &d, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=docs/a%2C b.md,line=2,col=1,endLine=2,endColumn=5,title=unknown-property::50%25 off%0Anext\n"
        );
    }

    #[test]
    fn fingerprints_ignore_the_line_number() {
        let (s, d) = fixture();
        let mut moved = Sources::default();
        moved.add(SourceFile::new(
            "docs/a, b.md",
            "new first line\nline one\nline: two\n",
        ));
        let shifted = Diagnostic::new(
            Code::UnknownProperty,
            Span::new(FileId(0), 24, 28),
            "50% off\nnext",
        );
        assert_eq!(fingerprint(&s, &d[0]), fingerprint(&moved, &shifted));
    }

    #[test]
    fn summary_counts_by_code() {
        let (s, d) = fixture();
        let text = summary(s.len(), &d);
        assert!(text.starts_with("1 files: 0 errors, 1 warnings, 0 infos\n"));
        assert!(text.contains("      1 warning unknown-property"));
    }
}
