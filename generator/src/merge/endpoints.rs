//! Endpoints described by several pages: one endpoint, disagreements reported.

use crate::diag::{Code, Diagnostic};
use crate::extract::{EndpointFact, PermissionsFact};
use crate::model::{ApiModel, Endpoint, Permissions, TypeRef};
use crate::source::Span;

use super::is_better;

/// `facts` in span order; what the endpoint takes of them (its title, description, headers,
/// query options and permissions) is moved out of them.
pub(super) fn merge_endpoint(
    facts: &mut [&mut EndpointFact],
    model: &ApiModel,
    d: &mut Vec<Diagnostic>,
) -> Endpoint {
    let mut request_type: Option<(TypeRef, Span)> = None;
    let mut response: Option<(Option<TypeRef>, u16, Span)> = None;
    let mut required_headers: Vec<String> = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    let mut query_options: Vec<String> = Vec::new();
    let mut permissions: Option<(Permissions, Span)> = None;
    // a page's own permissions table outranks a row of another page's per-resource table
    let listed = facts
        .iter()
        .any(|f| matches!(f.permissions, PermissionsFact::Listed(..)));
    let title = facts
        .iter_mut()
        .find(|f| !f.title.is_empty())
        .map(|f| std::mem::take(&mut f.title))
        .unwrap_or_default();
    let description = facts
        .iter_mut()
        .find(|f| is_better(&f.description, f.description.contains("TODO")))
        .map(|f| std::mem::take(&mut f.description))
        .unwrap_or_default();
    let (method, path) = (facts[0].method.clone(), facts[0].path.clone());
    let sources = facts.iter().map(|f| f.span).collect();
    for f in facts.iter_mut() {
        if let Some((ty, span)) = &f.request_type {
            match &mut request_type {
                None => request_type = Some((ty.clone(), *span)),
                // the same action's parameters, documented on two pages with two bindings
                Some((t, _)) if same_parameters(model, t, ty) => {}
                Some((t, _)) if common_base(model, t, ty).is_some() => {
                    *t = common_base(model, t, ty).expect("just checked");
                }
                Some((t, s)) if !same_type(t, ty) => d.push(
                    Diagnostic::new(
                        Code::EndpointConflict,
                        *span,
                        format!(
                            "{} {}: request body is `{ty}` here but `{t}` elsewhere",
                            f.method, f.path
                        ),
                    )
                    .with_related(*s, "first described here"),
                ),
                Some(_) => {}
            }
        }
        if let Some(status) = f.response_status {
            let ty = f.response_type.as_ref().map(|(t, _)| t.clone());
            let span = f.response_type.as_ref().map_or(f.span, |(_, s)| *s);
            let base = match (&response, &ty) {
                (Some((Some(t), s, _)), Some(ty)) if *s == status => common_base(model, t, ty),
                _ => None,
            };
            match &mut response {
                None => response = Some((ty, status, span)),
                // pages about derived types document the same endpoint: their base is the answer
                Some((t, _, _)) if base.is_some() => *t = base,
                // a page whose response sentence names no type says nothing against one that does
                Some((t, s, _)) if *s == status && t.is_none() => *t = ty,
                Some((_, s, _)) if *s == status && ty.is_none() => {}
                Some((t, s, at))
                    if *s != status
                        || !t
                            .as_ref()
                            .zip(ty.as_ref())
                            .is_some_and(|(a, b)| same_type(a, b)) =>
                {
                    d.push(
                        Diagnostic::new(
                            Code::EndpointConflict,
                            span,
                            format!(
                                "{} {}: response is {status} `{}` here but {s} `{}` elsewhere",
                                f.method,
                                f.path,
                                ty.as_ref().map_or("no body".to_string(), |t| t.to_string()),
                                t.as_ref().map_or("no body".to_string(), |t| t.to_string())
                            ),
                        )
                        .with_related(*at, "first described here"),
                    )
                }
                Some(_) => {}
            }
        }
        for h in std::mem::take(&mut f.required_headers) {
            if !required_headers.iter().any(|k| k.eq_ignore_ascii_case(&h)) {
                required_headers.push(h);
            }
        }
        for h in std::mem::take(&mut f.headers) {
            if !headers.iter().any(|k| k.eq_ignore_ascii_case(&h)) {
                headers.push(h);
            }
        }
        for q in std::mem::take(&mut f.query_options) {
            if !query_options.contains(&q) {
                query_options.push(q);
            }
        }
        let stated = match &mut f.permissions {
            PermissionsFact::Listed(p, span) => Some((p, span)),
            PermissionsFact::Row(p, span) if !listed => Some((p, span)),
            _ => None,
        };
        if let Some((p, span)) = stated {
            match &mut permissions {
                None => permissions = Some((std::mem::take(p), *span)),
                Some((existing, at)) => {
                    // rows of per-resource tables are read from the path, not stated: their
                    // differences are not the pages disagreeing
                    if existing != p && listed {
                        d.push(
                            Diagnostic::new(
                                Code::PermissionsConflict,
                                *span,
                                format!("{} {}: permissions differ from another page describing it; the union is taken", f.method, f.path),
                            )
                            .with_related(*at, "first described here"),
                        );
                    }
                    for (into, from) in [
                        (&mut existing.delegated_work, &p.delegated_work),
                        (&mut existing.delegated_personal, &p.delegated_personal),
                        (&mut existing.application, &p.application),
                    ] {
                        for x in from {
                            if !into.contains(x) {
                                into.push(x.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    let (response_type, response_status) = match response {
        Some((t, s, _)) => (t, s),
        None => (None, 200),
    };
    Endpoint {
        title,
        description,
        method,
        path,
        request_type: request_type.map(|(t, _)| t),
        response_type,
        response_status,
        other_responses: Vec::new(),
        required_headers,
        headers,
        query_options: {
            let order = |q: &String| crate::extract::query::OPTIONS.iter().position(|o| o == q);
            query_options.sort_by_key(order);
            query_options
        },
        permissions: permissions.map(|(p, _)| p).unwrap_or_default(),
        sources,
    }
}

/// The same type, perhaps spelled with other casing (`contact`, `Contact`): names resolve
/// ignoring case later.
/// Whether `a` and `b` are both action parameters with the same names.
fn same_parameters(model: &ApiModel, a: &TypeRef, b: &TypeRef) -> bool {
    let names = |t: &TypeRef| {
        let def = model.type_def(t.named()?)?;
        let mut names: Vec<&str> = def.properties.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        (def.kind == crate::model::TypeKind::Parameters).then_some(names)
    };
    matches!((names(a), names(b)), (Some(x), Some(y)) if x == y)
}

pub(super) fn same_type(a: &TypeRef, b: &TypeRef) -> bool {
    a == b || a.to_string().eq_ignore_ascii_case(&b.to_string())
}

/// The nearest type both `a` and `b` are or derive from (for collections, of their elements);
/// `None` when they are the same type or share no base.
fn common_base(model: &ApiModel, a: &TypeRef, b: &TypeRef) -> Option<TypeRef> {
    match (a, b) {
        (TypeRef::Collection(x), TypeRef::Collection(y)) => {
            common_base(model, x, y).map(|t| TypeRef::Collection(Box::new(t)))
        }
        (TypeRef::Named(x), TypeRef::Named(y)) if x != y => {
            let mut chain = Vec::new();
            let mut current = Some(x);
            while let Some(n) = current.filter(|n| !chain.contains(n) && chain.len() < 64) {
                chain.push(n);
                current = model.type_def(n).and_then(|t| t.base_type.as_ref());
            }
            let mut current = Some(y);
            let mut steps = 0;
            while let Some(n) = current.filter(|_| steps < 64) {
                if chain.contains(&n) {
                    // everything derives from `entity`: sharing only that is no family
                    let root = n.name == "entity" && n != x && n != y;
                    return (!root).then(|| TypeRef::Named(n.clone()));
                }
                current = model.type_def(n).and_then(|t| t.base_type.as_ref());
                steps += 1;
            }
            None
        }
        _ => None,
    }
}
