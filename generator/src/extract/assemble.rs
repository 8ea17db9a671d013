//! What the walk over a page's blocks collected ([`Walk`]) → the page's facts: its kind, its
//! types and enums, its endpoints with their bodies, examples linked to request lines.

use super::{code, prose, rows_phrase, tables, Walk};
use super::{
    EndpointFact, EnumFact, PageFacts, PageKind, PermissionsFact, PropertyFact, Rank, TypeFact,
    DEFAULT_NAMESPACE,
};
use crate::diag::{Code, Diagnostic};
use crate::model::{PathTemplate, QualifiedName, Segment, Text, TypeRef};
use crate::parse::Page;
use crate::source::{SourceFile, Span};

/// Turns what the walk collected into facts.
pub(super) fn assemble(
    page: &Page,
    source: &SourceFile,
    mut w: Walk,
    d: &mut Vec<Diagnostic>,
) -> PageFacts {
    let file = page.file;
    let namespace = w
        .namespace
        .clone()
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string());
    let (title, title_span) = w
        .title
        .clone()
        .unwrap_or_else(|| (String::new(), Span::point(file, 0)));
    let doc_type = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("doc_type"))
        .map(|e| e.value.to_ascii_lowercase());
    // "x resource type (deprecated)": the title without an aside at its end
    let bare_title = split_aside(&title).0.trim_end();
    let kind = match doc_type.as_deref() {
        _ if bare_title.ends_with(" resource type") => PageKind::Resource,
        // "x resource" over a table and a sketch of a type, whatever its doc_type says
        _ if bare_title.ends_with(" resource")
            && w.resource.is_some()
            && w.properties.is_some() =>
        {
            PageKind::Resource
        }
        Some("enumpagetype") => PageKind::Enum,
        _ if title.ends_with(" enum type") || title.ends_with(" enumeration type") => {
            PageKind::Enum
        }
        // a page filed as a resource page with neither a title, a table nor a sketch of a
        // type: an API page (its request lines say so) or an overview ("Use the Microsoft
        // Search API"), without the sections a resource page needs
        Some("resourcepagetype")
            if w.resource.is_none() && w.properties.is_none() && w.relationships.is_none() =>
        {
            if w.saw_http_request || !w.request_lines.is_empty() {
                PageKind::Api
            } else {
                PageKind::Other
            }
        }
        Some("resourcepagetype") => PageKind::Resource,
        Some("apipagetype") => PageKind::Api,
        _ if w.saw_http_request || !w.request_lines.is_empty() => PageKind::Api,
        _ if w.resource.is_some() || w.properties.is_some() => PageKind::Resource,
        _ => PageKind::Other,
    };
    let mut types = Vec::new();
    let mut enums = Vec::new();

    for (name, members, span) in w.named_enums {
        enums.push(EnumFact {
            name: QualifiedName::parse(&name, &namespace),
            span,
            members,
            flags: false,
        });
    }
    if kind == PageKind::Enum
        && (title.ends_with(" enum type") || title.ends_with(" enumeration type"))
    {
        let name = title.split_whitespace().next().unwrap_or("");
        // "Flag enum to determine …": in the page's description or its front matter's
        let summary = page
            .front_matter
            .as_ref()
            .and_then(|f| f.get("description"))
            .map(|e| e.value.as_str());
        let described = w.description.as_ref().map(Text::plain);
        let flags = summary
            .into_iter()
            .chain(described.as_deref())
            .any(prose::says_flags);
        match w.members {
            Some((members, span)) if !name.is_empty() => enums.push(EnumFact {
                name: QualifiedName::parse(name, &namespace),
                span,
                members,
                flags,
            }),
            _ => {}
        }
    }

    if kind == PageKind::Resource {
        let name = w
            .resource
            .as_ref()
            .and_then(|(a, _)| a.odata_type.clone())
            .or_else(|| {
                bare_title
                    .strip_suffix(" resource type")
                    .map(|t| t.trim().to_string())
            })
            .filter(|n| !n.is_empty() && !n.contains(' '));
        if let Some(name) = name {
            let name = QualifiedName::parse(&name, &namespace);
            let annotation = w.resource.as_ref().map(|(a, _)| a);
            let (properties, enums_p, span) = match w.properties {
                Some((rows, span)) => (rows.properties, rows.enums, span),
                None => (Vec::new(), Vec::new(), title_span),
            };
            enums.extend(enums_p);
            let relationships = match w.relationships {
                Some((rows, _)) => {
                    enums.extend(rows.enums);
                    rows.properties
                }
                None => Vec::new(),
            };
            let base_type = annotation
                .and_then(|a| a.base_type.clone())
                .map(|b| (QualifiedName::parse(&b, &namespace), span))
                .or_else(|| {
                    let (name, at) = w.inherits.as_ref()?;
                    Some((QualifiedName::parse(name, &namespace), *at))
                });
            let key = annotation.and_then(|a| a.key_property.clone()).or_else(|| {
                properties
                    .iter()
                    .any(|p| p.name == "id")
                    .then(|| "id".to_string())
            });
            types.push(TypeFact {
                name,
                rank: Rank::ResourcePage,
                span,
                description: w.description.clone().unwrap_or_default(),
                base_type: base_type.or_else(|| inherited(&properties, &namespace)),
                properties,
                relationships,
                key,
                open_type: annotation.is_some_and(|a| a.open_type)
                    || w.description
                        .as_ref()
                        .is_some_and(|d| prose::says_open_type(&d.plain())),
                parameters: false,
                titled: false,
            });
        }
    }

    // the request body's type: from the sentence, else from "Update x" / "Create x" titles
    // (the heading's, else the front matter's)
    let front_title = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("title"))
        .map_or("", |e| e.value.as_str());
    let title_type = titled_type(&title).or_else(|| titled_type(front_title));
    let body_type_name = w.request_body.clone().or_else(|| {
        w.body_properties.as_ref()?;
        Some((title_type?.to_string(), title_span))
    });
    let mut request_type = body_type_name
        .as_ref()
        .and_then(|(n, s)| Some((TypeRef::from_doc(n, &namespace)?, *s)));
    // an action's parameter table (a POST whose body is no documented type) becomes a type
    // of its own, named after the action
    let mut parameters = false;
    if let (Some((_, span)), None) = (&w.body_properties, &request_type) {
        if let Some(action) = action_name(&w.request_lines) {
            let name = QualifiedName::new(namespace.clone(), format!("{action}RequestBody"));
            request_type = Some((TypeRef::Named(name), *span));
            parameters = true;
        }
    }
    if let (Some((rows, span)), None | Some((TypeRef::Primitive(_) | TypeRef::Collection(_), _))) =
        (&w.body_properties, &request_type)
    {
        d.push(Diagnostic::new(
            Code::UnattachedTable,
            *span,
            format!(
                "this request-body table ({}) is not part of the model: the page does not say which type the body is (\"supply a JSON representation of the [x] object\")",
                rows_phrase(rows.properties.len())
            ),
        ));
    }
    if let (Some((rows, span)), Some((TypeRef::Named(name), _))) =
        (w.body_properties, &request_type)
    {
        enums.extend(rows.enums);
        types.push(TypeFact {
            name: name.clone(),
            rank: Rank::ApiPage,
            span,
            description: Text::default(),
            base_type: inherited(&rows.properties, &namespace),
            key: rows
                .properties
                .iter()
                .any(|p| p.name == "id")
                .then(|| "id".to_string()),
            properties: rows.properties,
            relationships: Vec::new(),
            open_type: false,
            parameters,
            titled: w.request_body.is_none() && !parameters,
        });
    }

    let response_type = w.response.as_ref().and_then(|(r, span)| {
        let (name, collection) = r.body.as_ref()?;
        let ty = TypeRef::from_doc(name, &namespace)?;
        Some((
            if *collection {
                TypeRef::Collection(Box::new(ty))
            } else {
                ty
            },
            *span,
        ))
    });
    // what the page says of all its request lines goes to each: copied, and moved to the last
    let lines = std::mem::take(&mut w.request_lines);
    let last = lines.len().saturating_sub(1);
    let mut description = w.description.take().unwrap_or_default();
    let mut required_headers = std::mem::take(&mut w.required_headers);
    let mut headers = std::mem::take(&mut w.headers);
    let endpoints: Vec<EndpointFact> = lines
        .into_iter()
        .enumerate()
        .map(|(i, (method, path, span))| {
            // a GET sends a body only as a function's parameters, as the docs show them
            let sends_body = matches!(method.as_str(), "POST" | "PUT" | "PATCH")
                || (parameters && method == "GET");
            let request_guess = sends_body
                .then(|| request_guess(&method, &path, title_type, &namespace, &w.response))
                .flatten();
            let permissions = w
                .permissions
                .as_ref()
                .map_or(PermissionsFact::Missing, |p| {
                    tables::permissions_for_path(p, &path)
                });
            EndpointFact {
                title: title.clone(),
                description: share(&mut description, i == last),
                span,
                // an update that returns the updated object sends (part of) that object
                request_type: request_type
                    .clone()
                    .or_else(|| {
                        let updated = matches!(&response_type, Some((TypeRef::Named(_), _)));
                        (method == "PATCH" && updated).then(|| response_type.clone())?
                    })
                    .filter(|_| sends_body),
                request_guess,
                response_status: w.response.as_ref().map(|(r, _)| r.status),
                response_type: response_type.clone(),
                required_headers: share(&mut required_headers, i == last),
                headers: share(&mut headers, i == last),
                query_options: w
                    .query
                    .options(matches!(&response_type, Some((TypeRef::Collection(_), _)))),
                permissions,
                method,
                path,
            }
        })
        .collect();

    let body_types = (request_type.map(|(t, _)| t), response_type.map(|(t, _)| t));
    let mut examples = w.examples;
    let folder_version = code::page_version(&source.name);
    code::link_examples(&mut examples, &endpoints, folder_version, d);
    let version = folder_version
        .map(str::to_string)
        .or_else(|| examples.iter().find_map(|e| e.version.clone()));
    let ms_prod = page
        .front_matter
        .as_ref()
        .and_then(|f| f.get("ms.prod").or_else(|| f.get("ms.subservice")))
        .map(|e| e.value.as_str());
    PageFacts {
        file,
        version,
        area: crate::model::area::of_page(&source.name, ms_prod),
        kind,
        title,
        namespace,
        types,
        enums,
        endpoints,
        examples,
        body_types,
        stem: page_stem(&source.name),
        linked_bodies: w.linked_bodies,
    }
}

/// A page's file name without folder and extension, in lower case.
fn page_stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.strip_suffix(".md").unwrap_or(file);
    stem.to_ascii_lowercase()
}

/// The request body type a page implies without stating it: `{"@odata.id": …}` for a
/// `$ref`; the object a create returns with `201 Created`; `x` of an "Update x" or "Create x"
/// title.
fn request_guess(
    method: &str,
    path: &PathTemplate,
    title_type: Option<&str>,
    namespace: &str,
    response: &Option<(prose::ResponseSentence, Span)>,
) -> Option<TypeRef> {
    if matches!(path.segments.last(), Some(Segment::Literal(l)) if l.ends_with("/$ref")) {
        return Some(TypeRef::Named(crate::model::reference_body()));
    }
    if let Some((r, _)) = response {
        if method == "POST" && r.status == 201 {
            if let Some((name, false)) = &r.body {
                return TypeRef::from_doc(name, namespace);
            }
        }
    }
    TypeRef::from_doc(title_type?, namespace)
}

/// A title and the aside in parentheses it ends with, if any ("Update x (deprecated)" →
/// ("Update x ", "deprecated")).
fn split_aside(title: &str) -> (&str, Option<&str>) {
    match title.trim_end().strip_suffix(')') {
        Some(t) => t
            .rsplit_once('(')
            .map_or((title, None), |(t, a)| (t, Some(a.trim()))),
        None => (title, None),
    }
}

/// `x` of an "Update x" or "Create x" title ("Update an x", "Update x (deprecated)", "Update
/// a delegated permission grant (x)").
fn titled_type(title: &str) -> Option<&str> {
    let (title, aside) = split_aside(title);
    let mut words = title
        .split_whitespace()
        .filter(|w| !matches!(*w, "a" | "an" | "the"));
    let verb = matches!(words.next(), Some("Update" | "Create"));
    // a type's name in parentheses names the type
    let named = aside.filter(|a| {
        a.chars().any(|c| c.is_ascii_uppercase()) && a.chars().all(|c| c.is_ascii_alphanumeric())
    });
    match (verb, named, words.next(), words.next()) {
        (true, Some(name), _, _) => Some(name),
        (true, None, Some(name), None) => Some(name),
        _ => None,
    }
}

/// The action the POST request lines of a page call (their last segment, namespace dropped:
/// `/users/{id}/microsoft.graph.checkMemberGroups` → `checkMemberGroups`), qualified by the
/// word before it in the first line that calls it. When lines disagree (a line copied from
/// another page), the action most of them call; none when there is no such majority.
fn action_name(lines: &[(String, PathTemplate, Span)]) -> Option<String> {
    let is_identifier = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    // (action, binding) of each line
    let mut calls: Vec<(&str, Option<&str>)> = Vec::new();
    for (method, path, _) in lines {
        // an action, or a function the page calls with a body
        if method != "POST" && method != "GET" {
            return None;
        }
        // the path's words (a literal holds the text between parameters, slashes included),
        // `None` for a parameter
        let words: Vec<Option<&str>> = path
            .segments
            .iter()
            .flat_map(|s| match s {
                Segment::Literal(l) => l.split('/').filter(|w| !w.is_empty()).map(Some).collect(),
                Segment::Param(_) => vec![None],
            })
            .collect();
        let (Some(Some(last)), rest) = (words.last(), &words[..words.len().saturating_sub(1)])
        else {
            return None;
        };
        // `microsoft.graph.assign` is the action `assign`
        let name = last.rsplit('.').next().unwrap_or(last);
        if !is_identifier(name) {
            return None;
        }
        // the action of one binding: the word before it, parameters skipped
        // (`…/configurationPolicies/{id}/assign` → `configurationPoliciesAssign`)
        let binding = rest
            .iter()
            .rev()
            .flatten()
            .map(|w| w.rsplit('.').next().unwrap_or(w))
            .next()
            .filter(|b| is_identifier(b));
        calls.push((name, binding));
    }
    let count = |name: &str| calls.iter().filter(|(n, _)| *n == name).count();
    let most = calls.iter().map(|(n, _)| count(n)).max()?;
    let mut majority = calls.iter().filter(|(n, _)| count(n) == most);
    let &(name, binding) = majority.next()?;
    if majority.any(|(n, _)| *n != name) {
        return None;
    }
    Some(match binding {
        Some(b) => format!("{b}{}{}", name[..1].to_ascii_uppercase(), &name[1..]),
        None => name.to_string(),
    })
}

/// "Inherited from \[entity\]" on any row names the base type.
fn inherited(properties: &[PropertyFact], namespace: &str) -> Option<(QualifiedName, Span)> {
    properties.iter().find_map(|p| {
        Some((
            QualifiedName::parse(p.inherited_from.as_ref()?, namespace),
            p.span,
        ))
    })
}

/// A copy of `value`, or `value` itself (left empty) when this is its `last` use.
fn share<T: Clone + Default>(value: &mut T, last: bool) -> T {
    if last {
        std::mem::take(value)
    } else {
        value.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::titled_type;

    #[test]
    fn titles_that_name_the_body_type() {
        assert_eq!(titled_type("Update widget"), Some("widget"));
        assert_eq!(
            titled_type("Update an oAuth2PermissionGrant"),
            Some("oAuth2PermissionGrant")
        );
        assert_eq!(
            titled_type("Update identityProvider (deprecated)"),
            Some("identityProvider")
        );
        assert_eq!(
            titled_type("Update a delegated permission grant (oAuth2PermissionGrant)"),
            Some("oAuth2PermissionGrant")
        );
        assert_eq!(titled_type("Update user mailbox settings"), None);
        assert_eq!(titled_type("List widgets"), None);
    }
}
