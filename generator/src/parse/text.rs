//! Pages copied as plain text from the rendered site.
//!
//! Only a few title lines survive the copy (`HTTP Request`, `Request headers`, `Request body`
//! …); everything else is recognised by its content: the permissions header row, request and
//! status lines, space-separated table rows. JSON bodies lose their brace-only lines; they are
//! rebuilt when exactly one reading parses.

use super::{json, Block, BlockKind, CodeBlock, Format, Inline, Page, Parsed, Row, Table};
use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

/// Title lines that the rendered site keeps as plain lines.
const SECTION_TITLES: &[&str] = &[
    "permissions",
    "http request",
    "request headers",
    "request body",
    "response",
    "responses",
    "example",
    "examples",
    "request",
    "properties",
    "relationships",
    "json representation",
    "methods",
    "path parameters",
    "query parameters",
    "optional query parameters",
    "parameters",
];

const PERMISSION_KINDS: &[&str] = &[
    "Delegated (work or school account)",
    "Delegated (personal Microsoft account)",
    "Application",
];

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

#[derive(Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn trimmed(&self) -> &str {
        self.text.trim()
    }

    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    fn span(&self, file: FileId) -> Span {
        Span::new(file, self.start, self.start + self.text.len())
    }
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        out.push(Line {
            start,
            text: raw.trim_end_matches(['\n', '\r']),
        });
        start += raw.len();
    }
    out
}

pub fn parse(file: FileId, text: &str) -> Parsed {
    let lines = lines(text);
    let mut blocks = Vec::new();
    let mut diagnostics = Vec::new();
    let mut i = 0;
    let mut seen_title = false;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trimmed();
        if t.is_empty() {
            i += 1;
            continue;
        }
        let span = line.span(file);
        if !seen_title {
            seen_title = true;
            blocks.push(heading(1, t, span));
            i += 1;
            continue;
        }
        if SECTION_TITLES.contains(&t.to_ascii_lowercase().as_str()) {
            blocks.push(heading(2, t, span));
            i += 1;
            continue;
        }
        if t.starts_with("Permission type") {
            if !last_heading_is(&blocks, "permissions") {
                blocks.push(heading(2, "Permissions", Span::point(file, line.start)));
            }
            let (table, next) = permissions_table(file, &lines, i);
            blocks.push(table);
            i = next;
            continue;
        }
        if let Some(columns) = table_columns(t) {
            let (table, next) = space_table(file, &lines, i, columns);
            blocks.push(table);
            i = next;
            continue;
        }
        if is_request_line(t) || is_status_line(t) {
            let (block, next) = http_block(file, &lines, i, &mut diagnostics);
            blocks.push(block);
            i = next;
            continue;
        }
        blocks.push(Block {
            span,
            kind: BlockKind::Paragraph(Inline::plain_text(t, span)),
        });
        i += 1;
    }
    Parsed {
        page: Page {
            file,
            format: Format::RenderedText,
            front_matter: None,
            blocks,
        },
        diagnostics,
    }
}

fn heading(level: u8, text: &str, span: Span) -> Block {
    Block {
        span,
        kind: BlockKind::Heading {
            level,
            text: Inline::plain_text(text, span),
        },
    }
}

fn last_heading_is(blocks: &[Block], title: &str) -> bool {
    blocks.iter().rev().find_map(|b| match &b.kind {
        BlockKind::Heading { text, .. } => Some(text.plain().eq_ignore_ascii_case(title)),
        _ => None,
    }) == Some(true)
}

pub fn is_request_line(t: &str) -> bool {
    let mut parts = t.split_whitespace();
    matches!((parts.next(), parts.next()), (Some(m), Some(p)) if METHODS.contains(&m) && (p.starts_with('/') || p.starts_with("http")))
        && parts.next().is_none_or(|v| v.starts_with("HTTP/"))
}

pub fn is_status_line(t: &str) -> bool {
    let mut parts = t.split_whitespace();
    matches!((parts.next(), parts.next()), (Some(v), Some(code)) if v.starts_with("HTTP/") && code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
}

/// Header rows of space-separated tables, with the number of leading single-word columns.
fn table_columns(t: &str) -> Option<usize> {
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        ["Property" | "Parameter" | "Name" | "Member" | "Relationship", "Type", "Description"] => {
            Some(3)
        }
        ["Header" | "Name", "Value" | "Description"] => Some(2),
        ["Member", "Value", "Description"] => Some(3),
        _ => None,
    }
}

/// Cells of a line: words at token boundaries with their spans.
fn words(line: Line<'_>) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for w in line.text.split_whitespace() {
        let at = line.text[pos..].find(w).map_or(pos, |k| pos + k);
        out.push((line.start + at, w));
        pos = at + w.len();
    }
    out
}

fn cell(file: FileId, text: &str, start: usize) -> Inline {
    Inline::plain_text(text, Span::new(file, start, start + text.len()))
}

fn space_table(file: FileId, lines: &[Line<'_>], at: usize, columns: usize) -> (Block, usize) {
    let header_line = lines[at];
    let header = words(header_line)
        .into_iter()
        .map(|(s, w)| cell(file, w, s))
        .collect();
    let mut table = Table {
        header,
        rows: Vec::new(),
    };
    let mut i = at + 1;
    let mut end = header_line.start + header_line.text.len();
    while i < lines.len() && !lines[i].is_blank() {
        let line = lines[i];
        let w = words(line);
        let mut cells = Vec::new();
        let mut k = 0;
        // leading single-word columns; a type column may be `X collection`
        while k < w.len() && cells.len() + 1 < columns {
            let (s, word) = w[k];
            let is_type_column = columns == 3 && cells.len() == 1;
            if is_type_column
                && w.get(k + 1)
                    .is_some_and(|(_, n)| n.eq_ignore_ascii_case("collection"))
            {
                let (s2, n) = w[k + 1];
                let joined = &line.text[s - line.start..s2 - line.start + n.len()];
                cells.push(cell(file, joined, s));
                k += 2;
            } else {
                cells.push(cell(file, word, s));
                k += 1;
            }
        }
        if let Some(&(s, _)) = w.get(k) {
            let rest = line.text[s - line.start..].trim_end();
            cells.push(cell(file, rest, s));
        }
        end = line.start + line.text.len();
        table.rows.push(Row {
            span: line.span(file),
            cells,
            cut: false,
        });
        i += 1;
    }
    (
        Block {
            span: Span::new(file, header_line.start, end),
            kind: BlockKind::Table(table),
        },
        i,
    )
}

fn permissions_table(file: FileId, lines: &[Line<'_>], at: usize) -> (Block, usize) {
    let header_line = lines[at];
    let t = header_line.trimmed();
    let split = "Permission type".len();
    let offset = header_line.start + (header_line.text.len() - header_line.text.trim_start().len());
    let mut table = Table {
        header: vec![
            cell(file, &t[..split], offset),
            cell(file, t[split..].trim(), offset + split + 1),
        ],
        rows: Vec::new(),
    };
    let mut i = at + 1;
    let mut end = header_line.start + header_line.text.len();
    while i < lines.len() {
        let line = lines[i];
        let t = line.trimmed();
        let Some(kind) = PERMISSION_KINDS.iter().find(|k| t.starts_with(**k)) else {
            break;
        };
        let start = line.start + (line.text.len() - line.text.trim_start().len());
        let rest = t[kind.len()..].trim();
        let rest_start = start + t.len() - rest.len();
        table.rows.push(Row {
            span: line.span(file),
            cells: vec![cell(file, kind, start), cell(file, rest, rest_start)],
            cut: false,
        });
        end = line.start + line.text.len();
        i += 1;
    }
    (
        Block {
            span: Span::new(file, header_line.start, end),
            kind: BlockKind::Table(table),
        },
        i,
    )
}

fn looks_like_json(t: &str) -> bool {
    t.starts_with(['"', '{', '}', '[', ']'])
        || t.ends_with(',')
        || matches!(t, "true" | "false" | "null")
        || t.parse::<f64>().is_ok()
}

/// A request or response: start line, `Name: value` headers, a blank line, then the body.
fn http_block(
    file: FileId,
    lines: &[Line<'_>],
    at: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Block, usize) {
    let mut content = String::new();
    let mut line_starts = Vec::new();
    let mut push = |content: &mut String, line: Line<'_>| {
        line_starts.push(line.start as u32);
        content.push_str(line.text);
        content.push('\n');
    };
    push(&mut content, lines[at]);
    let mut i = at + 1;
    while i < lines.len() && !lines[i].is_blank() && is_header_line(lines[i].trimmed()) {
        push(&mut content, lines[i]);
        i += 1;
    }
    let mut end = lines[i - 1].start + lines[i - 1].text.len();
    // the body: after one or more blank lines, JSON-looking lines up to a blank line that is
    // followed by prose
    let mut j = i;
    while j < lines.len() && lines[j].is_blank() {
        j += 1;
    }
    let body_first = j;
    let mut body_end = j;
    let mut k = j;
    while k < lines.len() {
        if lines[k].is_blank() {
            let next = lines[k..].iter().find(|l| !l.is_blank());
            match next {
                Some(n)
                    if looks_like_json(n.trimmed())
                        && !is_request_line(n.trimmed())
                        && !is_status_line(n.trimmed()) =>
                {
                    k += 1;
                    continue;
                }
                _ => break,
            }
        }
        if k == body_first && !looks_like_json(lines[k].trimmed()) {
            break;
        }
        body_end = k + 1;
        k += 1;
    }
    let mut recovered = None;
    if body_end > body_first {
        let body_lines = &lines[body_first..body_end];
        let raw: String = body_lines.iter().map(|l| format!("{}\n", l.text)).collect();
        let start_offset = lines[body_first].start;
        let rebuilt = restore_braces(&raw);
        let body_text = match rebuilt {
            Restored::AsIs => raw.clone(),
            Restored::Rebuilt(text) => {
                recovered = Some(
                    "the braces the rendered page lost (`{`/`}` lines) were restored".to_string(),
                );
                text
            }
            Restored::Ambiguous(n) => {
                diagnostics.push(Diagnostic::new(
                    Code::AmbiguousBraces,
                    Span::point(file, start_offset),
                    if n == 0 {
                        "body lost its braces in the rendered page and no reading of it parses as JSON".to_string()
                    } else {
                        format!("body lost its braces in the rendered page and {n} different readings parse; none is chosen")
                    },
                ));
                raw.clone()
            }
        };
        content.push('\n');
        line_starts.push(lines[i.min(lines.len() - 1)].start as u32);
        // map every body line (including restored brace lines) to the nearest real line
        let mut real = body_lines.iter().peekable();
        for l in body_text.lines() {
            let at = match real.peek() {
                Some(r) if r.text == l => real.next().map_or(start_offset, |r| r.start),
                Some(r) => r.start,
                None => body_lines.last().map_or(start_offset, |r| r.start),
            };
            line_starts.push(at as u32);
            content.push_str(l);
            content.push('\n');
        }
        let last = lines[body_end - 1];
        end = last.start + last.text.len();
    }
    let next = if body_end > body_first { body_end } else { i };
    (
        Block {
            span: Span::new(file, lines[at].start, end),
            kind: BlockKind::Code(CodeBlock {
                info: "http".to_string(),
                content,
                line_starts,
                recovered,
            }),
        },
        next,
    )
}

fn is_header_line(t: &str) -> bool {
    match t.split_once(':') {
        Some((name, _)) => {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        }
        None => false,
    }
}

enum Restored {
    AsIs,
    Rebuilt(String),
    /// No reading parses (0) or several readings parse to different values.
    Ambiguous(usize),
}

/// Restores the brace lines that a rendered page drops: either the body parses as it is, or
/// exactly one of the candidate readings (wrapped in `{}`, or rebuilt from indentation) does.
fn restore_braces(raw: &str) -> Restored {
    if serde_json::from_str::<serde_json::Value>(raw).is_ok() {
        return Restored::AsIs;
    }
    let candidates = [format!("{{\n{raw}}}\n"), from_indentation(raw)];
    let mut parsed: Vec<(String, serde_json::Value)> = Vec::new();
    for c in candidates {
        if let Ok(v) = json::parse_lenient(&c).map(|r| r.value) {
            if !parsed.iter().any(|(_, p)| *p == v) {
                parsed.push((c, v));
            }
        }
    }
    match parsed.len() {
        1 => Restored::Rebuilt(parsed.remove(0).0),
        n => Restored::Ambiguous(n),
    }
}

/// Rebuilds closing braces from indentation: a line that opens `{` or `[` is closed before the
/// next line indented no deeper than it.
fn from_indentation(raw: &str) -> String {
    let mut out = String::from("{\n");
    let mut stack: Vec<(usize, char)> = Vec::new();
    let indent = |l: &str| l.len() - l.trim_start().len();
    for line in raw.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let ind = indent(line);
        let closes_itself = t.starts_with(['}', ']']);
        while let Some(&(open_ind, closer)) = stack.last() {
            if ind > open_ind || (closes_itself && ind == open_ind) {
                break;
            }
            stack.pop();
            if out.ends_with(",\n") {
                out.truncate(out.len() - 2);
                out.push('\n');
            }
            out.push_str(&" ".repeat(open_ind));
            out.push(closer);
            out.push_str(",\n");
        }
        if closes_itself {
            if stack.pop().is_some() && out.ends_with(",\n") {
                out.truncate(out.len() - 2);
                out.push('\n');
            }
            out.push_str(line);
            out.push('\n');
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if t.ends_with('{') {
            stack.push((ind, '}'));
        } else if t.ends_with('[') {
            stack.push((ind, ']'));
        }
    }
    while let Some((open_ind, closer)) = stack.pop() {
        out.push_str(&" ".repeat(open_ind));
        out.push(closer);
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_are_restored_when_unambiguous() {
        let raw = "  \"a\": 1,\n  \"b\": true\n";
        let Restored::Rebuilt(t) = restore_braces(raw) else {
            panic!()
        };
        let v: serde_json::Value = serde_json::from_str(&t).unwrap();
        assert_eq!(v, serde_json::json!({"a": 1, "b": true}));
    }

    #[test]
    fn nested_objects_are_rebuilt_from_indentation() {
        let raw = "  \"a\": {\n    \"x\": 1\n  \"b\": [\n    1\n  \"c\": 2\n";
        let Restored::Rebuilt(t) = restore_braces(raw) else {
            panic!()
        };
        let v: serde_json::Value = serde_json::from_str(&t).unwrap();
        assert_eq!(v, serde_json::json!({"a": {"x": 1}, "b": [1], "c": 2}));
    }

    #[test]
    fn unparseable_bodies_are_ambiguous() {
        assert!(matches!(
            restore_braces("  \"a\": nope\n"),
            Restored::Ambiguous(0)
        ));
        assert!(matches!(restore_braces("{\"a\": 1}\n"), Restored::AsIs));
    }

    #[test]
    fn request_and_status_lines() {
        assert!(is_request_line(
            "PATCH /deviceManagement/remoteAssistanceSettings"
        ));
        assert!(is_request_line(
            "GET https://graph.microsoft.com/v1.0/me HTTP/1.1"
        ));
        assert!(!is_request_line("GET the thing"));
        assert!(is_status_line("HTTP/1.1 200 OK"));
        assert!(!is_status_line("HTTP/1.1 OK"));
    }

    #[test]
    fn space_separated_tables_keep_collection_types() {
        let text = "Title\n\nProperty Type Description\nids String collection The ids.\nname String The name\n";
        let p = parse(FileId(0), text);
        let BlockKind::Table(t) = &p.page.blocks[1].kind else {
            panic!()
        };
        let row: Vec<String> = t.rows[0].cells.iter().map(|c| c.plain()).collect();
        assert_eq!(row, ["ids", "String collection", "The ids."]);
        assert_eq!(t.rows[1].cells[2].plain(), "The name");
    }
}
