//! Code blocks: request lines of the "HTTP request" section, and examples (requests,
//! responses, resource sketches) with their bodies parsed leniently.

use super::{http, BodyFact, EndpointFact, ExampleFact, Section, Walk};
use crate::diag::{Code, Diagnostic};
use crate::model::{ExampleKind, PathTemplate};
use crate::parse::annotation::BlockType;
use crate::parse::{json, Annotation, CodeBlock};
use crate::source::{FileId, Span};

/// A code block: request lines in the "HTTP request" section, otherwise an example.
pub(super) fn code_block(
    file: FileId,
    code: &CodeBlock,
    span: Span,
    annotation: Option<(Annotation, Span)>,
    section: &Section,
    w: &mut Walk,
    d: &mut Vec<Diagnostic>,
) {
    let annotation = annotation.map(|(a, _)| a);
    if section.h2 == "http request"
        && !matches!(
            annotation.as_ref().map(|a| &a.block_type),
            Some(BlockType::Request | BlockType::Response)
        )
    {
        request_lines(file, code, w, d);
        return;
    }
    let block_type = annotation.as_ref().map(|a| a.block_type.clone());
    let message = http::parse(&code.content);
    let kind = match (&block_type, &message) {
        (Some(BlockType::Ignored | BlockType::Other(_)), _) => return,
        (Some(BlockType::Resource), _) => {
            if let Some(a) = &annotation {
                w.resource.get_or_insert((a.clone(), span));
            }
            ExampleKind::Resource
        }
        (Some(BlockType::Request), _) => ExampleKind::Request,
        (Some(BlockType::Response), _) => ExampleKind::Response,
        (Some(BlockType::Example), Some(m)) | (None, Some(m)) => match m.start {
            http::StartLine::Request { .. } => ExampleKind::Request,
            http::StartLine::Status { .. } => ExampleKind::Response,
        },
        (Some(BlockType::Example) | None, None) => return,
    };
    let (request, status, body) = match &message {
        Some(m) => {
            let (request, status) = match &m.start {
                http::StartLine::Request { method, target } => (
                    Some((method.clone(), http::api_path(target).1.to_string())),
                    None,
                ),
                http::StartLine::Status { code } => (None, Some(*code)),
            };
            (
                request,
                status,
                m.body.map(|(at, text)| (at, text.to_string())),
            )
        }
        None => {
            let t = code.content.trim();
            let at = code.content.len() - code.content.trim_start().len();
            (None, None, (!t.is_empty()).then(|| (at, t.to_string())))
        }
    };
    let body = body.map(|(at, text)| {
        let offset = code.file_offset(at);
        let checked = kind != ExampleKind::Resource;
        body_fact(file, text, offset, code.recovered.as_deref(), checked, d)
    });
    w.examples.push(ExampleFact {
        kind,
        span,
        annotation,
        request,
        status,
        body,
        endpoint: None,
    });
}

/// Parses an example body leniently and reports what needed repair.
fn body_fact(
    file: FileId,
    text: String,
    offset: usize,
    recovered: Option<&str>,
    checked: bool,
    d: &mut Vec<Diagnostic>,
) -> BodyFact {
    if let Some(how) = recovered {
        d.push(Diagnostic::new(
            Code::JsonRecovered,
            Span::point(file, offset),
            format!("body is not JSON as shown: {how}"),
        ));
    }
    match json::parse_lenient(&text) {
        Ok(r) => {
            if let Some(fix) = r.fixes.first() {
                d.push(
                    Diagnostic::new(
                        Code::JsonRecovered,
                        Span::point(file, offset + fix.offset),
                        format!("body is not strict JSON ({}); read after repair", fix.what),
                    )
                    .with_help("make the example strict JSON"),
                );
            }
            BodyFact {
                text: r.text,
                json: Some(r.value),
                offset,
            }
        }
        Err(e) => {
            if checked {
                d.push(Diagnostic::new(
                    Code::InvalidJson,
                    Span::point(file, offset + e.offset),
                    format!("example body is not valid JSON: {}", e.message),
                ));
            }
            BodyFact {
                text,
                json: None,
                offset,
            }
        }
    }
}

/// The lines of an "HTTP request" block: `METHOD /path` each.
fn request_lines(file: FileId, code: &CodeBlock, w: &mut Walk, d: &mut Vec<Diagnostic>) {
    for (i, line) in code.content.split_inclusive('\n').enumerate() {
        let at = code.line_starts.get(i).map_or(0, |&o| o as usize);
        let t = line.trim();
        let span = Span::new(file, at, at + t.len());
        if t.is_empty() {
            continue;
        }
        let parsed = http::request_line(t).and_then(|(method, target)| {
            let path = http::api_path(&target).1.to_string();
            PathTemplate::parse(&path).map(|p| (method, p))
        });
        match parsed {
            Some((method, path)) => w.request_lines.push((method, path, span)),
            None => d.push(Diagnostic::new(
                Code::UnparseableRequestLine,
                span,
                format!("`{t}` is not a request line `METHOD /path`"),
            )),
        }
    }
}

/// Which of the page's endpoints each example exercises: a request by method and path, a
/// response by the request before it (or the one with the same annotation name).
pub(super) fn link_examples(examples: &mut [ExampleFact], endpoints: &[EndpointFact]) {
    let mut last_request: Option<(Option<usize>, Option<String>)> = None;
    let mut named: Vec<(String, Option<usize>)> = Vec::new();
    for ex in examples.iter_mut() {
        let name = ex.annotation.as_ref().and_then(|a| a.name.clone());
        match ex.kind {
            ExampleKind::Request => {
                let found = ex.request.as_ref().and_then(|(method, path)| {
                    let matching: Vec<usize> = endpoints
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| &e.method == method && e.path.matches(path))
                        .map(|(i, _)| i)
                        .collect();
                    matching.first().copied()
                });
                ex.endpoint = found;
                if let Some(n) = &name {
                    named.push((n.clone(), found));
                }
                last_request = Some((found, name));
            }
            ExampleKind::Response => {
                ex.endpoint = name
                    .as_ref()
                    .and_then(|n| named.iter().find(|(m, _)| m == n).map(|(_, e)| *e))
                    .unwrap_or_else(|| last_request.as_ref().and_then(|(e, _)| *e));
                last_request = None;
            }
            ExampleKind::Resource => {}
        }
    }
}
