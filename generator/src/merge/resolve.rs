//! Names to types: by name (exactly, else ignoring case), and which types are entities.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diag::{Code, Diagnostic};
use crate::extract::{PageFacts, PageKind};
use crate::model::{ApiModel, QualifiedName, Segment, TypeKind, TypeRef};

/// A type addressed by a `{…Id}` path segment is an entity.
pub(super) fn mark_entities(model: &mut ApiModel) {
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
        if addressed.contains(&t.name) && t.kind != TypeKind::Parameters {
            t.kind = TypeKind::Entity;
        }
    }
}

/// Finds types by name: exactly, else ignoring ASCII case when that names one type only.
/// Only looked up, never walked: hashed sets keep the output independent of their order.
pub(super) struct Resolver {
    known: HashSet<QualifiedName>,
    folded: HashMap<(String, String), Option<QualifiedName>>,
}

impl Resolver {
    pub(super) fn new(model: &ApiModel) -> Resolver {
        let count = model.types.len() + model.enums.len();
        let mut known = HashSet::with_capacity(count);
        let mut folded: HashMap<(String, String), Option<QualifiedName>> =
            HashMap::with_capacity(count);
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

    pub(super) fn name(&self, n: &QualifiedName) -> Option<QualifiedName> {
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
        // `journals`, the name of a collection, for `journal` (reported by `resolve_names`)
        let one = n.name.strip_suffix('s')?;
        let key = (n.namespace.to_ascii_lowercase(), one.to_ascii_lowercase());
        self.folded.get(&key).cloned().flatten()
    }

    /// Resolves the names in `ty` in place; returns a name that resolves to nothing.
    pub(super) fn fix(&self, ty: &mut TypeRef) -> Option<QualifiedName> {
        match ty {
            // the name as written: nothing to change (and nothing to copy)
            TypeRef::Named(n) if self.known.contains(n) => None,
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
pub(super) fn resolve_names(model: &mut ApiModel, d: &mut Vec<Diagnostic>) {
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
        // said only where something is wrong
        let what = || format!("{} {}", e.method, e.path);
        for ty in [&mut e.request_type, &mut e.response_type]
            .into_iter()
            .flatten()
        {
            // "a collection of journals" is plain English; "a journals object" is not
            let written = ty.named().cloned().filter(|_| !ty.is_collection());
            if let Some(n) = resolver.fix(ty) {
                unresolved.push((n, e.sources[0], format!("the body of {}", what())));
            }
            if let (Some(w), Some(read)) = (written, ty.named()) {
                if !w.name.eq_ignore_ascii_case(&read.name) {
                    d.push(
                        Diagnostic::new(
                            Code::PluralTypeName,
                            e.sources[0],
                            format!(
                                "the body of {} is said to be `{}`, which no page defines; read as `{}`",
                                what(),
                                w.name,
                                read.name
                            ),
                        )
                        .with_help(format!("name the type `{}`", read.name)),
                    );
                }
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

/// Body types a page names by a link's text that no page defines ("a collection of
/// [page](../resources/page.md) objects"): each becomes the type of the resource page the link
/// points to (`onenotePage`), in the page's endpoints and stated bodies, before endpoints merge.
pub(super) fn follow_body_links(pages: &mut [PageFacts], model: &ApiModel) {
    if pages.iter().all(|p| p.linked_bodies.is_empty()) {
        return;
    }
    let resolver = Resolver::new(model);
    // the type each resource page defines, by the page's file name
    let defined: HashMap<String, QualifiedName> = pages
        .iter()
        .filter(|p| p.kind == PageKind::Resource)
        .filter_map(|p| {
            let name = resolver.name(&p.types.first()?.name)?;
            Some((p.stem.clone(), name))
        })
        .collect();
    for p in pages.iter_mut() {
        for (text, page) in &p.linked_bodies {
            let Some(TypeRef::Named(written)) = TypeRef::from_doc(text, &p.namespace) else {
                continue;
            };
            let Some(target) = defined.get(page) else {
                continue;
            };
            if resolver.name(&written).is_some() {
                continue;
            }
            let retarget = |ty: &mut TypeRef| match ty {
                TypeRef::Named(n) if *n == written => *n = target.clone(),
                TypeRef::Collection(inner) => {
                    if let TypeRef::Named(n) = inner.as_mut() {
                        if *n == written {
                            *n = target.clone();
                        }
                    }
                }
                _ => {}
            };
            for e in &mut p.endpoints {
                for (ty, _) in [&mut e.request_type, &mut e.response_type]
                    .into_iter()
                    .flatten()
                {
                    retarget(ty);
                }
            }
            for ty in [&mut p.body_types.0, &mut p.body_types.1]
                .into_iter()
                .flatten()
            {
                retarget(ty);
            }
        }
    }
}
