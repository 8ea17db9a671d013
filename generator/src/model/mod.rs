//! The one typed model of the API that merge produces and lint, emit and schema read.
//!
//! Plain data: every fact keeps the span it came from. Collections are sorted by name so that
//! the model (and everything printed from it) is the same whatever the input order.

pub mod area;
mod typeref;

use std::fmt;

use crate::parse::Piece;
use crate::source::Span;

pub use typeref::{Primitive, TypeRef};

/// `microsoft.graph.remoteAssistanceSettings` as namespace + name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QualifiedName {
    pub namespace: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(namespace: impl Into<String>, name: impl Into<String>) -> QualifiedName {
        QualifiedName {
            namespace: namespace.into(),
            name: name.into(),
        }
    }

    /// Reads `microsoft.graph.x`, `#microsoft.graph.x` or a bare `x` (in `default_namespace`).
    pub fn parse(text: &str, default_namespace: &str) -> QualifiedName {
        let text = text.trim().trim_start_matches('#');
        match text.rsplit_once('.') {
            Some((ns, name)) if !ns.is_empty() && !name.is_empty() => QualifiedName::new(ns, name),
            _ => QualifiedName::new(default_namespace, text),
        }
    }
}

impl fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.namespace, self.name)
    }
}

/// Documentation text as inline pieces (code spans kept, so rustdoc can show them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Piece>);

impl Text {
    /// Whether some piece contains `needle` (without building the plain text).
    pub fn contains(&self, needle: &str) -> bool {
        self.0.iter().any(|p| p.text().contains(needle))
    }

    pub fn plain(&self) -> String {
        crate::parse::plain(&self.0)
    }

    pub fn is_empty(&self) -> bool {
        crate::parse::is_blank(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TypeKind {
    /// Has a key (`id`, `keyProperty`) or is addressed by a `{…Id}` path segment.
    Entity,
    Complex,
    /// The parameters of an action: a request-body table on an API page whose body is no
    /// documented type, named after the action and the word before it in the path
    /// (`POST /users/{id}/checkMemberGroups` → `usersCheckMemberGroupsRequestBody`).
    Parameters,
}

#[derive(Clone, Debug)]
pub struct Property {
    pub name: String,
    pub ty: TypeRef,
    pub description: Text,
    pub source: Span,
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: QualifiedName,
    pub kind: TypeKind,
    pub base_type: Option<QualifiedName>,
    pub key: Option<String>,
    pub description: Text,
    pub properties: Vec<Property>,
    /// Navigation properties (from Relationship tables).
    pub relationships: Vec<Property>,
    pub open_type: bool,
    /// Every place that describes the type; the first is the best-ranked one.
    pub sources: Vec<Span>,
}

/// The member Graph's evolvable enums carry after their known members: the service sends it
/// in place of a member added later, to clients that do not ask for those. Pages often leave
/// it out.
pub const EVOLVABLE_SENTINEL: &str = "unknownFutureValue";

#[derive(Clone, Debug)]
pub struct EnumMember {
    pub name: String,
    pub value: Option<i64>,
    pub description: Text,
    pub source: Span,
}

#[derive(Clone, Debug)]
pub struct EnumDef {
    pub name: QualifiedName,
    pub members: Vec<EnumMember>,
    pub flags: bool,
    pub sources: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    Literal(String),
    Param(String),
}

/// A request path such as `/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathTemplate {
    pub segments: Vec<Segment>,
}

impl PathTemplate {
    /// Parses a path; `None` when it is not a path (`{` unbalanced, empty).
    pub fn parse(path: &str) -> Option<PathTemplate> {
        let path = path.split(['?', '#']).next().unwrap_or("");
        if !path.starts_with('/') {
            return None;
        }
        let mut segments = Vec::new();
        let mut rest = path;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('{') {
                let close = after.find('}')?;
                let name = after[..close].trim();
                if name.is_empty() || name.contains('{') {
                    return None;
                }
                segments.push(Segment::Param(name.to_string()));
                rest = &after[close + 1..];
            } else {
                let next = rest.find('{').unwrap_or(rest.len());
                if rest[..next].contains('}') {
                    return None;
                }
                segments.push(Segment::Literal(rest[..next].to_string()));
                rest = &rest[next..];
            }
        }
        Some(PathTemplate { segments })
    }

    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Param(p) => Some(p.as_str()),
            Segment::Literal(_) => None,
        })
    }

    /// For each parameter, in order, whether it is a function argument written as a string
    /// literal (`search(q='{search-text}')`): its value goes between the quotes, a quote in it
    /// doubled.
    /// (An iterator: path matching asks it for every template it tries.)
    pub fn quoted_params(&self) -> impl Iterator<Item = bool> + '_ {
        let literal = |i: usize| match self.segments.get(i) {
            Some(Segment::Literal(l)) => Some(l.as_str()),
            _ => None,
        };
        let mut open_calls = 0usize;
        self.segments
            .iter()
            .enumerate()
            .filter_map(move |(i, segment)| match segment {
                Segment::Literal(l) => {
                    for c in l.chars() {
                        match c {
                            '(' => open_calls += 1,
                            ')' => open_calls = open_calls.saturating_sub(1),
                            _ => {}
                        }
                    }
                    None
                }
                Segment::Param(_) => {
                    let before = i
                        .checked_sub(1)
                        .and_then(literal)
                        .is_some_and(|l| l.ends_with('\''));
                    let after = literal(i + 1).is_some_and(|l| l.starts_with('\''));
                    Some(open_calls > 0 && before && after)
                }
            })
    }

    /// The identity of an endpoint path: literals case-folded, parameter names erased.
    pub fn key(&self) -> String {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Literal(l) => l.to_ascii_lowercase(),
                Segment::Param(_) => "{}".to_string(),
            })
            .collect()
    }

    /// Whether a concrete path (from an example URL) is an instance of this template. A
    /// trailing `/` on either side does not count, and OData key segments `messages('k')`
    /// match `messages/{id}`.
    pub fn matches(&self, path: &str) -> bool {
        self.matches_exactly(path)
            || (path.contains("('") && self.matches_exactly(&key_segments(path)))
            || without_call_parameters(path).is_some_and(|p| {
                self.matches_exactly(p)
                    || self
                        .without_call_values()
                        .is_some_and(|t| t.matches_exactly(p))
            })
    }

    /// This template without the arguments of the function it ends with, where they are
    /// placeholders written into the line (`…/getGroupArchivedPrintJobs(groupId=groupId-value,
    /// …)`, no `{…}` parameters): any arguments stand for them.
    fn without_call_values(&self) -> Option<PathTemplate> {
        let Some(Segment::Literal(last)) = self.segments.last() else {
            return None;
        };
        let call = without_call_parameters(last).filter(|f| !f.contains(['(', ')']))?;
        // each argument `name=name-value`, the placeholder the docs' generator writes
        let arguments = last[call.len()..]
            .trim_start_matches('(')
            .trim_end_matches(')');
        let placeholders = arguments.split(',').all(|a| {
            a.split_once('=')
                .is_some_and(|(_, v)| v.trim_matches('\'').ends_with("-value"))
        });
        if !placeholders {
            return None;
        }
        let mut segments = self.segments.clone();
        segments.pop();
        segments.push(Segment::Literal(call.to_string()));
        Some(PathTemplate { segments })
    }

    fn matches_exactly(&self, path: &str) -> bool {
        let mut rest = path.strip_suffix('/').unwrap_or(path);
        let mut segments = self.segments.clone();
        if let Some(Segment::Literal(last)) = segments.last_mut() {
            if last.len() > 1 {
                if let Some(trimmed) = last.strip_suffix('/') {
                    *last = trimmed.to_string();
                }
            }
        }
        let mut quoted = self.quoted_params();
        for (i, seg) in segments.iter().enumerate() {
            match seg {
                Segment::Literal(l) => match match_literal(l, rest) {
                    Some(used) => rest = &rest[used..],
                    None => return false,
                },
                // a string argument ends at a quote that is not doubled, and may be empty
                Segment::Param(_) if quoted.next().unwrap_or(false) => {
                    match string_literal_end(rest) {
                        Some(end) => rest = &rest[end..],
                        None => return false,
                    }
                }
                Segment::Param(_) => {
                    let stop = match segments.get(i + 1) {
                        Some(Segment::Literal(l)) => l.chars().next(),
                        _ => None,
                    };
                    let end = match stop {
                        Some(c) => rest.find(c).unwrap_or(rest.len()),
                        None => rest.find('/').unwrap_or(rest.len()),
                    };
                    if end == 0 {
                        return false;
                    }
                    rest = &rest[end..];
                }
            }
        }
        rest.is_empty()
    }
}

/// A function call's path without its parameters, which request lines often leave out
/// (`…/compare(templateId='x')` → `…/compare`).
fn without_call_parameters(path: &str) -> Option<&str> {
    let last = path.rfind('/')?;
    let open = last + path[last..].find('(')?;
    path.ends_with(')').then(|| &path[..open])
}

/// `messages('AAMk=')/attachments('x')` → `messages/AAMk=/attachments/x`: a key in
/// parentheses (a function call's parameters are named, `range(address='A1')`, so they never
/// start with a quote).
fn key_segments(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find("('") {
        let after = &rest[open + 2..];
        match after.find("')") {
            Some(close) => {
                out.push_str(&rest[..open]);
                out.push('/');
                out.push_str(&after[..close]);
                rest = &after[close + 2..];
            }
            _ => {
                out.push_str(&rest[..open + 2]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where a string literal's content (the text after its opening quote) ends: at the first
/// quote that is not doubled. `None` when no quote closes it within the segment.
fn string_literal_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        match (bytes[end], bytes.get(end + 1)) {
            (b'\'', Some(b'\'')) => end += 2,
            (b'\'', _) => return Some(end),
            (b'/', _) => return None,
            _ => end += 1,
        }
    }
    None
}

/// Matches a literal part of a template at the start of `text`, ignoring ASCII case; a
/// `<placeholder>` inside it (as in `range(address='<address>')`) matches any non-empty run.
/// Returns how many bytes of `text` matched.
fn match_literal(literal: &str, text: &str) -> Option<usize> {
    let mut used = 0;
    let mut rest = literal;
    while !rest.is_empty() {
        // a quoted function parameter (`period='{period_value}'`, `'D7'`) matches any quoted value
        if let Some(q) = rest.strip_prefix('\'') {
            let t = &text[used..];
            let tq = t.strip_prefix('\'')?;
            let Some(close) = q.find('\'') else {
                // the quote opens or closes a parameter's literal: itself
                used += 1;
                rest = q;
                continue;
            };
            let end = string_literal_end(tq)?;
            if end == 0 {
                return None;
            }
            used += end + 2;
            rest = &q[close + 1..];
            continue;
        }
        if let Some(quote) = rest.find('\'') {
            // up to the quote literally, then the quoted part as above
            let (before, after) = rest.split_at(quote);
            let used_before = match_literal(before, &text[used..])?;
            used += used_before;
            rest = after;
            continue;
        }
        if let (Some(open), Some(close)) = (rest.find('<'), rest.find('>')) {
            if open < close {
                let before = &rest[..open];
                let t = &text[used..];
                if t.len() < before.len()
                    || !t.is_char_boundary(before.len())
                    || !t[..before.len()].eq_ignore_ascii_case(before)
                {
                    return None;
                }
                used += before.len();
                let after = &rest[close + 1..];
                let stop = after.chars().next();
                let t = &text[used..];
                let end = match stop {
                    Some(c) => t.find(c)?,
                    None => t.find('/').unwrap_or(t.len()),
                };
                if end == 0 {
                    return None;
                }
                used += end;
                rest = after;
                continue;
            }
        }
        let t = &text[used..];
        if t.len() < rest.len()
            || !t.is_char_boundary(rest.len())
            || !t[..rest.len()].eq_ignore_ascii_case(rest)
        {
            return None;
        }
        used += rest.len();
        rest = "";
    }
    Some(used)
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.segments {
            match s {
                Segment::Literal(l) => f.write_str(l)?,
                Segment::Param(p) => write!(f, "{{{p}}}")?,
            }
        }
        Ok(())
    }
}

/// Permissions by kind, least privileged first. An empty list means "not supported".
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Permissions {
    pub delegated_work: Vec<String>,
    pub delegated_personal: Vec<String>,
    pub application: Vec<String>,
}

impl Permissions {
    pub fn is_empty(&self) -> bool {
        self.delegated_work.is_empty()
            && self.delegated_personal.is_empty()
            && self.application.is_empty()
    }
}

#[derive(Clone, Debug)]
pub struct Endpoint {
    /// The page title, such as `Update remoteAssistancePartner`.
    pub title: String,
    pub description: Text,
    pub method: String,
    pub path: PathTemplate,
    pub request_type: Option<TypeRef>,
    pub response_type: Option<TypeRef>,
    pub response_status: u16,
    /// Other success statuses the examples answer with, each with its body type (`None`: no
    /// body), in status order; the first example of each status decides.
    pub other_responses: Vec<(u16, Option<TypeRef>)>,
    pub required_headers: Vec<String>,
    /// Every request header the pages document (required or not).
    pub headers: Vec<String>,
    /// The OData query options the pages document, in [`crate::extract::query::OPTIONS`] order.
    pub query_options: Vec<String>,
    pub permissions: Permissions,
    pub sources: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExampleKind {
    Request,
    Response,
    Resource,
}

/// What the compiled round trip of an example is expected to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// Deserialize, serialize, and get the documented JSON back.
    RoundTrip,
    /// The round trip fails; the diagnostic with this code explains why.
    Fails(crate::diag::Code),
    /// Not round-tripped (schema sketch, no body type, no body).
    NotChecked,
}

#[derive(Clone, Debug)]
pub struct Example {
    pub source: Span,
    pub kind: ExampleKind,
    /// A response's status.
    pub status: Option<u16>,
    /// The type of the body (a collection for `isCollection` responses).
    pub ty: Option<TypeRef>,
    /// Index into [`ApiModel::endpoints`].
    pub endpoint: Option<usize>,
    /// The body as it parsed (after any recovery), or the raw body when it did not parse.
    pub body: String,
    /// File offset of the body (approximate inside bodies rebuilt from a rendered page).
    pub body_offset: usize,
    /// Where offsets in `body` stand in the body as written, when `body` was repaired.
    pub body_written: crate::parse::json::OffsetMap,
    /// Whether `body` is JSON (the value is parsed again where it is checked, so that the
    /// model does not hold every body as a tree).
    pub valid: bool,
    pub truncated: bool,
    pub expectation: Expectation,
    /// The body wraps the object in `{"value": …}` (as the Intune pages show single objects);
    /// it is checked, and round-tripped, as [`crate::runtime::PrimitiveResult`] of its type.
    pub wrapped: bool,
    /// A response with a status of 400 or more: its body is Graph's error object, checked and
    /// round-tripped as [`crate::runtime::ErrorResponse`] (`ty` is then `None`).
    pub error_body: bool,
}

/// The body of a `$ref` request (`POST …/members/$ref`): `{"@odata.id": "…"}`. No page
/// describes it; the merge adds it when an endpoint needs it.
pub fn reference_body() -> QualifiedName {
    QualifiedName::new("microsoft.graph", "referenceRequestBody")
}

/// The model of one API version.
#[derive(Clone, Debug)]
pub struct Api {
    /// `v1.0`, `beta`, … (`None` for pages that name no version).
    pub version: Option<String>,
    pub model: ApiModel,
}

#[derive(Clone, Debug, Default)]
pub struct ApiModel {
    pub types: Vec<TypeDef>,
    pub enums: Vec<EnumDef>,
    pub endpoints: Vec<Endpoint>,
    pub examples: Vec<Example>,
    /// The area of each page (see [`area`]).
    pub page_areas: std::collections::BTreeMap<crate::source::FileId, String>,
    /// Types and enums left out of the generated code (a generator option): where they are
    /// used the code holds their JSON as it came, and the check accepts anything there.
    pub skipped: std::collections::BTreeSet<QualifiedName>,
}

/// What the request and response bodies of a model do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BodyCounts {
    /// Request and response bodies (resource sketches are not data).
    pub bodies: usize,
    pub round_trips: usize,
    /// Diagnosed, and their compiled round trip asserted to fail.
    pub diagnosed: usize,
}

impl BodyCounts {
    /// Bodies no type is known for.
    pub fn not_checked(self) -> usize {
        self.bodies - self.round_trips - self.diagnosed
    }
}

impl std::ops::Add for BodyCounts {
    type Output = BodyCounts;

    fn add(self, o: BodyCounts) -> BodyCounts {
        BodyCounts {
            bodies: self.bodies + o.bodies,
            round_trips: self.round_trips + o.round_trips,
            diagnosed: self.diagnosed + o.diagnosed,
        }
    }
}

impl ApiModel {
    pub fn body_counts(&self) -> BodyCounts {
        let mut c = BodyCounts::default();
        for e in self
            .examples
            .iter()
            .filter(|e| e.kind != ExampleKind::Resource)
        {
            c.bodies += 1;
            match e.expectation {
                Expectation::RoundTrip => c.round_trips += 1,
                Expectation::Fails(_) => c.diagnosed += 1,
                Expectation::NotChecked => {}
            }
        }
        c
    }

    pub fn type_def(&self, name: &QualifiedName) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|t| t.name.cmp(name))
            .ok()
            .map(|i| &self.types[i])
    }

    /// The properties of a type with those of its base types first (a property redeclared
    /// by the derived type replaces the inherited one). Cycles in the base chain are cut.
    pub fn all_properties<'a>(&'a self, ty: &'a TypeDef) -> Vec<&'a Property> {
        self.inherited(ty, |t| &t.properties)
    }

    /// The relationships (navigation properties) of a type with those of its base types
    /// first, as [`ApiModel::all_properties`]; a name that is also a property is the
    /// property's.
    pub fn all_relationships<'a>(&'a self, ty: &'a TypeDef) -> Vec<&'a Property> {
        let properties = self.all_properties(ty);
        let mut out = self.inherited(ty, |t| &t.relationships);
        out.retain(|r| !properties.iter().any(|p| p.name == r.name));
        out
    }

    fn inherited<'a>(
        &'a self,
        ty: &'a TypeDef,
        list: impl Fn(&'a TypeDef) -> &'a [Property],
    ) -> Vec<&'a Property> {
        let mut chain = vec![ty];
        let mut current = ty;
        while let Some(base) = current.base_type.as_ref().and_then(|b| self.type_def(b)) {
            if chain.iter().any(|t| t.name == base.name) {
                break;
            }
            chain.push(base);
            current = base;
        }
        // a type of its own: its list (names are unique in a merged type)
        if let [only] = chain[..] {
            return list(only).iter().collect();
        }
        let mut out: Vec<&Property> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for t in chain.iter().rev() {
            for p in list(t) {
                match index.get(p.name.as_str()) {
                    Some(&i) => out[i] = p,
                    None => {
                        index.insert(&p.name, out.len());
                        out.push(p);
                    }
                }
            }
        }
        out
    }

    /// Whether `derived` is `base` or derives from it (through any number of base types).
    pub fn is_subtype(&self, derived: &QualifiedName, base: &QualifiedName) -> bool {
        let mut current = Some(derived);
        for _ in 0..64 {
            match current {
                Some(n) if n == base => return true,
                Some(n) => current = self.type_def(n).and_then(|t| t.base_type.as_ref()),
                None => return false,
            }
        }
        false
    }

    pub fn enum_def(&self, name: &QualifiedName) -> Option<&EnumDef> {
        self.enums
            .binary_search_by(|e| e.name.cmp(name))
            .ok()
            .map(|i| &self.enums[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_parse_and_match() {
        let t = PathTemplate::parse(
            "/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}",
        )
        .unwrap();
        assert_eq!(
            t.params().collect::<Vec<_>>(),
            ["remoteAssistancePartnerId"]
        );
        assert!(t.matches("/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}"));
        assert!(t.matches("/devicemanagement/remoteAssistancePartners/abc"));
        assert!(!t.matches("/deviceManagement/remoteAssistancePartners"));
        assert!(!t.matches("/deviceManagement/remoteAssistancePartners/a/b"));
        assert_eq!(t.key(), "/devicemanagement/remoteassistancepartners/{}");
        assert!(PathTemplate::parse("/a/{b").is_none());
        let s = PathTemplate::parse("/drive/search(q='{text}')").unwrap();
        assert!(s.matches("/drive/search(q='it''s')"));
        assert!(s.matches("/drive/search(q='')"));
        assert!(s.matches("/drive/search(q='''')"));
        assert!(!s.matches("/drive/search(q='it's')"));
        let quoted = |p: &str| {
            PathTemplate::parse(p)
                .unwrap()
                .quoted_params()
                .collect::<Vec<_>>()
        };
        assert_eq!(
            quoted("/drives/{id}/root/search(q='{text}')"),
            [false, true]
        );
        assert_eq!(
            quoted("/sheets/{id}/cell(row={row},column={c})"),
            [false, false, false]
        );
        // quotes around a parameter outside a call are part of the path
        assert_eq!(quoted("/items/'{id}'/x"), [false]);
        assert_eq!(
            quoted("/zones(Standard=microsoft.graph.timeZoneStandard'{format}')"),
            [true]
        );
        let f = PathTemplate::parse(
            "/me/drive/items/{id}/workbook/worksheets/{name}/range(address='<address>')",
        )
        .unwrap();
        assert!(f.matches("/me/drive/items/01CY/workbook/worksheets/Sheet1/range(address='A1:B2')"));
        assert!(!f.matches("/me/drive/items/01CY/workbook/worksheets/Sheet1/range(address='')"));
        let alt = PathTemplate::parse("/users/{id | userPrincipalName}/photo").unwrap();
        assert!(alt.matches("/users/jdoe@contoso.com/photo"));
        let function =
            PathTemplate::parse("/reports/getRelyingPartyDetailedSummary(period='parameterValue')")
                .unwrap();
        assert!(function.matches("/reports/getRelyingPartyDetailedSummary(period='D7')"));
        assert!(!function.matches("/reports/getRelyingPartyDetailedSummary(span='D7')"));
        // a request line that leaves a function's parameters out
        let bare = PathTemplate::parse("/deviceManagement/templates/{id}/compare").unwrap();
        assert!(bare.matches("/deviceManagement/templates/t1/compare(templateId='t2')"));
        assert!(!bare.matches("/deviceManagement/templates/t1/compare2(templateId='t2')"));
        let range = PathTemplate::parse("/range(address='<address>')").unwrap();
        assert!(range.matches("/range(address='A1:B2')"));
        let keyed = PathTemplate::parse("/me/messages/{id}/attachments/{id}").unwrap();
        assert!(keyed.matches("/me/messages('AAMk=')/attachments('x')/"));
        let drive = PathTemplate::parse("/me/drive/root:/{item-path}:/content").unwrap();
        assert!(drive.matches("/me/drive/root:/folder/file.txt:/content"));
        // a function's arguments written as placeholders stand for any arguments
        let call = PathTemplate::parse("/me/notebooks/getRecent(personal=personal-value)").unwrap();
        assert!(call.matches("/me/notebooks/getRecent(personal=true)"));
        assert!(!call.matches("/me/notebooks/getOld(personal=true)"));
        assert!(PathTemplate::parse("a/b").is_none());
    }

    #[test]
    fn qualified_names() {
        assert_eq!(
            QualifiedName::parse("#microsoft.graph.user", "x").to_string(),
            "microsoft.graph.user"
        );
        assert_eq!(
            QualifiedName::parse("user", "microsoft.graph").to_string(),
            "microsoft.graph.user"
        );
    }
}
