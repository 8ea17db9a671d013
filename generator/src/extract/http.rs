//! HTTP messages in code blocks: request or status line, headers, body.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartLine {
    Request { method: String, target: String },
    Status { code: u16 },
}

#[derive(Clone, Debug)]
pub struct HttpMessage<'a> {
    pub start: StartLine,
    pub headers: Vec<(&'a str, &'a str)>,
    /// Byte offset of the body in the content, and the body (trimmed; `None` when empty).
    pub body: Option<(usize, &'a str)>,
    /// The blank lines between the start line and the headers (byte range in the content),
    /// when the message has them: HTTP would read such headers as the body.
    pub blank_before_headers: Option<std::ops::Range<usize>>,
}

pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// Reads `METHOD target [HTTP/x]`.
pub fn request_line(line: &str) -> Option<(String, String)> {
    let (method, target) = method_and_target(line)?;
    // the path itself has no spaces, except inside `{id | userPrincipalName}` and a query
    let path = target.split('?').next().unwrap_or(target);
    let mut depth = 0i32;
    for c in path.chars() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => return None,
            _ => {}
        }
    }
    Some((method, target.to_string()))
}

/// A request line of an example whose URL has spaces in it (`GET https://…/healthOverviews/
/// Microsoft 365 suite`, `…?$filter=a eq 'b'` without the `?`): the method, then an absolute
/// URL or a path. Not for the "HTTP request" section, where such a line is reported.
fn spaced_request_line(line: &str) -> Option<(String, String)> {
    let (method, target) = method_and_target(line)?;
    let url = target.starts_with("https://") || target.starts_with("http://");
    (url || target.starts_with('/')).then(|| (method, target.to_string()))
}

/// A known method (uppercased) and the non-empty rest of the line, without a trailing
/// `HTTP/x` version.
fn method_and_target(line: &str) -> Option<(String, &str)> {
    let (method, rest) = line.trim().split_once(char::is_whitespace)?;
    let method = method.to_ascii_uppercase();
    if !METHODS.contains(&method.as_str()) {
        return None;
    }
    let mut target = rest.trim();
    if let Some((before, version)) = target.rsplit_once(char::is_whitespace) {
        if version.starts_with("HTTP/") {
            target = before.trim_end();
        }
    }
    (!target.is_empty()).then_some((method, target))
}

/// Reads `HTTP/1.1 200 OK` (also `HTTP 201 Created`, the version left out).
pub fn status_line(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    let version = parts.next()?;
    if !version.starts_with("HTTP/") && version != "HTTP" {
        return None;
    }
    let code = parts.next()?;
    if code.len() != 3 {
        return None;
    }
    code.parse().ok()
}

/// Parses a request or response message. `None` when the first line is neither.
pub fn parse(content: &str) -> Option<HttpMessage<'_>> {
    let mut offset = 0;
    let mut lines = content.split_inclusive('\n');
    let first = loop {
        let line = lines.next()?;
        offset += line.len();
        if !line.trim().is_empty() {
            break line.trim();
        }
    };
    let start = if let Some((method, target)) =
        request_line(first).or_else(|| spaced_request_line(first))
    {
        StartLine::Request { method, target }
    } else {
        StartLine::Status {
            code: status_line(first)?,
        }
    };
    // blank lines and then header lines: the headers, set apart by mistake
    let mut blank_before_headers = None;
    let after_start = &content[offset..];
    let blank = after_start.len() - after_start.trim_start().len();
    if blank > 0
        && after_start[blank..]
            .lines()
            .next()
            .is_some_and(is_header_line)
    {
        // up to the start of the header line
        let blank = after_start[..blank].rfind('\n').map_or(blank, |i| i + 1);
        blank_before_headers = Some(offset..offset + blank);
        offset += blank;
        lines = content[offset..].split_inclusive('\n');
    }
    let mut headers = Vec::new();
    for line in lines.by_ref() {
        let t = line.trim();
        if t.is_empty() {
            offset += line.len();
            break;
        }
        match header(t) {
            Some(h) => {
                headers.push(h);
                offset += line.len();
            }
            None => break,
        }
    }
    // a second message written in the same block (the response after its request, another
    // request) ends the body at its start line
    let mut rest = &content[offset..];
    // only the line after each blank line can start a message (found without walking every
    // line of a long body)
    for blank in memchr::memmem::find_iter(rest.as_bytes(), b"\n\n") {
        let next = rest[blank + 2..].trim_start();
        let line = next.lines().next().unwrap_or("").trim();
        if request_line(line).is_some() || status_line(line).is_some() {
            rest = &rest[..blank + 1];
            break;
        }
    }
    let trimmed = rest.trim();
    let body =
        (!trimmed.is_empty()).then(|| (offset + (rest.len() - rest.trim_start().len()), trimmed));
    Some(HttpMessage {
        start,
        headers,
        body,
        blank_before_headers,
    })
}

/// `Name: value` as a header line (trimmed), the name a single word.
fn header(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    (!name.contains(' ') && !name.starts_with(['{', '"'])).then(|| (name.trim(), value.trim()))
}

/// Whether a line is a header for sure: a name of letters, digits and dashes, a colon, a
/// value (so that no JSON or text body is taken for headers).
pub fn is_header_line(line: &str) -> bool {
    let Some((name, value)) = line.trim().split_once(':') else {
        return false;
    };
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && !value.trim().is_empty()
        && !value.starts_with("//")
}

/// Whether a request target is a Graph URL (a path, or an absolute URL on a Graph host).
pub fn is_graph_target(target: &str) -> bool {
    match target.split_once("://") {
        None => true,
        Some((_, rest)) => {
            let host = rest
                .split(['/', '?'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            host.contains("graph") || host.starts_with('{') || host.starts_with('<')
        }
    }
}

/// The API path of a request target: scheme, host and version segment removed
/// (`https://graph.microsoft.com/beta/me?$select=id` → `/me`), query kept apart.
pub fn api_path(target: &str) -> (Option<&str>, &str) {
    // the part before `?` or `#` (byte searches: these run on every request line and example)
    let before = |s: &str| memchr::memchr2(b'?', b'#', s.as_bytes()).unwrap_or(s.len());
    let mut rest = target;
    // a scheme before the query only: `…/$ref?$id=https://graph.microsoft.com/…` keeps its path
    let before_query = &target[..before(target)];
    if let Some(at) = memchr::memmem::find(before_query.as_bytes(), b"://") {
        let after = &target[at + 3..];
        rest = match memchr::memchr3(b'/', b'?', b'#', after.as_bytes()) {
            Some(i) if after.as_bytes()[i] == b'/' => &after[i..],
            _ => "/",
        };
    }
    let mut version = None;
    for v in ["/v1.0", "/beta"] {
        if rest.len() >= v.len()
            && rest.as_bytes()[..v.len()].eq_ignore_ascii_case(v.as_bytes())
            && matches!(rest.as_bytes().get(v.len()), None | Some(b'/') | Some(b'?'))
        {
            version = Some(&v[1..]);
            rest = &rest[v.len()..];
        }
    }
    let path = &rest[..before(rest)];
    (version, if path.is_empty() { "/" } else { path })
}

/// The query string of a request target (after `?`, before `#`; empty when none): what
/// [`api_path`] leaves out.
pub fn query(target: &str) -> &str {
    let target = target.split('#').next().unwrap_or("");
    target.split_once('?').map_or("", |(_, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_in_the_query_is_not_the_target() {
        let target = "https://graph.microsoft.com/v1.0/groups/{id}/acceptedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}";
        assert_eq!(
            api_path(target),
            (Some("v1.0"), "/groups/{id}/acceptedSenders/$ref")
        );
        assert_eq!(
            api_path("/v1.0/me?$filter=x eq 'https://a/b'"),
            (Some("v1.0"), "/me")
        );
        assert_eq!(api_path("https://graph.microsoft.com?x=1"), (None, "/"));
    }

    #[test]
    fn version_prefix_ending_inside_a_character() {
        // found by the `markdown` fuzz target: `/v1.é` cut at byte 5
        assert_eq!(api_path("/v1.é/x"), (None, "/v1.é/x"));
        assert_eq!(api_path("/BETA/me"), (Some("beta"), "/me"));
    }

    #[test]
    fn request_with_headers_and_body() {
        let c = "PATCH https://graph.microsoft.com/beta/deviceManagement/x\nContent-type: application/json\n\n{\n  \"a\": 1\n}\n";
        let m = parse(c).unwrap();
        assert_eq!(
            m.start,
            StartLine::Request {
                method: "PATCH".into(),
                target: "https://graph.microsoft.com/beta/deviceManagement/x".into()
            }
        );
        assert_eq!(m.headers, [("Content-type", "application/json")]);
        let (at, body) = m.body.unwrap();
        assert_eq!(&c[at..at + 1], "{");
        assert_eq!(body, "{\n  \"a\": 1\n}");
    }

    #[test]
    fn request_lines_with_spaces_in_templates_and_queries() {
        assert_eq!(
            request_line("GET /users/{id | userPrincipalName}/events HTTP/1.1"),
            Some((
                "GET".into(),
                "/users/{id | userPrincipalName}/events".into()
            ))
        );
        assert!(request_line("GET /me/events?$filter=a eq 'b'").is_some());
        assert!(
            request_line("POST /range/resizedRange(deltaRows={n}, deltaColumns={n})").is_some()
        );
        assert!(request_line("GET the thing").is_none());
        assert!(request_line("FETCH /x").is_none());
    }

    #[test]
    fn headers_set_apart_by_a_blank_line_are_headers() {
        let c = "POST https://graph.microsoft.com/v1.0/me/x\n\nContent-type: application/json\nContent-length: 9\n\n{\"a\": 1}\n";
        let m = parse(c).unwrap();
        assert_eq!(
            m.headers,
            [
                ("Content-type", "application/json"),
                ("Content-length", "9")
            ]
        );
        assert_eq!(m.body.unwrap().1, "{\"a\": 1}");
        assert_eq!(&c[m.blank_before_headers.unwrap()], "\n");
        // a body after a blank line stays a body, a URL is no header
        for body in ["{\"a\": 1}", "https://example.com/x", "key : value"] {
            let text = format!("HTTP/1.1 200 OK\n\n{body}\n");
            let m = parse(&text).unwrap();
            assert!(
                m.headers.is_empty() && m.blank_before_headers.is_none(),
                "{body}"
            );
            assert_eq!(m.body.unwrap().1, body);
        }
    }

    #[test]
    fn example_urls_with_spaces_are_requests() {
        let m = parse(
            "GET https://graph.microsoft.com/beta/admin/healthOverviews/Microsoft 365 suite\n",
        )
        .unwrap();
        assert_eq!(
            m.start,
            StartLine::Request {
                method: "GET".into(),
                target:
                    "https://graph.microsoft.com/beta/admin/healthOverviews/Microsoft 365 suite"
                        .into()
            }
        );
        assert!(m.body.is_none());
        // but not prose that starts with a method's name
        assert!(parse("Get the widget and more\n").is_none());
    }

    #[test]
    fn a_second_message_in_the_block_ends_the_body() {
        let text = "PUT https://graph.microsoft.com/beta/x\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n\nHTTP/1.1 201 No Content\n";
        let (_, body) = parse(text).unwrap().body.unwrap();
        assert_eq!(body, "{\n  \"a\": 1\n}");
        let text = "PATCH /x\n\n{}\n\nPATCH /y/z\n";
        assert_eq!(parse(text).unwrap().body.unwrap().1, "{}");
    }

    #[test]
    fn status_without_body() {
        let m = parse("HTTP/1.1 204 No Content\n").unwrap();
        assert_eq!(m.start, StartLine::Status { code: 204 });
        let m = parse("HTTP 201 Created\n").unwrap();
        assert_eq!(m.start, StartLine::Status { code: 201 });
        assert!(m.body.is_none());
        assert!(parse("not http").is_none());
    }

    #[test]
    fn api_paths() {
        assert_eq!(
            api_path("https://graph.microsoft.com/beta/me?$select=id"),
            (Some("beta"), "/me")
        );
        assert_eq!(api_path("/v1.0/users/{id}"), (Some("v1.0"), "/users/{id}"));
        assert_eq!(
            api_path("/deviceManagement/x"),
            (None, "/deviceManagement/x")
        );
        assert_eq!(api_path("/betas"), (None, "/betas"));
    }
}
