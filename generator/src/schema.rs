//! `docgen schema`: the merged models as JSON (schema_version 2). Every type, enum, endpoint
//! and example carries the API version it belongs to (`null` for unversioned pages).

use serde_json::{json, Value};

use crate::model::{ExampleKind, Expectation, Property};
use crate::pipeline::Analysis;
use crate::source::Span;

pub const SCHEMA_VERSION: u32 = 2;

pub fn to_json(a: &Analysis) -> Value {
    let loc = |s: Span| a.sources.location(s).to_string();
    let property = |p: &Property| {
        json!({
            "name": p.name,
            "type": p.ty.to_string(),
            "description": p.description.plain(),
            "source": loc(p.source),
        })
    };
    let apis = || a.apis.iter().map(|api| (&api.version, &api.model));
    json!({
        "schema_version": SCHEMA_VERSION,
        "types": apis().flat_map(|(v, m)| m.types.iter().map(move |t| (v, m, t))).map(|(v, m, t)| json!({
            "version": v,
            "area": m.area(t.sources[0]),
            "name": t.name.name,
            "namespace": t.name.namespace,
            "kind": t.kind,
            "base_type": t.base_type.as_ref().map(|b| b.to_string()),
            "key": t.key,
            "open_type": t.open_type,
            "description": t.description.plain(),
            "properties": t.properties.iter().map(property).collect::<Vec<_>>(),
            "relationships": t.relationships.iter().map(|r| json!({"name": r.name, "type": r.ty.to_string(), "source": loc(r.source)})).collect::<Vec<_>>(),
            "sources": t.sources.iter().map(|s| loc(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "enums": apis().flat_map(|(v, m)| m.enums.iter().map(move |e| (v, m, e))).map(|(v, m, e)| json!({
            "version": v,
            "area": m.area(e.sources[0]),
            "name": e.name.name,
            "namespace": e.name.namespace,
            "flags": e.flags,
            "members": e.members.iter().map(|x| json!({"name": x.name, "value": x.value, "source": loc(x.source)})).collect::<Vec<_>>(),
            "sources": e.sources.iter().map(|s| loc(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "endpoints": apis().flat_map(|(v, m)| m.endpoints.iter().map(move |e| (v, m, e))).map(|(v, m, e)| json!({
            "version": v,
            "area": m.area(e.sources[0]),
            "title": e.title,
            "method": e.method,
            "path": e.path.to_string(),
            "parameters": e.path.params().collect::<Vec<_>>(),
            "request_type": e.request_type.as_ref().map(|t| t.to_string()),
            "response_type": e.response_type.as_ref().map(|t| t.to_string()),
            "response_status": e.response_status,
            "required_headers": e.required_headers,
            "headers": e.headers,
            "query_options": e.query_options,
            "permissions": e.permissions,
            "sources": e.sources.iter().map(|s| loc(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "examples": apis().flat_map(|(v, m)| m.examples.iter().map(move |x| (v, m, x))).map(|(v, m, x)| json!({
            "version": v,
            "source": loc(x.source),
            "kind": x.kind,
            "type": x.ty.as_ref().map(|t| t.to_string()),
            "endpoint": x.endpoint.map(|i| format!("{} {}", m.endpoints[i].method, m.endpoints[i].path)),
            "truncated": x.truncated,
            "round_trip": match (&x.expectation, x.kind) {
                (_, ExampleKind::Resource) | (Expectation::NotChecked, _) => Value::Null,
                (Expectation::RoundTrip, _) => json!("passes"),
                (Expectation::Fails(code), _) => json!({"fails": code.as_str()}),
            },
            "body": x.body,
        })).collect::<Vec<_>>(),
        "diagnostics": a.diagnostics.iter().map(|d| d.to_json(&a.sources)).collect::<Vec<_>>(),
    })
}
