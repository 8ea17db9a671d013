//! `docgen schema`: the merged model as JSON (schema_version 1).

use serde_json::{json, Value};

use crate::model::{ExampleKind, Expectation, Property};
use crate::pipeline::Analysis;
use crate::source::Span;

pub const SCHEMA_VERSION: u32 = 1;

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
    let m = &a.model;
    json!({
        "schema_version": SCHEMA_VERSION,
        "types": m.types.iter().map(|t| json!({
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
        "enums": m.enums.iter().map(|e| json!({
            "name": e.name.name,
            "namespace": e.name.namespace,
            "flags": e.flags,
            "members": e.members.iter().map(|x| json!({"name": x.name, "value": x.value, "source": loc(x.source)})).collect::<Vec<_>>(),
            "sources": e.sources.iter().map(|s| loc(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "endpoints": m.endpoints.iter().map(|e| json!({
            "title": e.title,
            "method": e.method,
            "path": e.path.to_string(),
            "parameters": e.path.params().collect::<Vec<_>>(),
            "request_type": e.request_type.as_ref().map(|t| t.to_string()),
            "response_type": e.response_type.as_ref().map(|t| t.to_string()),
            "response_status": e.response_status,
            "required_headers": e.required_headers,
            "permissions": e.permissions,
            "sources": e.sources.iter().map(|s| loc(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "examples": m.examples.iter().map(|x| json!({
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
