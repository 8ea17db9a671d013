//! Stage 3, merge: the facts of every page → one [`ApiModel`], and a diagnostic for every
//! disagreement between pages.
//!
//! Ranking: a resource page outranks an API page (its request-body table). Between pages of
//! the same rank the union is taken. A TODO placeholder never wins. Nothing is dropped without
//! a diagnostic that names both places.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::diag::{Code, Diagnostic};
use crate::extract::{EndpointFact, EnumFact, PageFacts, PropertyFact, Rank, TypeFact};
use crate::model::{
    ApiModel, Endpoint, EnumDef, EnumMember, Example, ExampleKind, Property, QualifiedName, Text,
    TypeDef, TypeKind, TypeRef, EVOLVABLE_SENTINEL,
};
use crate::source::Span;

mod endpoints;
mod examples;
mod resolve;

use endpoints::{merge_endpoint, same_type};
use examples::{example, ExampleContext};
use resolve::{follow_body_links, mark_entities, resolve_names, Resolver};

/// Merges the facts of all pages. Example bodies and the descriptions of types, properties and
/// relationships are moved out of the facts into the model.
pub fn merge(pages: &mut [PageFacts]) -> (ApiModel, Vec<Diagnostic>) {
    let mut d = Vec::new();
    let mut model = ApiModel {
        page_areas: pages.iter().map(|p| (p.file, p.area.clone())).collect(),
        ..ApiModel::default()
    };

    // types: pages that spell a name with other casing describe the same type (their
    // descriptions are moved into the model, not copied: nothing reads them after the merge)
    let mut type_facts: BTreeMap<(String, String), Vec<&mut TypeFact>> = BTreeMap::new();
    for f in pages.iter_mut().flat_map(|p| &mut p.types) {
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
            let name = facts[0].name.clone();
            for f in facts.iter().filter(|f| f.name != name && !f.titled) {
                d.push(spelling(&f.name, f.span, &name, facts[0].span));
            }
            (merge_type(&name, &mut facts, &mut d), d)
        })
        .collect();
    model.types.reserve_exact(merged.len());
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

    follow_body_links(pages, &model);

    // endpoints: the request lines of every page, grouped by path and method
    let mut endpoint_facts: BTreeMap<(String, String), Vec<(usize, usize)>> = BTreeMap::new();
    for (pi, p) in pages.iter().enumerate() {
        for (ei, f) in p.endpoints.iter().enumerate() {
            endpoint_facts
                .entry((f.path.key(), f.method.clone()))
                .or_default()
                .push((pi, ei));
        }
    }
    let groups: Vec<Vec<(usize, usize)>> = endpoint_facts.into_values().collect();
    // whether any page states the endpoint's response (else its examples tell it)
    let stated: Vec<bool> = groups
        .iter()
        .map(|g| {
            g.iter()
                .any(|&(pi, ei)| pages[pi].endpoints[ei].response_status.is_some())
        })
        .collect();
    // each endpoint merges on its own: in parallel, collected in key order (what it takes of
    // its facts is moved out of them, as types' descriptions are)
    let mut facts_of: Vec<Vec<Option<&mut EndpointFact>>> = pages
        .iter_mut()
        .map(|p| p.endpoints.iter_mut().map(Some).collect())
        .collect();
    let mut fact_groups: Vec<Vec<&mut EndpointFact>> = groups
        .iter()
        .map(|group| {
            group
                .iter()
                .filter_map(|&(pi, ei)| facts_of[pi][ei].take())
                .collect()
        })
        .collect();
    drop(facts_of);
    let merged: Vec<(Endpoint, Vec<Diagnostic>)> = fact_groups
        .par_iter_mut()
        .map(|facts| {
            facts.sort_by_key(|f| f.span);
            let mut d = Vec::new();
            (merge_endpoint(facts, &model, &mut d), d)
        })
        .collect();
    drop(fact_groups);
    // the merged endpoint of each page's request lines
    let mut merged_of: Vec<Vec<usize>> = pages.iter().map(|p| vec![0; p.endpoints.len()]).collect();
    model.endpoints.reserve_exact(groups.len());
    for (group, (endpoint, diags)) in groups.iter().zip(merged) {
        for &(pi, ei) in group {
            merged_of[pi][ei] = model.endpoints.len();
        }
        model.endpoints.push(endpoint);
        d.extend(diags);
    }

    mark_entities(&mut model);
    resolve_names(&mut model, &mut d);
    apply_request_guesses(pages, &merged_of, &mut model);

    // examples: typed by their own page (a page about a derived type documents its body as
    // that type, even where several pages describe the same endpoint)
    let resolver = Resolver::new(&model);
    let typed: Vec<(Vec<Example>, Vec<Diagnostic>)> = pages
        .par_iter_mut()
        .zip(&merged_of)
        .map(|(p, merged)| {
            let mut out = Vec::new();
            let mut d = Vec::new();
            let (endpoints, namespace, body_types) = (&p.endpoints, &p.namespace, &p.body_types);
            for ex in p.examples.iter_mut() {
                let fact = ex.endpoint.and_then(|i| endpoints.get(i));
                let endpoint = ex.endpoint.and_then(|i| merged.get(i).copied());
                let page_type = match (fact, ex.kind) {
                    (Some(e), ExampleKind::Request) => e.request_type.as_ref().map(|(t, _)| t),
                    (Some(e), ExampleKind::Response) => e.response_type.as_ref().map(|(t, _)| t),
                    // a URL that matches no request line (reported): the page's own types
                    (None, ExampleKind::Request) if ex.unmatched_call => body_types.0.as_ref(),
                    (None, ExampleKind::Response) if ex.unmatched_call => body_types.1.as_ref(),
                    (None, _) => None,
                    (_, ExampleKind::Resource) => None,
                }
                .cloned();
                let page_type =
                    page_type.and_then(|mut t| resolver.fix(&mut t).is_none().then_some(t));
                let cx = ExampleContext {
                    endpoint,
                    page_type,
                    namespace,
                    model: &model,
                    resolver: &resolver,
                };
                if let Some(example) = example(ex, &cx, &mut d) {
                    out.push(example);
                }
            }
            (out, d)
        })
        .collect();
    model
        .examples
        .reserve_exact(typed.iter().map(|(e, _)| e.len()).sum());
    for (examples, diags) in typed {
        model.examples.extend(examples);
        d.extend(diags);
    }
    model.examples.sort_by_key(|e| e.source);
    other_responses(&mut model, &stated);
    (model, d)
}

/// The success statuses an endpoint's examples answer with besides the one its pages state
/// (`201` with the created object where the page says `204`, `202` with no body): each with
/// the first example's body type. Where no page states the response, the first example's
/// is the endpoint's own.
fn other_responses(model: &mut ApiModel, stated: &[bool]) {
    let mut told = stated.to_vec();
    for ex in &model.examples {
        let (Some(i), Some(status), ExampleKind::Response) = (ex.endpoint, ex.status, ex.kind)
        else {
            continue;
        };
        let e = &mut model.endpoints[i];
        if !(200..300).contains(&status)
            || (told[i] && status == e.response_status)
            || e.other_responses.iter().any(|(s, _)| *s == status)
        {
            continue;
        }
        let ty = if ex.body.trim().is_empty() || status == 204 {
            None
        } else {
            match &ex.ty {
                Some(t) => Some(t.clone()),
                // a body of no known type: nothing to read it as
                None => continue,
            }
        };
        if told[i] {
            e.other_responses.push((status, ty));
        } else {
            told[i] = true;
            e.response_status = status;
            e.response_type = ty;
        }
    }
    for e in &mut model.endpoints {
        e.other_responses.sort_by_key(|(s, _)| *s);
    }
}

/// Endpoints whose pages state no request body type take the type their page implies, when
/// it names a type (the `$ref` body is added to the model for them).
fn apply_request_guesses(pages: &[PageFacts], merged_of: &[Vec<usize>], model: &mut ApiModel) {
    let reference = crate::model::reference_body();
    let guesses: Vec<(usize, &TypeRef, Span)> = pages
        .iter()
        .zip(merged_of)
        .flat_map(|(p, merged)| p.endpoints.iter().zip(merged))
        .filter_map(|(e, &i)| Some((i, e.request_guess.as_ref()?, e.span)))
        .filter(|(i, _, _)| model.endpoints[*i].request_type.is_none())
        .collect();
    let first_reference = guesses
        .iter()
        .find(|(_, g, _)| g.named() == Some(&reference));
    if let (Some((_, _, span)), None) = (first_reference, model.type_def(&reference)) {
        let at = model.types.partition_point(|t| t.name < reference);
        model.types.insert(at, reference_type(*span));
    }
    let resolver = Resolver::new(model);
    let mut resolved = Vec::new();
    for (i, guess, _) in guesses {
        let mut ty = guess.clone();
        if resolver.fix(&mut ty).is_none() {
            resolved.push((i, ty));
        }
    }
    for (i, ty) in resolved {
        model.endpoints[i].request_type.get_or_insert(ty);
    }
}

/// `{"@odata.id": "…"}`, the body of a `$ref` request.
fn reference_type(span: Span) -> TypeDef {
    let description = Text(vec![crate::parse::Piece::Text(
        "A reference to an entity by its URL: the body of a `$ref` request.".to_string(),
    )]);
    TypeDef {
        name: crate::model::reference_body(),
        kind: TypeKind::Parameters,
        base_type: None,
        key: None,
        description,
        properties: vec![Property {
            name: "@odata.id".to_string(),
            ty: TypeRef::Primitive(crate::model::Primitive::String),
            description: Text(vec![crate::parse::Piece::Text(
                "The URL of the entity.".to_string(),
            )]),
            source: span,
        }],
        relationships: Vec::new(),
        open_type: false,
        sources: vec![span],
    }
}

fn is_better(description: &Text, todo: bool) -> bool {
    !todo && !description.is_empty()
}

/// `facts` in rank order, highest first; the descriptions the type takes are moved out of them.
fn merge_type(
    name: &QualifiedName,
    facts: &mut [&mut TypeFact],
    d: &mut Vec<Diagnostic>,
) -> TypeDef {
    let best = facts[0].rank;
    // an action's parameters are the union of what its pages list (actions of the same name
    // bound to different types)
    let parameters = facts.iter().all(|f| f.parameters);
    let (primary, lower) = facts.split_at_mut(facts.iter().take_while(|f| f.rank == best).count());
    // (property, todo, page span)
    let mut properties: Vec<(Property, bool, Span)> = Vec::new();
    // where each name is in `properties` (tables of thousands of rows stay linear)
    let mut index: HashMap<String, usize> = HashMap::new();
    for f in primary.iter_mut() {
        let span = f.span;
        for p in &mut f.properties {
            add_property(&mut properties, &mut index, p, span, d);
        }
    }
    if primary.len() > 1 && !parameters {
        for f in primary.iter() {
            let missing = missing_from(&properties, f);
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
    let top = primary[0].span;
    // a request body leaves out the key its URL carries: not missing from its table
    let own_key = primary.iter().find_map(|f| f.key.clone());
    for f in lower.iter_mut() {
        for p in &mut f.properties {
            match index.get(&p.name).map(|&i| &mut properties[i]) {
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
                    .with_related(top, "the resource page's properties")
                    .with_help("add the property to the resource page, or remove it here"),
                ),
                Some((q, todo, _)) => reconcile(q, todo, p, "on the resource page", d),
            }
        }
        let mut missing = missing_from(&properties, f);
        let listed_missing = missing.len();
        missing.retain(|p| Some(&p.name) != own_key.as_ref());
        let key_left_out = missing.len() < listed_missing;
        if let Some(first) = missing.first() {
            let total = properties.len() - usize::from(key_left_out);
            d.push(
                Diagnostic::new(
                    Code::PropertySubset,
                    f.span,
                    format!(
                        "this table lists {} of the {} properties of `{}`{}; missing: {}",
                        total - missing.len(),
                        total,
                        name.name,
                        if key_left_out { " besides its key" } else { "" },
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
        .iter_mut()
        .map(|f| &mut f.description)
        .find(|t| is_better(t, t.contains("TODO")))
        .map(std::mem::take)
        .unwrap_or_default();
    let mut relationships: Vec<Property> = Vec::new();
    for f in facts.iter_mut() {
        for r in &mut f.relationships {
            if !relationships.iter().any(|q| q.name == r.name) {
                if let Some(ty) = &r.ty {
                    relationships.push(Property {
                        name: r.name.clone(),
                        ty: ty.clone(),
                        description: std::mem::take(&mut r.description),
                        source: r.span,
                    });
                }
            }
        }
    }
    TypeDef {
        name: name.clone(),
        kind: if parameters {
            TypeKind::Parameters
        } else if key.is_some() {
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

/// The merged properties a page's table does not list.
fn missing_from<'p>(properties: &'p [(Property, bool, Span)], f: &TypeFact) -> Vec<&'p Property> {
    let listed: HashSet<&str> = f.properties.iter().map(|q| q.name.as_str()).collect();
    properties
        .iter()
        .map(|(p, _, _)| p)
        .filter(|p| !listed.contains(p.name.as_str()))
        .collect()
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
    index: &mut HashMap<String, usize>,
    p: &mut PropertyFact,
    page: Span,
    d: &mut Vec<Diagnostic>,
) {
    let Some(ty) = p.ty.clone() else {
        return;
    };
    match index.get(&p.name).map(|&i| &mut properties[i]) {
        None => {
            index.insert(p.name.clone(), properties.len());
            properties.push((
                Property {
                    name: p.name.clone(),
                    ty,
                    description: std::mem::take(&mut p.description),
                    source: p.span,
                },
                p.todo,
                page,
            ))
        }
        Some((q, todo, _)) => reconcile(q, todo, p, "elsewhere", d),
    }
}

/// A second description of a property already in the model: a different type is reported
/// (the model keeps its own), a real description replaces a TODO placeholder.
fn reconcile(
    q: &mut Property,
    todo: &mut bool,
    p: &mut PropertyFact,
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
        q.description = std::mem::take(&mut p.description);
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
        // any page calling it a flags enum is enough: the other readings are single members
        flags: facts.iter().any(|(_, f)| f.flags),
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
        if k.name == EVOLVABLE_SENTINEL {
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
