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
    (file, page): (FileId, &str),
    code: &CodeBlock,
    span: Span,
    annotation: Option<(Annotation, Span)>,
    section: &Section,
    w: &mut Walk,
    d: &mut Vec<Diagnostic>,
) {
    let annotation_span = annotation.as_ref().map(|(_, s)| *s);
    let annotation = annotation.map(|(a, _)| a);
    let lang = code.lang().to_ascii_lowercase();
    if !matches!(
        lang.as_str(),
        "" | "http" | "json" | "https" | "msgraph-interactive" | "text"
    ) {
        // a C#, JavaScript … snippet: not an HTTP message nor a JSON body
        return;
    }
    if section.is_http_request()
        && !matches!(
            annotation.as_ref().map(|a| &a.block_type),
            Some(BlockType::Request | BlockType::Response)
        )
    {
        request_lines((file, page), code, w, d);
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
    let mut version = None;
    let (request, status, body) = match &message {
        Some(m) => {
            let (request, status) = match &m.start {
                http::StartLine::Request { method, target } if http::is_graph_target(target) => {
                    let (v, path) = http::api_path(target);
                    version = v.map(str::to_string);
                    (Some((method.clone(), path.to_string())), None)
                }
                // a request to another host (a bot's callback, a notification URL)
                http::StartLine::Request { .. } => (None, None),
                http::StartLine::Status { code } => (None, Some(*code)),
            };
            // a CSV report, a photo, a `$value` download: not JSON
            let not_json = m.headers.iter().any(|(k, v)| {
                k.eq_ignore_ascii_case("content-type") && {
                    let v = v.to_ascii_lowercase();
                    !v.contains("json") && !v.trim().is_empty()
                }
            });
            // a second request line: alternative requests, not a body
            let alternatives = m
                .body
                .is_some_and(|(_, b)| http::request_line(b.lines().next().unwrap_or("")).is_some());
            // `<bytes 0-25 of the file>`: a stand-in for binary content; a request that
            // sends nothing and a URL broken onto a second line
            let sends_nothing = matches!(
                &m.start,
                http::StartLine::Request { method, .. } if matches!(method.as_str(), "GET" | "DELETE" | "HEAD")
            );
            let not_json = not_json
                || m.body.is_some_and(|(_, b)| {
                    b.starts_with('<') || (sends_nothing && !b.starts_with(['{', '[']))
                });
            let body = m
                .body
                .filter(|_| !not_json && !alternatives)
                .map(|(at, text)| (at, text.to_string()));
            (request, status, body)
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
        body_fact(
            file,
            page,
            text,
            offset,
            code.recovered.as_deref(),
            checked,
            d,
        )
    });
    // Content-Length is judged on bodies as written: one that needs repair changes anyway
    let repaired = body.as_ref().is_some_and(|b| {
        message
            .as_ref()
            .and_then(|m| m.body)
            .is_some_and(|(_, t)| b.text != t)
    });
    if let (Some(m), None, false) = (&message, &code.recovered, repaired) {
        content_length(file, code, m, d);
    }
    if let Some(blank) = message
        .as_ref()
        .and_then(|m| m.blank_before_headers.clone())
    {
        // whole lines, from the first blank line to the first header line; shown without
        // the last line end, so that only the blank lines are underlined
        let (start, end) = (code.file_offset(blank.start), code.file_offset(blank.end));
        let lines = Span::new(file, start, end);
        d.push(
            Diagnostic::new(
                Code::BlankBeforeHeaders,
                Span::new(file, start, end.saturating_sub(1)),
                "blank line between the start line and the headers: HTTP reads the headers as the body",
            )
            .with_help("remove the blank line; the headers are read as headers here")
            .with_fix(lines, ""),
        );
    }
    let headers = message
        .as_ref()
        .map(|m| {
            m.headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let first = code.content.lines().next().unwrap_or("");
    let head_start = code
        .line_starts
        .first()
        .map_or(span.start as usize, |&o| o as usize);
    w.examples.push(ExampleFact {
        kind,
        span,
        head: Span::new(file, head_start, head_start + first.trim_end().len()),
        annotation,
        annotation_span,
        request,
        version,
        headers,
        status,
        body,
        endpoint: None,
        unmatched_call: false,
    });
}

/// Parses an example body leniently and reports what needed repair.
fn body_fact(
    file: FileId,
    page: &str,
    text: String,
    offset: usize,
    recovered: Option<&str>,
    checked: bool,
    d: &mut Vec<Diagnostic>,
) -> BodyFact {
    // positions inside the body are the page's only where it stands in the page as read
    // (not a body whose braces the rendered-text reader rebuilt)
    let exact = page.get(offset..offset + text.len()) == Some(text.as_str());
    let at = |range: &std::ops::Range<usize>| match exact {
        true => Span::new(file, offset + range.start, offset + range.end),
        // about there: inside the page, on a character
        false => Span::point(
            file,
            crate::source::floor_char_boundary(page, offset + range.start),
        ),
    };
    if let Some(how) = recovered {
        d.push(Diagnostic::new(
            Code::JsonRecovered,
            at(&(0..0)),
            format!("body is not JSON as shown: {how}"),
        ));
    }
    // strict JSON (nearly every body): one pass reads what typing needs and validates
    if let Ok(head) = body_head(&text) {
        return BodyFact {
            text,
            valid: true,
            odata_type: head.odata_type,
            empty_object: head.empty,
            single_object: head.single_object,
            offset,
            written: Default::default(),
        };
    }
    match json::check_lenient(&text) {
        Ok(r) => {
            if let Some(first) = r.fixes.first() {
                let mut kinds: Vec<&str> = r.fixes.iter().map(|f| f.what).collect();
                kinds.dedup();
                kinds.sort();
                kinds.dedup();
                let mut diag = Diagnostic::new(
                    Code::JsonRecovered,
                    at(&first.range),
                    format!(
                        "body is not strict JSON ({}); read after repair",
                        kinds.join(", ")
                    ),
                )
                .with_help("make the example strict JSON");
                // fixes only where the body stands in the page exactly as read
                if exact {
                    for f in r.fixes.iter().filter(|f| f.is_mechanical()) {
                        diag = diag.with_fix(at(&f.range), f.replacement);
                    }
                }
                d.push(diag);
            }
            let head = body_head(&r.text).unwrap_or(NOT_AN_OBJECT);
            BodyFact {
                written: json::OffsetMap::of(&r.fixes),
                text: r.text,
                valid: true,
                odata_type: head.odata_type,
                empty_object: head.empty,
                single_object: head.single_object,
                offset,
            }
        }
        Err(e) => {
            if checked {
                d.push(Diagnostic::new(
                    Code::InvalidJson,
                    at(&(e.offset..e.offset)),
                    format!("example body is not valid JSON: {}", e.message),
                ));
            }
            BodyFact {
                text,
                valid: false,
                odata_type: None,
                empty_object: false,
                single_object: false,
                offset,
                written: Default::default(),
            }
        }
    }
}

/// What typing needs of a body, read without building it ([`crate::runtime::object_head`]).
struct Head {
    odata_type: Option<String>,
    /// The body is `{}`.
    empty: bool,
    /// An object with no `value` member: not a collection response.
    single_object: bool,
}

/// The head of a body that is an array or a scalar.
const NOT_AN_OBJECT: Head = Head {
    odata_type: None,
    empty: false,
    single_object: false,
};

fn body_head(text: &str) -> Result<Head, serde_json::Error> {
    Ok(match crate::runtime::object_head(text)? {
        Some(h) => Head {
            empty: h.members == 0,
            single_object: !h.value_member,
            odata_type: h.odata_type,
        },
        None => NOT_AN_OBJECT,
    })
}

/// The lines of an "HTTP request" block: `METHOD /path` each.
fn request_lines(
    (file, page): (FileId, &str),
    code: &CodeBlock,
    w: &mut Walk,
    d: &mut Vec<Diagnostic>,
) {
    for (i, line) in code.content.split_inclusive('\n').enumerate() {
        let at = code.line_starts.get(i).map_or(0, |&o| o as usize);
        let t = line.trim();
        // a line the reader rebuilt (a rendered page) may not stand in the page as read
        let span = Span::new(file, at, (at + t.len()).min(page.len().max(at)));
        if t.is_empty() {
            continue;
        }
        // "or" between alternatives, and headers written under the request line
        if t.eq_ignore_ascii_case("or") || http::is_header_line(t) {
            continue;
        }
        let parsed = http::request_line(t).and_then(|(method, target)| {
            let (read, relative) = absolute(&target);
            let path = http::api_path(&read).1.to_string();
            let relative = relative.map(|fix| (target, read, fix));
            PathTemplate::parse(&path).map(|p| (method, p, relative))
        });
        match parsed {
            Some((method, path, relative)) => {
                if let Some((target, read, (written, replacement))) = relative {
                    // the path starts after the method
                    let method_end = t.find(char::is_whitespace).unwrap_or(0);
                    let start =
                        at + method_end + t[method_end..].find(written.as_str()).unwrap_or(0);
                    let mut diag = Diagnostic::new(
                        Code::RelativeRequestPath,
                        span,
                        format!(
                            "request path `{target}` does not start with `/`; read as `{read}`"
                        ),
                    )
                    .with_help(format!("write `{read}`"));
                    // fixed only where the path stands in the page as read
                    if page.get(start..start + written.len()) == Some(written.as_str()) {
                        let fix = Span::new(file, start, start + written.len());
                        diag = diag.with_fix(fix, replacement);
                    }
                    d.push(diag);
                }
                w.request_lines.push((method, path, span))
            }
            None => d.push(Diagnostic::new(
                Code::UnparseableRequestLine,
                span,
                format!("`{t}` is not a request line `METHOD /path`"),
            )),
        }
    }
}

/// A request target made absolute: `policies/x` and `~/policies/x` are `/policies/x`. With a
/// change, the part written and what it is read as.
fn absolute(target: &str) -> (String, Option<(String, String)>) {
    if let Some(rest) = target.strip_prefix("~/") {
        return (format!("/{rest}"), Some(("~/".into(), "/".into())));
    }
    let relative = target.starts_with(|c: char| c.is_ascii_alphabetic()) && !target.contains("://");
    match target.split('/').next() {
        Some(first) if relative && target.contains('/') => (
            format!("/{target}"),
            Some((first.to_string(), format!("/{first}"))),
        ),
        _ => (target.to_string(), None),
    }
}

/// `Content-Length` against the body's length as HTTP sends it (line ends as CRLF).
fn content_length(
    file: FileId,
    code: &CodeBlock,
    m: &http::HttpMessage<'_>,
    d: &mut Vec<Diagnostic>,
) {
    let Some((_, value)) = m
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
    else {
        return;
    };
    let Ok(stated) = value.trim().parse::<usize>() else {
        return;
    };
    let body = m.body.map_or("", |(_, b)| b);
    let actual = body.len() + body.matches('\n').count();
    if stated == actual {
        return;
    }
    // the value's place in the page: its offset in the content, on its content line
    let at = value.as_ptr() as usize - code.content.as_ptr() as usize;
    let line_start = code.content[..at].rfind('\n').map_or(0, |i| i + 1);
    let offset = code.file_offset(at) + (at - line_start);
    let span = Span::new(file, offset, offset + value.len());
    d.push(
        Diagnostic::new(
            Code::ContentLength,
            span,
            format!(
                "Content-Length is {stated}, but the body is {actual} bytes with CRLF line ends"
            ),
        )
        .with_help(format!("set it to {actual}"))
        .with_fix(span, actual.to_string()),
    );
}

/// The page's API version, from the folder it is in (`…/v1.0/…`, `…/beta/…`).
pub(super) fn page_version(name: &str) -> Option<&'static str> {
    ["v1.0", "beta"]
        .into_iter()
        .find(|v| name.split('/').any(|part| part == *v))
}

/// Which of the page's endpoints each example exercises: a request by method and path, a
/// response by the request before it (or the one with the same annotation name). Requests
/// that match no request line, lack a required header, name another API version or have no
/// response are reported.
pub(super) fn link_examples(
    examples: &mut [ExampleFact],
    endpoints: &[EndpointFact],
    version: Option<&str>,
    d: &mut Vec<Diagnostic>,
) {
    let mut last_request: Option<(usize, Call)> = None; // (example index, call)
    let mut answered: Vec<bool> = vec![false; examples.len()];
    let mut named: Vec<(String, usize, Call)> = Vec::new();
    // the call of the response just before (`None` when the example before is no response)
    let mut last_response: Option<Call> = None;
    for (i, ex) in examples.iter_mut().enumerate() {
        let names = ex
            .annotation
            .as_ref()
            .map_or(Vec::new(), |a| a.names.clone());
        match ex.kind {
            ExampleKind::Request => {
                let found = ex.request.as_ref().and_then(|(method, path)| {
                    endpoints
                        .iter()
                        .position(|e| &e.method == method && e.path.matches(path))
                });
                request_checks(ex, found.map(|f| &endpoints[f]), endpoints, version, d);
                // a request whose URL matches no request line (reported above) still sends
                // the body of the page's only request line with that method, else of the
                // first with that method and the same last segment (`…/root/children` for
                // `…/items/{id}/children`), else the body the page states
                let found = found.or_else(|| {
                    let (method, path) = ex.request.as_ref()?;
                    let same: Vec<usize> = (0..endpoints.len())
                        .filter(|&i| &endpoints[i].method == method)
                        .collect();
                    let last = last_segment(path);
                    match same[..] {
                        [only] => Some(only),
                        _ => same
                            .into_iter()
                            .find(|&i| last_segment(&endpoints[i].path.to_string()) == last),
                    }
                });
                let call = Call {
                    endpoint: found,
                    unmatched: found.is_none() && ex.request.is_some(),
                };
                (ex.endpoint, ex.unmatched_call) = (call.endpoint, call.unmatched);
                named.extend(names.iter().map(|n| (n.clone(), i, call)));
                last_request = Some((i, call));
            }
            ExampleKind::Response => {
                // a response names the requests it answers: each of them is answered, and
                // the response is the call of the one just before it, else of the first
                let by_name: Vec<(usize, Call)> = named
                    .iter()
                    .filter(|(m, _, _)| names.contains(m))
                    .map(|&(_, r, c)| (r, c))
                    .collect();
                for &(r, _) in &by_name {
                    answered[r] = true;
                }
                let just_before = by_name
                    .iter()
                    .find(|(r, _)| last_request.is_some_and(|(l, _)| l == *r));
                let (request, call) = match (just_before.or(by_name.first()), last_request) {
                    (Some(&(r, c)), _) => (Some(r), c),
                    (None, Some((r, c))) => (Some(r), c),
                    // a response with no request before it answers what the response
                    // before it answered (another case of the same call), else the page's
                    // only request line
                    (None, None) => (
                        None,
                        last_response.unwrap_or(Call {
                            endpoint: (endpoints.len() == 1).then_some(0),
                            unmatched: false,
                        }),
                    ),
                };
                if let Some(r) = request {
                    answered[r] = true;
                }
                (ex.endpoint, ex.unmatched_call) = (call.endpoint, call.unmatched);
                last_request = None;
                last_response = Some(call);
                continue;
            }
            ExampleKind::Resource => {}
        }
        last_response = None;
    }
    for (ex, answered) in examples.iter().zip(answered) {
        let annotated = ex
            .annotation
            .as_ref()
            .is_some_and(|a| a.block_type == BlockType::Request);
        if annotated && !answered {
            d.push(Diagnostic::new(
                Code::RequestWithoutResponse,
                ex.head,
                "request example has no response example after it",
            ));
        }
    }
}

/// The request line an example exercises, if any; `unmatched` for a Graph call whose URL
/// matches none of the page's request lines (its bodies take the types the page states).
#[derive(Clone, Copy)]
struct Call {
    endpoint: Option<usize>,
    unmatched: bool,
}

/// The last segment of a path, query dropped (`/me/drive/root/children?x=1` → `children`).
fn last_segment(path: &str) -> &str {
    let path = path.split('?').next().unwrap_or(path);
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path)
}

fn request_checks(
    ex: &ExampleFact,
    endpoint: Option<&EndpointFact>,
    endpoints: &[EndpointFact],
    version: Option<&str>,
    d: &mut Vec<Diagnostic>,
) {
    let Some((method, path)) = &ex.request else {
        return;
    };
    let at = ex.head;
    if endpoint.is_none() && !endpoints.is_empty() {
        let lines: Vec<String> = endpoints
            .iter()
            .map(|e| format!("{} {}", e.method, e.path))
            .collect();
        let mut diag = Diagnostic::new(
            Code::RequestMatchesNoEndpoint,
            at,
            format!("example request `{method} {path}` matches none of the page's request lines"),
        )
        .with_help(format!("the page documents: {}", lines.join("; ")));
        if let Some(e) = endpoints.first() {
            diag = diag.with_related(e.span, "request lines here");
        }
        d.push(diag);
    }
    if let (Some(page), Some(used)) = (version, ex.version.as_deref()) {
        if page != used {
            d.push(Diagnostic::new(
                Code::VersionMismatch,
                at,
                format!("example request uses /{used} but the page documents {page}"),
            ));
        }
    }
    if let Some(e) = endpoint {
        let has_body = ex.body.is_some();
        for h in &e.required_headers {
            let lower = h.to_ascii_lowercase();
            // the client adds these itself
            if lower == "authorization"
                || lower == "content-length"
                || (lower == "content-type" && !has_body)
            {
                continue;
            }
            if !ex.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(h)) {
                d.push(Diagnostic::new(
                    Code::MissingRequiredHeader,
                    at,
                    format!("example request lacks the `{h}` header the page marks as required"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// The request lines and diagnostics of a page whose HTTP request section is `block`.
    fn request_section(block: &str) -> (Vec<String>, Vec<(Code, String)>) {
        let text = format!("# Get x\n\n## HTTP request\n\n```http\n{block}\n```\n");
        let file = SourceFile::new("api/x.md", text);
        let mut parsed = crate::parse::parse(FileId(0), &file);
        let (facts, d) = crate::extract::extract(&mut parsed.page, &file);
        let lines = facts
            .endpoints
            .iter()
            .map(|e| format!("{} {}", e.method, e.path))
            .collect();
        let codes = d
            .into_iter()
            .filter(|d| !matches!(d.code, Code::MissingSection | Code::MissingFrontMatter))
            .map(|d| (d.code, d.message))
            .collect();
        (lines, codes)
    }

    #[test]
    fn alternatives_and_headers_in_the_request_section_are_no_request_lines() {
        let (lines, d) = request_section(
            "GET /me/events\nor\nGET /users/{id}/events\nPrefer: odata.maxpagesize=2",
        );
        assert_eq!(lines, ["GET /me/events", "GET /users/{id}/events"]);
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn relative_paths_are_read_from_the_root_and_reported() {
        let (lines, d) = request_section("POST policies/x\nGET ~/y/{id}");
        assert_eq!(lines, ["POST /policies/x", "GET /y/{id}"]);
        let codes: Vec<Code> = d.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, [Code::RelativeRequestPath; 2]);
        assert!(d[0].1.contains("read as `/policies/x`"), "{d:?}");
        let (_, d) = request_section("GET nothing");
        assert_eq!(d[0].0, Code::UnparseableRequestLine);
    }
}
