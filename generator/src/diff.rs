//! `docgen diff OLD… --to NEW…`: what changed in the API between two doc trees, each change
//! classified by what it does to the generated Rust API (its semver impact).
//!
//! Generated structs and enums are `#[non_exhaustive]`, so a new field, variant, type or
//! endpoint is additive; a removed or retyped one is breaking; text (descriptions) and
//! permissions (data, not signatures) are cosmetic.

use std::collections::BTreeMap;

use crate::model::{ApiModel, Endpoint, EnumDef, Property, Segment, TypeDef};
use crate::pipeline::Analysis;

/// The semver impact of a change on the generated crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// Code that compiled may not compile any more: a major version.
    Breaking,
    /// New items or fields: a minor version.
    Additive,
    /// Docs and data only: a patch.
    Cosmetic,
}

impl std::fmt::Display for Impact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Impact::Breaking => "breaking",
            Impact::Additive => "additive",
            Impact::Cosmetic => "cosmetic",
        })
    }
}

/// One change between the old and the new docs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Change {
    pub impact: Impact,
    /// The API version (`v1.0`, `beta`), when the pages name one.
    pub version: Option<String>,
    /// `type`, `property`, `relationship`, `enum`, `member`, `endpoint`, `permissions`, `version`.
    pub kind: &'static str,
    /// The item: `microsoft.graph.user`, `microsoft.graph.user.displayName`, `GET /users/{}` …
    pub item: String,
    pub message: String,
}

/// Every change from `old` to `new`, version by version, sorted (breaking first).
pub fn diff(old: &Analysis, new: &Analysis) -> Vec<Change> {
    let mut out = Vec::new();
    let versions = |a: &Analysis| -> BTreeMap<Option<String>, usize> {
        a.apis
            .iter()
            .enumerate()
            .map(|(i, api)| (api.version.clone(), i))
            .collect()
    };
    let (old_versions, new_versions) = (versions(old), versions(new));
    for (version, &i) in &old_versions {
        match new_versions.get(version) {
            Some(&j) => {
                let mut d = Differ {
                    version: version.clone(),
                    out: &mut out,
                };
                d.models(&old.apis[i].model, &new.apis[j].model);
            }
            None => out.push(Change {
                impact: Impact::Breaking,
                version: version.clone(),
                kind: "version",
                item: version.clone().unwrap_or_default(),
                message: "the API version is gone".to_string(),
            }),
        }
    }
    for version in new_versions
        .keys()
        .filter(|v| !old_versions.contains_key(*v))
    {
        out.push(Change {
            impact: Impact::Additive,
            version: version.clone(),
            kind: "version",
            item: version.clone().unwrap_or_default(),
            message: "a new API version".to_string(),
        });
    }
    out.sort();
    out
}

struct Differ<'o> {
    version: Option<String>,
    out: &'o mut Vec<Change>,
}

impl Differ<'_> {
    fn push(&mut self, impact: Impact, kind: &'static str, item: String, message: String) {
        self.out.push(Change {
            impact,
            version: self.version.clone(),
            kind,
            item,
            message,
        });
    }

    fn models(&mut self, old: &ApiModel, new: &ApiModel) {
        for t in &old.types {
            match new.type_def(&t.name) {
                Some(n) => self.types(old, t, new, n),
                None => self.push(
                    Impact::Breaking,
                    "type",
                    t.name.to_string(),
                    "type removed".into(),
                ),
            }
        }
        for t in new.types.iter().filter(|t| old.type_def(&t.name).is_none()) {
            self.push(
                Impact::Additive,
                "type",
                t.name.to_string(),
                "new type".into(),
            );
        }
        for e in &old.enums {
            match new.enum_def(&e.name) {
                Some(n) => self.enums(e, n),
                None => self.push(
                    Impact::Breaking,
                    "enum",
                    e.name.to_string(),
                    "enum removed".into(),
                ),
            }
        }
        for e in new.enums.iter().filter(|e| old.enum_def(&e.name).is_none()) {
            self.push(
                Impact::Additive,
                "enum",
                e.name.to_string(),
                "new enum".into(),
            );
        }
        let endpoints = |m: &ApiModel| -> BTreeMap<String, usize> {
            m.endpoints
                .iter()
                .enumerate()
                .map(|(i, e)| (endpoint_key(e), i))
                .collect()
        };
        let (old_endpoints, new_endpoints) = (endpoints(old), endpoints(new));
        for (key, &i) in &old_endpoints {
            match new_endpoints.get(key) {
                Some(&j) => self.endpoints(key, &old.endpoints[i], &new.endpoints[j]),
                None => self.push(
                    Impact::Breaking,
                    "endpoint",
                    key.clone(),
                    "endpoint removed".into(),
                ),
            }
        }
        for key in new_endpoints
            .keys()
            .filter(|k| !old_endpoints.contains_key(*k))
        {
            self.push(
                Impact::Additive,
                "endpoint",
                key.clone(),
                "new endpoint".into(),
            );
        }
    }

    /// A type's fields as its generated struct has them: inherited ones included.
    fn types(&mut self, old_model: &ApiModel, old: &TypeDef, new_model: &ApiModel, new: &TypeDef) {
        let name = old.name.to_string();
        if old.base_type != new.base_type {
            let show = |b: &Option<crate::model::QualifiedName>| {
                b.as_ref().map_or("none".to_string(), |b| format!("`{b}`"))
            };
            self.push(
                Impact::Cosmetic,
                "type",
                name.clone(),
                format!(
                    "base type {} → {} (the fields it brings are listed apart)",
                    show(&old.base_type),
                    show(&new.base_type)
                ),
            );
        }
        if old.description.plain() != new.description.plain() {
            self.push(
                Impact::Cosmetic,
                "type",
                name.clone(),
                "description changed".into(),
            );
        }
        self.fields(
            &name,
            "property",
            &old_model.all_properties(old),
            &new_model.all_properties(new),
        );
        self.fields(
            &name,
            "relationship",
            &old_model.all_relationships(old),
            &new_model.all_relationships(new),
        );
    }

    fn fields(&mut self, owner: &str, kind: &'static str, old: &[&Property], new: &[&Property]) {
        fn find<'p>(list: &[&'p Property], name: &str) -> Option<&'p Property> {
            list.iter().find(|p| p.name == name).copied()
        }
        for p in old {
            let item = format!("{owner}.{}", p.name);
            match find(new, &p.name) {
                None => self.push(Impact::Breaking, kind, item, format!("{kind} removed")),
                Some(n) if n.ty != p.ty => self.push(
                    Impact::Breaking,
                    kind,
                    item,
                    format!("type `{}` → `{}`", p.ty, n.ty),
                ),
                Some(n) if n.description.plain() != p.description.plain() => {
                    self.push(Impact::Cosmetic, kind, item, "description changed".into())
                }
                Some(_) => {}
            }
        }
        for n in new.iter().filter(|n| find(old, &n.name).is_none()) {
            self.push(
                Impact::Additive,
                kind,
                format!("{owner}.{}", n.name),
                format!("new {kind} of type `{}`", n.ty),
            );
        }
    }

    fn enums(&mut self, old: &EnumDef, new: &EnumDef) {
        let name = old.name.to_string();
        for m in &old.members {
            if !new.members.iter().any(|n| n.name == m.name) {
                self.push(
                    Impact::Breaking,
                    "member",
                    format!("{name}.{}", m.name),
                    "member removed (its variant goes; the value still reads as `Undocumented`)"
                        .into(),
                );
            }
        }
        for n in &new.members {
            if !old.members.iter().any(|m| m.name == n.name) {
                self.push(
                    Impact::Additive,
                    "member",
                    format!("{name}.{}", n.name),
                    "new member".into(),
                );
            }
        }
        if old.flags != new.flags {
            self.push(
                Impact::Breaking,
                "enum",
                name,
                format!(
                    "{} a flags enum (properties of it change type)",
                    if new.flags { "now" } else { "no longer" }
                ),
            );
        }
    }

    fn endpoints(&mut self, key: &str, old: &Endpoint, new: &Endpoint) {
        let show = |t: &Option<crate::model::TypeRef>| {
            t.as_ref().map_or("none".to_string(), |t| format!("`{t}`"))
        };
        if old.request_type != new.request_type {
            self.push(
                Impact::Breaking,
                "endpoint",
                key.to_string(),
                format!(
                    "request body {} → {}",
                    show(&old.request_type),
                    show(&new.request_type)
                ),
            );
        }
        if old.response_type != new.response_type {
            self.push(
                Impact::Breaking,
                "endpoint",
                key.to_string(),
                format!(
                    "response body {} → {}",
                    show(&old.response_type),
                    show(&new.response_type)
                ),
            );
        }
        let params = |e: &Endpoint| -> Vec<String> {
            e.path
                .segments
                .iter()
                .filter_map(|s| match s {
                    Segment::Param(p) => Some(p.clone()),
                    Segment::Literal(_) => None,
                })
                .collect()
        };
        if params(old) != params(new) {
            self.push(
                Impact::Breaking,
                "endpoint",
                key.to_string(),
                format!(
                    "path parameters {} → {} (the request struct's fields)",
                    params(old).join(", "),
                    params(new).join(", ")
                ),
            );
        }
        let kinds = [
            (
                "delegated (work or school)",
                &old.permissions.delegated_work,
                &new.permissions.delegated_work,
            ),
            (
                "delegated (personal)",
                &old.permissions.delegated_personal,
                &new.permissions.delegated_personal,
            ),
            (
                "application",
                &old.permissions.application,
                &new.permissions.application,
            ),
        ];
        for (kind, o, n) in kinds {
            if o != n {
                self.push(
                    Impact::Cosmetic,
                    "permissions",
                    key.to_string(),
                    format!("{kind}: [{}] → [{}]", o.join(", "), n.join(", ")),
                );
            }
        }
    }
}

/// An endpoint's identity: its method and path, parameter names aside (`{}`).
fn endpoint_key(e: &Endpoint) -> String {
    let path: String = e
        .path
        .segments
        .iter()
        .map(|s| match s {
            Segment::Literal(l) => l.as_str(),
            Segment::Param(_) => "{}",
        })
        .collect();
    format!("{} {path}", e.method)
}

/// The changes counted by impact: (breaking, additive, cosmetic).
pub fn counts(changes: &[Change]) -> (usize, usize, usize) {
    let n = |i: Impact| changes.iter().filter(|c| c.impact == i).count();
    (
        n(Impact::Breaking),
        n(Impact::Additive),
        n(Impact::Cosmetic),
    )
}
