//! `docgen mock`: the documented examples as a server. Each documented request is answered
//! with the documented response that follows it on its page: its status, headers and body.
//!
//! [`Routes`] is the matching, sans I/O (method, target and body in, an [`Answer`] out); the
//! server that puts it on a socket is [`serve`] (cargo feature `mock`, so that build.rs users
//! never compile one).

#[cfg(feature = "mock")]
mod server;

#[cfg(feature = "mock")]
pub use server::{serve, Log};

use std::collections::HashMap;

use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::extract::{http, query, ExampleFact, PageFacts};
use crate::model::{Example, ExampleKind, PathTemplate, Segment};
use crate::pipeline::Analysis;
use crate::source::Span;

/// One documented request and the response documented after it.
#[derive(Clone, Debug)]
pub struct Documented {
    pub version: Option<String>,
    pub method: String,
    /// The path as the example writes it, version removed, percent-decoded.
    pub path: String,
    /// The same, as written (not decoded).
    pub raw_path: String,
    /// The query string the example writes (after `?`), percent-decoded; empty when none.
    pub query: String,
    /// The same, as written.
    pub raw_query: String,
    /// The request line of the page the example belongs to.
    pub template: Option<PathTemplate>,
    /// The documented request body, when it is JSON.
    pub request_body: Option<Value>,
    /// The documented request body as written (empty when none).
    pub raw_request_body: String,
    /// The documented request headers that choose between answers (`Prefer` …: not
    /// `Authorization`, `Content-Type`, `Content-Length`, `Accept`, `Host`).
    pub request_headers: Vec<(String, String)>,
    pub status: u16,
    /// The response's headers as documented (`Content-Length` left to the server).
    pub headers: Vec<(String, String)>,
    /// The response body as documented (empty when none).
    pub body: String,
    /// `file:line` of the request example.
    pub source: String,
    /// The request example and the response example.
    pub spans: (Span, Span),
}

impl Documented {
    /// Whether `other` documents the very same request (method, version, path, query, body,
    /// choosing headers): no server can tell the two apart.
    pub fn same_request(&self, other: &Documented) -> bool {
        self.version == other.version
            && self.method == other.method
            && self.path == other.path
            && self.query == other.query
            && self.request_body == other.request_body
            && self.request_headers == other.request_headers
    }
}

/// What the mock answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// `file:line` of the documented request answered; `None` for a 404 of no match.
    pub matched: Option<String>,
}

/// The documented request/response pairs of a set of pages.
#[derive(Clone, Debug, Default)]
pub struct Routes {
    pairs: Vec<Documented>,
    /// The pairs of each method (upper case), in page order.
    by_method: HashMap<String, Vec<usize>>,
    /// The pairs of each method (upper case) and decoded path, in page order.
    by_path: HashMap<(String, String), Vec<usize>>,
}

impl Routes {
    /// Every request example of `analysis` followed on its page by a response example.
    pub fn new(analysis: &Analysis) -> Routes {
        // merge moved the bodies into the model's examples
        let bodies: HashMap<Span, &Example> = analysis
            .apis
            .iter()
            .flat_map(|api| &api.model.examples)
            .map(|e| (e.source, e))
            .collect();
        let body = |e: &ExampleFact| bodies.get(&e.span).copied();
        let mut pairs = Vec::new();
        for page in &analysis.pages {
            let mut pending: Option<&ExampleFact> = None;
            for example in &page.examples {
                match example.kind {
                    ExampleKind::Request => pending = Some(example).filter(|e| e.request.is_some()),
                    ExampleKind::Response => {
                        if let Some(request) = pending.take() {
                            let bodies = (body(request), body(example));
                            pairs.push(pair(analysis, page, (request, example), bodies));
                        }
                    }
                    ExampleKind::Resource => {}
                }
            }
        }
        let mut by_method: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_path: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, p) in pairs.iter().enumerate() {
            let method = p.method.to_ascii_uppercase();
            by_path
                .entry((method.clone(), p.path.clone()))
                .or_default()
                .push(i);
            by_method.entry(method).or_default().push(i);
        }
        Routes {
            pairs,
            by_method,
            by_path,
        }
    }

    /// The documented pairs, in page order.
    pub fn documented(&self) -> &[Documented] {
        &self.pairs
    }

    /// The answer to `method target` with `headers` and `body`: the documented response of
    /// the request documented with this method and path; failing that, of a documented
    /// request whose page's request line matches the path; failing that, 404 with a Graph
    /// error object. Of several, the one documented with the query, the body and the headers
    /// (`Prefer` …) sent, else the first.
    pub fn answer<'a>(
        &'a self,
        method: &str,
        target: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Answer {
        let (version, raw_path) = http::api_path(target);
        // exact paths compare decoded; templates match the path as sent, so that an encoded
        // `/` inside a parameter stays inside it
        let path = decode(raw_path);
        let query = decode(http::query(target));
        let sent: Option<Value> = serde_json::from_slice(body).ok();
        let same_version = |p: &&Documented| {
            version.is_none() || p.version.is_none() || p.version.as_deref() == version
        };
        // the pairs at `indices` (page order) of the version asked for
        let of_version = |indices: Option<&Vec<usize>>| -> Vec<&'a Documented> {
            indices
                .into_iter()
                .flatten()
                .map(|&i| &self.pairs[i])
                .filter(same_version)
                .collect()
        };
        let key = method.to_ascii_uppercase();
        let exact = of_version(self.by_path.get(&(key.clone(), path)));
        let best = |pairs: &[&'a Documented]| -> Option<&'a Documented> {
            let score = |p: &Documented| {
                let same_body = p.request_body.is_some() && p.request_body == sent;
                (
                    p.query == query,
                    same_body,
                    header_score(&p.request_headers, headers),
                )
            };
            // the best score, the first documented of equals
            let (_, best) = pairs
                .iter()
                .enumerate()
                .max_by_key(|(i, p)| (score(p), std::cmp::Reverse(*i)))?;
            Some(*best)
        };
        let found = best(&exact).or_else(|| {
            let mut templated = of_version(self.by_method.get(&key));
            templated.retain(|p| p.template.as_ref().is_some_and(|t| matches(t, raw_path)));
            best(&templated)
        });
        match found {
            Some(p) => Answer {
                status: p.status,
                headers: p.headers.clone(),
                body: p.body.clone().into_bytes(),
                matched: Some(p.source.clone()),
            },
            None => not_found(method, target),
        }
    }
}

/// How replaying every documented request went: [`Routes::check`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replay {
    /// Answered with the response documented after it.
    pub own: usize,
    /// Answered with the response of another example of the very same request (method,
    /// path, query, body, headers): no server can tell them apart. `(request, answered by)`,
    /// each `file:line`.
    pub same_request: Vec<(String, String)>,
    /// Answered with another example's response, whose request differs.
    pub other: Vec<(String, String)>,
    /// Not answered (the documented request reaches no route: `file:line`).
    pub unanswered: Vec<String>,
}

impl Routes {
    /// Sends every documented request (its method, its version and path, its body) to the
    /// routes and sorts the answers: its own documented response, another's, or none.
    pub fn check(&self) -> Replay {
        let mut replay = Replay::default();
        let by_source: HashMap<&str, &Documented> =
            self.pairs.iter().map(|d| (d.source.as_str(), d)).collect();
        for d in &self.pairs {
            let mut target = match &d.version {
                Some(v) => format!("/{v}{}", d.path),
                None => d.path.clone(),
            };
            if !d.query.is_empty() {
                target = format!("{target}?{}", d.query);
            }
            let body = d
                .request_body
                .as_ref()
                .map(|b| b.to_string().into_bytes())
                .unwrap_or_default();
            match self
                .answer(&d.method, &target, &d.request_headers, &body)
                .matched
            {
                Some(source) if source == d.source => replay.own += 1,
                Some(source)
                    if by_source
                        .get(source.as_str())
                        .is_some_and(|o| o.same_request(d)) =>
                {
                    replay.same_request.push((d.source.clone(), source))
                }
                Some(source) => replay.other.push((d.source.clone(), source)),
                None => replay.unanswered.push(d.source.clone()),
            }
        }
        replay
    }
}

fn pair(
    analysis: &Analysis,
    page: &PageFacts,
    (request, response): (&ExampleFact, &ExampleFact),
    (request_body, response_body): (Option<&Example>, Option<&Example>),
) -> Documented {
    let (method, path) = request.request.clone().unwrap_or_default();
    let file = analysis.sources.get(page.file);
    let (line, _) = file.line_col(request.span.start as usize);
    // the request line as written: `GET https://graph.microsoft.com/v1.0/me?$select=id`
    let head = file.text().get(request.head.range()).unwrap_or("");
    let raw_query = http::request_line(head)
        .map(|(_, target)| http::query(&target).to_string())
        .unwrap_or_default();
    // the text as written (merge moved the bodies it typed into the model)
    let raw_request_body = request_body
        .map(|b| b.body.clone())
        .or_else(|| request.body.as_ref().map(|b| b.text.clone()))
        .unwrap_or_else(|| written_body(file.text().get(request.span.range()).unwrap_or("")));
    let request_body = request_body
        .filter(|b| b.valid)
        .and_then(|b| serde_json::from_str(&b.body).ok());
    let request_headers = request
        .headers
        .iter()
        .filter(|(k, _)| !query::is_managed_header(k))
        .cloned()
        .collect();
    let template = request
        .endpoint
        .and_then(|i| page.endpoints.get(i))
        .map(|e| e.path.clone());
    // the length is the server's to count; the body is served as the docs show it
    let headers = response
        .headers
        .iter()
        .filter(|(k, _)| {
            !["content-length", "transfer-encoding"]
                .iter()
                .any(|h| k.eq_ignore_ascii_case(h))
        })
        .cloned()
        .collect();
    Documented {
        version: request.version.clone().or_else(|| page.version.clone()),
        method: method.to_ascii_uppercase(),
        path: decode(&path),
        raw_path: path,
        query: decode(&raw_query),
        raw_query,
        template,
        request_body,
        raw_request_body,
        request_headers,
        status: response.status.unwrap_or(200),
        headers,
        body: response_body
            .map(|b| b.body.clone())
            .or_else(|| response.body.as_ref().map(|b| b.text.clone()))
            .unwrap_or_else(|| written_body(file.text().get(response.span.range()).unwrap_or(""))),
        source: format!("{}:{line}", file.name),
        spans: (request.span, response.span),
    }
}

/// The body of the HTTP message in a code block (fences included or not) as written: what
/// extract keeps of none that is not JSON (an upload's bytes, a CSV).
fn written_body(block: &str) -> String {
    let mut lines: Vec<&str> = block.lines().collect();
    if lines
        .first()
        .is_some_and(|l| l.trim_start().starts_with("```"))
    {
        lines.remove(0);
    }
    if lines
        .last()
        .is_some_and(|l| l.trim_start().starts_with("```"))
    {
        lines.pop();
    }
    let content = lines.join("\n");
    http::parse(&content)
        .and_then(|m| m.body.map(|(_, b)| b.trim().to_string()))
        .unwrap_or_default()
}

/// How well the headers `sent` fit `documented`: -1 when one documented is missing or
/// different, else how many were matched.
fn header_score(documented: &[(String, String)], sent: &[(String, String)]) -> i32 {
    let mut matched = 0;
    for (name, value) in documented {
        let found = sent
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .is_some_and(|(_, v)| v.trim() == value.trim());
        if !found {
            return -1;
        }
        matched += 1;
    }
    matched
}

fn decode(path: &str) -> String {
    percent_decode_str(path).decode_utf8_lossy().into_owned()
}

/// Whether `path` is an instance of `template`: see [`captures`].
fn matches(template: &PathTemplate, path: &str) -> bool {
    captures(template, path).is_some()
}

/// The value of each parameter of `template` in `path` (as written, not decoded), when
/// `path` is an instance of it: literals as written (case-insensitively, as Graph reads
/// paths), each parameter one or more characters of one path segment (the first reading
/// that fits, shortest values first).
pub fn captures<'p>(template: &PathTemplate, path: &'p str) -> Option<Vec<&'p str>> {
    fn rest<'p>(segments: &[Segment], path: &'p str, values: &mut Vec<&'p str>) -> bool {
        match segments.split_first() {
            None => path.is_empty() || path == "/",
            Some((Segment::Literal(l), tail)) => {
                path.get(..l.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(l))
                    && rest(tail, &path[l.len()..], values)
            }
            Some((Segment::Param(_), tail)) => {
                let segment_end = path.find('/').unwrap_or(path.len());
                for n in (1..=segment_end).filter(|&n| path.is_char_boundary(n)) {
                    values.push(&path[..n]);
                    if rest(tail, &path[n..], values) {
                        return true;
                    }
                    values.pop();
                }
                false
            }
        }
    }
    let mut values = Vec::new();
    rest(&template.segments, path, &mut values).then_some(values)
}

/// 404 with Graph's error object, naming what was asked.
fn not_found(method: &str, target: &str) -> Answer {
    let body = serde_json::json!({
        "error": {
            "code": "itemNotFound",
            "message": format!("docgen mock: no documented request matches {method} {target}"),
        }
    });
    Answer {
        status: 404,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.to_string().into_bytes(),
        matched: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(path: &str) -> PathTemplate {
        PathTemplate::parse(path).unwrap()
    }

    #[test]
    fn paths_match_templates_segment_by_segment() {
        let t = template("/users/{id}/messages/{message-id}");
        assert!(matches(&t, "/users/a/messages/b"));
        assert!(matches(&t, "/USERS/a/messages/b/"));
        assert!(!matches(&t, "/users/a/b/messages/c"));
        assert!(!matches(&t, "/users//messages/b"));
        let f = template("/workbook/range(address='{address}')");
        assert!(matches(&f, "/workbook/range(address='A1:B2')"));
        assert!(!matches(&f, "/workbook/range(address='A1/B2')"));
    }

    #[test]
    fn captures_are_the_parameter_values() {
        let t = template("/users/{id}/messages/{message-id}");
        assert_eq!(
            captures(&t, "/users/a%2Fb/messages/c/"),
            Some(vec!["a%2Fb", "c"])
        );
        let f = template("/workbook/worksheets/{id|name}/range(address='{address}')");
        assert_eq!(
            captures(&f, "/workbook/worksheets/Sheet1/range(address='A1:B2')"),
            Some(vec!["Sheet1", "A1:B2"])
        );
        assert_eq!(captures(&t, "/users/a/b/messages/c"), None);
    }
}
