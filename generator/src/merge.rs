//! Stage 3, merge: the facts of every page → one [`ApiModel`], and a diagnostic for every
//! disagreement between pages.
//!
//! Ranking: a resource page outranks an API page (its request-body table). Between pages of
//! the same rank the union is taken. A TODO placeholder never wins. Nothing is dropped without
//! a diagnostic that names both places.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::diag::{Code, Diagnostic};
use crate::extract::{
    EndpointFact, EnumFact, ExampleFact, PageFacts, PermissionsFact, PropertyFact, Rank, TypeFact,
};
use crate::model::{
    ApiModel, Endpoint, EnumDef, EnumMember, Example, ExampleKind, Expectation, Permissions,
    Property, QualifiedName, Segment, Text, TypeDef, TypeKind, TypeRef,
};
use crate::source::Span;

/// Merges the facts of all pages. Example bodies are moved out of the facts into the model.
pub fn merge(pages: &mut [PageFacts]) -> (ApiModel, Vec<Diagnostic>) {
    let mut d = Vec::new();
    let mut model = ApiModel::default();

    // types: pages that spell a name with other casing describe the same type
    let mut type_facts: BTreeMap<(String, String), Vec<&TypeFact>> = BTreeMap::new();
    for f in pages.iter().flat_map(|p| &p.types) {
        type_facts.entry(folded(&f.name)).or_default().push(f);
    }
    // each type merges on its own: in parallel, collected in name order
    let merged: Vec<(TypeDef, Vec<Diagnostic>)> = type_facts
        .into_values()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|mut facts| {
            facts.sort_by_key(|f| (std::cmp::Reverse(f.rank), f.span));
            let mut d = Vec::new();
            let name = &facts[0].name;
            for f in facts.iter().filter(|f| &f.name != name) {
                d.push(spelling(&f.name, f.span, name, facts[0].span));
            }
            (merge_type(name, &facts, &mut d), d)
        })
        .collect();
    for (t, diags) in merged {
        model.types.push(t);
        d.extend(diags);
    }
    model.types.sort_by(|a, b| a.name.cmp(&b.name));

    // enums (a name that is also a structured type stays a type)
    let mut enum_facts: BTreeMap<&QualifiedName, Vec<(Rank, &EnumFact)>> = BTreeMap::new();
    for p in pages.iter() {
        let rank = p.kind.rank();
        for e in &p.enums {
            enum_facts.entry(&e.name).or_default().push((rank, e));
        }
    }
    for (name, mut facts) in enum_facts {
        if model.type_def(name).is_some() {
            continue;
        }
        facts.sort_by_key(|(rank, f)| (std::cmp::Reverse(*rank), f.span));
        model.enums.push(merge_enum(name, &facts, &mut d));
    }

    // endpoints
    let mut endpoint_facts: BTreeMap<(String, String), Vec<&EndpointFact>> = BTreeMap::new();
    for f in pages.iter().flat_map(|p| &p.endpoints) {
        endpoint_facts
            .entry((f.path.key(), f.method.clone()))
            .or_default()
            .push(f);
    }
    let mut endpoint_index: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (key, mut facts) in endpoint_facts {
        facts.sort_by_key(|f| f.span);
        endpoint_index.insert(key, model.endpoints.len());
        let merged = merge_endpoint(&facts, &model, &mut d);
        model.endpoints.push(merged);
    }

    mark_entities(&mut model);
    resolve_names(&mut model, &mut d);

    // examples: typed by their own page (a page about a derived type documents its body as
    // that type, even where several pages describe the same endpoint)
    let resolver = Resolver::new(&model);
    for p in pages.iter_mut() {
        let (endpoints, namespace) = (&p.endpoints, &p.namespace);
        for ex in p.examples.iter_mut() {
            let fact = ex.endpoint.and_then(|i| endpoints.get(i));
            let endpoint = fact.and_then(|e| {
                endpoint_index
                    .get(&(e.path.key(), e.method.clone()))
                    .copied()
            });
            let page_type = fact.and_then(|e| match ex.kind {
                ExampleKind::Request => e.request_type.as_ref().map(|(t, _)| t.clone()),
                ExampleKind::Response => e.response_type.as_ref().map(|(t, _)| t.clone()),
                ExampleKind::Resource => None,
            });
            let page_type = page_type.and_then(|mut t| resolver.fix(&mut t).is_none().then_some(t));
            let cx = ExampleContext {
                endpoint,
                page_type,
                namespace,
                model: &model,
                resolver: &resolver,
            };
            if let Some(example) = example(ex, &cx, &mut d) {
                model.examples.push(example);
            }
        }
    }
    model.examples.sort_by_key(|e| e.source);
    (model, d)
}

fn is_better(description: &Text, todo: bool) -> bool {
    !description.is_empty() && !todo
}

fn merge_type(name: &QualifiedName, facts: &[&TypeFact], d: &mut Vec<Diagnostic>) -> TypeDef {
    let best = facts[0].rank;
    let primary: Vec<&TypeFact> = facts.iter().copied().filter(|f| f.rank == best).collect();
    let mut properties: Vec<(Property, bool, Span)> = Vec::new(); // (property, todo, page span)
    for f in &primary {
        for p in &f.properties {
            add_property(&mut properties, p, f, d);
        }
    }
    if primary.len() > 1 {
        for f in &primary {
            let missing: Vec<&Property> = properties
                .iter()
                .map(|(p, _, _)| p)
                .filter(|p| !f.properties.iter().any(|q| q.name == p.name))
                .collect();
            if let Some(first) = missing.first() {
                d.push(
                    Diagnostic::new(
                        Code::PropertySetMismatch,
                        f.span,
                        format!(
                            "pages of the same rank describe `{}` differently: this one lacks {}",
                            name.name,
                            name_list(&missing)
                        ),
                    )
                    .with_related(first.source, format!("`{}` is listed here", first.name)),
                );
            }
        }
    }
    // lower-ranked pages: compared, reported, never override
    for f in facts.iter().filter(|f| f.rank < best) {
        let top = primary[0];
        for p in &f.properties {
            match properties.iter_mut().find(|(q, _, _)| q.name == p.name) {
                // the resource page lists only its own properties; inherited ones are the base's
                None if p.inherited_from.is_some() => {}
                None => d.push(
                    Diagnostic::new(
                        Code::PropertySetMismatch,
                        p.span,
                        format!(
                            "`{}` is listed here but not on the resource page of `{}`",
                            p.name, name.name
                        ),
                    )
                    .with_related(top.span, "the resource page's properties")
                    .with_help("add the property to the resource page, or remove it here"),
                ),
                Some((q, todo, _)) => reconcile(q, todo, p, "on the resource page", d),
            }
        }
        let missing: Vec<&Property> = properties
            .iter()
            .map(|(p, _, _)| p)
            .filter(|q| !f.properties.iter().any(|p| p.name == q.name))
            .collect();
        if let Some(first) = missing.first() {
            d.push(
                Diagnostic::new(
                    Code::PropertySubset,
                    f.span,
                    format!(
                        "this table lists {} of the {} properties of `{}`; missing: {}",
                        properties.len() - missing.len(),
                        properties.len(),
                        name.name,
                        name_list(&missing)
                    ),
                )
                .with_related(
                    first.source,
                    format!("`{}` is listed on the resource page", first.name),
                ),
            );
        }
    }
    let base_type = facts
        .iter()
        .find_map(|f| f.base_type.as_ref())
        .map(|(b, _)| b.clone());
    let key = facts.iter().find_map(|f| f.key.clone());
    let description = facts
        .iter()
        .map(|f| &f.description)
        .find(|t| is_better(t, t.plain().contains("TODO")))
        .cloned()
        .unwrap_or_default();
    let mut relationships: Vec<Property> = Vec::new();
    for f in facts {
        for r in &f.relationships {
            if !relationships.iter().any(|q| q.name == r.name) {
                if let Some(ty) = &r.ty {
                    relationships.push(Property {
                        name: r.name.clone(),
                        ty: ty.clone(),
                        description: r.description.clone(),
                        source: r.span,
                    });
                }
            }
        }
    }
    TypeDef {
        name: name.clone(),
        kind: if key.is_some() {
            TypeKind::Entity
        } else {
            TypeKind::Complex
        },
        base_type,
        key,
        description,
        properties: properties.into_iter().map(|(p, _, _)| p).collect(),
        relationships,
        open_type: facts.iter().any(|f| f.open_type),
        sources: facts.iter().map(|f| f.span).collect(),
    }
}

/// The case-insensitive identity of a type name.
fn folded(n: &QualifiedName) -> (String, String) {
    (
        n.namespace.to_ascii_lowercase(),
        n.name.to_ascii_lowercase(),
    )
}

fn spelling(
    name: &QualifiedName,
    at: Span,
    canonical: &QualifiedName,
    canonical_at: Span,
) -> Diagnostic {
    Diagnostic::new(
        Code::TypeNameCase,
        at,
        format!(
            "`{}` is spelled `{}` on the page that defines it",
            name.name, canonical.name
        ),
    )
    .with_related(canonical_at, "defined here")
}

/// `` `a`, `b`, `c` and 4 more `` for a message.
fn name_list(properties: &[&Property]) -> String {
    const SHOWN: usize = 8;
    let mut s: Vec<String> = properties
        .iter()
        .take(SHOWN)
        .map(|p| format!("`{}`", p.name))
        .collect();
    if properties.len() > SHOWN {
        s.push(format!("and {} more", properties.len() - SHOWN));
    }
    s.join(", ")
}

/// Adds a property from a page of the best rank: union, first type wins, conflicts reported.
fn add_property(
    properties: &mut Vec<(Property, bool, Span)>,
    p: &PropertyFact,
    f: &TypeFact,
    d: &mut Vec<Diagnostic>,
) {
    let Some(ty) = p.ty.clone() else {
        return;
    };
    match properties.iter_mut().find(|(q, _, _)| q.name == p.name) {
        None => properties.push((
            Property {
                name: p.name.clone(),
                ty,
                description: p.description.clone(),
                source: p.span,
            },
            p.todo,
            f.span,
        )),
        Some((q, todo, _)) => reconcile(q, todo, p, "elsewhere", d),
    }
}

/// A second description of a property already in the model: a different type is reported
/// (the model keeps its own), a real description replaces a TODO placeholder.
fn reconcile(
    q: &mut Property,
    todo: &mut bool,
    p: &PropertyFact,
    other: &str,
    d: &mut Vec<Diagnostic>,
) {
    if let Some(ty) = p.ty.as_ref().filter(|t| !same_type(t, &q.ty)) {
        d.push(
            Diagnostic::new(
                Code::PropertyTypeConflict,
                p.span,
                format!("`{}` has type `{ty}` here but `{}` {other}", p.name, q.ty),
            )
            .with_related(q.source, "described here"),
        );
    }
    if *todo && is_better(&p.description, p.todo) {
        q.description = p.description.clone();
        *todo = false;
    }
}

fn merge_enum(
    name: &QualifiedName,
    facts: &[(Rank, &EnumFact)],
    d: &mut Vec<Diagnostic>,
) -> EnumDef {
    let best = facts[0].0;
    let mut members: Vec<EnumMember> = Vec::new();
    for (_, f) in facts.iter().filter(|(r, _)| *r == best) {
        for m in &f.members {
            if !members.iter().any(|k| k.name == m.name) {
                members.push(EnumMember {
                    name: m.name.clone(),
                    value: m.value,
                    description: m.description.clone(),
                    source: m.span,
                });
            }
        }
    }
    let top = facts[0].1;
    for (_, f) in facts.iter().filter(|(r, _)| *r == best).skip(1) {
        report_member_differences(name, f, top, &members, d);
    }
    for (_, f) in facts.iter().filter(|(r, _)| *r < best) {
        report_member_differences(name, f, top, &members, d);
    }
    EnumDef {
        name: name.clone(),
        members,
        flags: false,
        sources: facts.iter().map(|(_, f)| f.span).collect(),
    }
}

fn report_member_differences(
    name: &QualifiedName,
    f: &EnumFact,
    top: &EnumFact,
    members: &[EnumMember],
    d: &mut Vec<Diagnostic>,
) {
    for m in &f.members {
        if let Some(k) = members
            .iter()
            .find(|k| k.name != m.name && k.name.eq_ignore_ascii_case(&m.name))
        {
            d.push(
                Diagnostic::new(
                    Code::EnumMemberConflict,
                    m.span,
                    format!("`{}` is written `{}` on the page that defines `{}` (enum members are case-sensitive)", m.name, k.name, name.name),
                )
                .with_related(k.source, "defined here")
                .with_fix(m.span, k.name.clone()),
            );
            continue;
        }
        if !members.iter().any(|k| k.name == m.name) {
            d.push(
                Diagnostic::new(
                    Code::EnumMemberConflict,
                    m.span,
                    format!("`{}` is listed as a member of `{}` here but not on the page that defines it", m.name, name.name),
                )
                .with_related(top.span, format!("members listed here: {}", names(&top.members)))
                .with_help("the generated enum carries it in its catch-all variant; add it to the defining page if it is real"),
            );
        }
    }
    for k in members {
        // prose lists leave out the evolvable-enum sentinel; that is the docs' convention
        if k.name == "unknownFutureValue" {
            continue;
        }
        if !f
            .members
            .iter()
            .any(|m| m.name.eq_ignore_ascii_case(&k.name))
        {
            d.push(
                Diagnostic::new(
                    Code::EnumMemberConflict,
                    f.span,
                    format!(
                        "`{}` is a member of `{}` but is not listed here",
                        k.name, name.name
                    ),
                )
                .with_related(k.source, "listed here"),
            );
        }
    }
}

fn names(members: &[crate::extract::MemberFact]) -> String {
    members
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn merge_endpoint(facts: &[&EndpointFact], model: &ApiModel, d: &mut Vec<Diagnostic>) -> Endpoint {
    let first = facts[0];
    let mut request_type: Option<(TypeRef, Span)> = None;
    let mut response: Option<(Option<TypeRef>, u16, Span)> = None;
    let mut required_headers: Vec<String> = Vec::new();
    let mut permissions: Option<(Permissions, Span)> = None;
    for f in facts {
        if let Some((ty, span)) = &f.request_type {
            match &mut request_type {
                None => request_type = Some((ty.clone(), *span)),
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
        for h in &f.required_headers {
            if !required_headers.iter().any(|k| k.eq_ignore_ascii_case(h)) {
                required_headers.push(h.clone());
            }
        }
        if let PermissionsFact::Listed(p, span) = &f.permissions {
            match &mut permissions {
                None => permissions = Some((p.clone(), *span)),
                Some((existing, at)) => {
                    if existing != p {
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
        title: facts
            .iter()
            .map(|f| f.title.clone())
            .find(|t| !t.is_empty())
            .unwrap_or_default(),
        description: facts
            .iter()
            .map(|f| &f.description)
            .find(|t| is_better(t, t.plain().contains("TODO")))
            .cloned()
            .unwrap_or_default(),
        method: first.method.clone(),
        path: first.path.clone(),
        request_type: request_type.map(|(t, _)| t),
        response_type,
        response_status,
        required_headers,
        permissions: permissions.map(|(p, _)| p).unwrap_or_default(),
        sources: facts.iter().map(|f| f.span).collect(),
    }
}

/// The same type, perhaps spelled with other casing (`contact`, `Contact`): names resolve
/// ignoring case later.
fn same_type(a: &TypeRef, b: &TypeRef) -> bool {
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

/// A type addressed by a `{…Id}` path segment is an entity.
fn mark_entities(model: &mut ApiModel) {
    let mut addressed: BTreeSet<QualifiedName> = BTreeSet::new();
    for e in &model.endpoints {
        let keyed = matches!(e.path.segments.last(), Some(Segment::Param(p)) if p.to_ascii_lowercase().ends_with("id"));
        if keyed {
            for ty in [&e.request_type, &e.response_type].into_iter().flatten() {
                if let TypeRef::Named(n) = ty {
                    addressed.insert(n.clone());
                }
            }
        }
    }
    for t in &mut model.types {
        if addressed.contains(&t.name) {
            t.kind = TypeKind::Entity;
        }
    }
}

/// Finds types by name: exactly, else ignoring ASCII case when that names one type only.
struct Resolver {
    known: BTreeSet<QualifiedName>,
    folded: BTreeMap<(String, String), Option<QualifiedName>>,
}

impl Resolver {
    fn new(model: &ApiModel) -> Resolver {
        let mut known = BTreeSet::new();
        let mut folded: BTreeMap<(String, String), Option<QualifiedName>> = BTreeMap::new();
        for n in model
            .types
            .iter()
            .map(|t| &t.name)
            .chain(model.enums.iter().map(|e| &e.name))
        {
            known.insert(n.clone());
            folded
                .entry((
                    n.namespace.to_ascii_lowercase(),
                    n.name.to_ascii_lowercase(),
                ))
                .and_modify(|v| *v = None)
                .or_insert_with(|| Some(n.clone()));
        }
        Resolver { known, folded }
    }

    fn name(&self, n: &QualifiedName) -> Option<QualifiedName> {
        if self.known.contains(n) {
            return Some(n.clone());
        }
        let key = (
            n.namespace.to_ascii_lowercase(),
            n.name.to_ascii_lowercase(),
        );
        if let Some(found) = self.folded.get(&key).cloned().flatten() {
            return Some(found);
        }
        // a page in a sub-namespace (`microsoft.graph.ediscovery`) naming a type of the main one
        let main = crate::extract::DEFAULT_NAMESPACE;
        if n.namespace != main && n.namespace.starts_with(main) {
            return self.name(&QualifiedName::new(main, n.name.clone()));
        }
        None
    }

    /// Resolves the names in `ty` in place; returns a name that resolves to nothing.
    fn fix(&self, ty: &mut TypeRef) -> Option<QualifiedName> {
        match ty {
            TypeRef::Named(n) => match self.name(n) {
                Some(r) => {
                    *n = r;
                    None
                }
                None => Some(n.clone()),
            },
            TypeRef::Collection(inner) => self.fix(inner),
            TypeRef::Primitive(_) => None,
        }
    }
}

/// Resolves named types by name (exactly, else ignoring case); reports names that resolve
/// to nothing.
fn resolve_names(model: &mut ApiModel, d: &mut Vec<Diagnostic>) {
    let resolver = Resolver::new(model);
    let mut unresolved = Vec::new();
    for t in &mut model.types {
        for p in t.properties.iter_mut().chain(t.relationships.iter_mut()) {
            if let Some(n) = resolver.fix(&mut p.ty) {
                unresolved.push((
                    n,
                    p.source,
                    format!("property `{}` of `{}`", p.name, t.name.name),
                ));
            }
        }
        if let Some(b) = &t.base_type {
            match resolver.name(b) {
                Some(r) => t.base_type = Some(r),
                None => d.push(Diagnostic::new(
                    Code::UnresolvedBaseType,
                    t.sources[0],
                    format!("base type `{b}` of `{}` is not defined by any page; `{}` keeps the properties its own pages list", t.name.name, t.name.name),
                )),
            }
        }
    }
    for e in &mut model.endpoints {
        let what = format!("{} {}", e.method, e.path);
        for ty in [&mut e.request_type, &mut e.response_type]
            .into_iter()
            .flatten()
        {
            if let Some(n) = resolver.fix(ty) {
                unresolved.push((n, e.sources[0], format!("the body of {what}")));
            }
        }
    }
    for (n, span, what) in unresolved {
        d.push(Diagnostic::new(
            Code::UnresolvedType,
            span,
            format!("type `{n}` of {what} is not defined by any page; it is carried as raw JSON"),
        ));
    }
}

/// An example with the type of its body: the annotation's `@odata.type`, else the body's own
/// `@odata.type`, else the endpoint's request or response type.
/// What typing an example needs besides the example.
struct ExampleContext<'a> {
    /// Index of the merged endpoint.
    endpoint: Option<usize>,
    /// The body type the example's own page states for it.
    page_type: Option<TypeRef>,
    namespace: &'a str,
    model: &'a ApiModel,
    resolver: &'a Resolver,
}

fn example(
    ex: &mut ExampleFact,
    cx: &ExampleContext<'_>,
    d: &mut Vec<Diagnostic>,
) -> Option<Example> {
    let (model, namespace, endpoint) = (cx.model, cx.namespace, cx.endpoint);
    let body = ex.body.take()?;
    let annotation = ex.annotation.as_ref();
    let known = |n: &QualifiedName| model.type_def(n).is_some() || model.enum_def(n).is_some();
    // `microsoft.graph.user`, `Collection(microsoft.graph.user)`, `string` …
    let mut annotated_type = annotation
        .and_then(|a| a.odata_type.as_deref())
        .and_then(|t| TypeRef::from_doc(t, namespace).map(|ty| (t, ty)));
    if let Some((text, ty)) = &mut annotated_type {
        if cx.resolver.fix(ty).is_some() {
            d.push(Diagnostic::new(
                Code::AnnotationTypeUnknown,
                ex.annotation_span.unwrap_or(ex.head),
                format!("the annotation's `@odata.type` `{text}` names no type the docs describe"),
            ));
        }
    }
    let is_collection = annotation.is_some_and(|a| a.is_collection)
        || matches!(annotated_type, Some((_, TypeRef::Collection(_))));
    let annotated = annotated_type
        .as_ref()
        .and_then(|(_, t)| t.named())
        .cloned()
        .filter(known);
    let own = body
        .odata_type
        .as_deref()
        .map(|t| QualifiedName::parse(t, namespace))
        .filter(known);
    if let (Some(a), Some(b)) = (&annotated, &own) {
        if !is_collection && ex.kind == ExampleKind::Response && !model.is_subtype(b, a) {
            d.push(Diagnostic::new(
                Code::AnnotationTypeMismatch,
                ex.annotation_span.unwrap_or(ex.head),
                format!("the annotation says the response is `{a}`, but its body says `@odata.type` `{b}`"),
            ));
        }
    }
    let from_annotation = annotated.map(|n| {
        let ty = TypeRef::Named(n);
        if is_collection {
            TypeRef::Collection(Box::new(ty))
        } else {
            ty
        }
    });
    let from_body = own.map(TypeRef::Named);
    let from_endpoint = cx.page_type.clone().or_else(|| {
        endpoint.and_then(|i| {
            let e = &model.endpoints[i];
            match ex.kind {
                ExampleKind::Request => e.request_type.clone(),
                ExampleKind::Response => e.response_type.clone(),
                ExampleKind::Resource => None,
            }
        })
    });
    let ty = from_annotation.or(from_body).or(from_endpoint);
    if ty.is_none() && ex.kind != ExampleKind::Resource {
        d.push(Diagnostic::new(
            Code::NoExampleType,
            ex.span,
            format!("the type of this {} body cannot be told (no annotation `@odata.type`, no `@odata.type` in the body, no endpoint body type); it is not round-tripped", kind_name(ex.kind)),
        ));
    }
    Some(Example {
        source: ex.span,
        kind: ex.kind,
        ty,
        endpoint,
        body: body.text,
        body_offset: body.offset,
        valid: body.valid,
        truncated: annotation.is_some_and(|a| a.truncated),
        expectation: Expectation::NotChecked,
    })
}

fn kind_name(kind: ExampleKind) -> &'static str {
    match kind {
        ExampleKind::Request => "request",
        ExampleKind::Response => "response",
        ExampleKind::Resource => "resource",
    }
}
