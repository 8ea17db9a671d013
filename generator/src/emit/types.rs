//! The Rust name of every model type and the Rust type of every property.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{self, Scope};
use crate::extract::DEFAULT_NAMESPACE;
use crate::model::{ApiModel, Primitive, QualifiedName, TypeRef};

/// Rust names for the model's types and enums, and which struct fields need a `Box`.
#[derive(Clone)]
pub struct TypeNames {
    names: BTreeMap<QualifiedName, String>,
    /// The types derived from each type that has any (at every depth, sorted by name), and
    /// the name of the enum that holds any of them (`AnyDirectoryObject`).
    derived: BTreeMap<QualifiedName, (String, Vec<QualifiedName>)>,
    /// Strongly connected component of each struct in the "contains directly" graph.
    component: BTreeMap<QualifiedName, usize>,
}

impl TypeNames {
    /// Names for every type and enum not skipped; `renames` first (a name of its own wins).
    pub fn new(model: &ApiModel, renames: &BTreeMap<QualifiedName, String>) -> TypeNames {
        let mut scope = Scope::default();
        let mut names = BTreeMap::new();
        let all = model
            .types
            .iter()
            .map(|t| &t.name)
            .chain(model.enums.iter().map(|e| &e.name))
            .filter(|n| !model.skipped.contains(n));
        let mut sorted: Vec<&QualifiedName> = all.collect();
        sorted.sort();
        for n in &sorted {
            if let Some(rust) = renames.get(*n) {
                names.insert((*n).clone(), scope.claim(rust.clone()));
            }
        }
        for n in sorted.into_iter().filter(|n| !renames.contains_key(*n)) {
            let base = if n.namespace == DEFAULT_NAMESPACE {
                names::type_name(&n.name)
            } else {
                let tail = n.namespace.rsplit('.').next().unwrap_or("");
                names::type_name(&format!("{tail} {}", n.name))
            };
            names.insert(n.clone(), scope.claim(base));
        }
        let mut derived = BTreeMap::new();
        for (base, mut below) in descendants(model) {
            below.retain(|d| !model.skipped.contains(d));
            if model.skipped.contains(&base) || below.is_empty() {
                continue;
            }
            let name = scope.claim(format!("Any{}", names[&base]));
            derived.insert(base, (name, below));
        }
        TypeNames {
            names,
            derived,
            component: components(model),
        }
    }

    /// For a type that others derive from: the name of its `Any…` enum and the derived types.
    pub fn polymorphic(&self, n: &QualifiedName) -> Option<(&str, &[QualifiedName])> {
        self.derived
            .get(n)
            .map(|(name, below)| (name.as_str(), below.as_slice()))
    }

    pub fn name(&self, n: &QualifiedName) -> Option<&str> {
        self.names.get(n).map(String::as_str)
    }

    /// Whether a field of struct `owner` with type `ty` must be boxed (the types contain each
    /// other directly).
    pub fn needs_box(&self, owner: &QualifiedName, ty: &TypeRef) -> bool {
        match ty {
            // an `Any…` enum boxes its variants
            TypeRef::Named(n) if self.derived.contains_key(n) => false,
            TypeRef::Named(n) => {
                let a = self.component.get(owner);
                a.is_some() && a == self.component.get(n)
            }
            _ => false,
        }
    }

    /// The Rust type of a property (without the `Property` wrapper), as seen from the models
    /// module.
    pub fn rust_type(
        &self,
        model: &ApiModel,
        ty: &TypeRef,
        models_path: &TokenStream,
    ) -> TokenStream {
        match ty {
            TypeRef::Primitive(p) => primitive(*p),
            TypeRef::Collection(inner) => {
                let inner = self.rust_type(model, inner, models_path);
                quote!(Vec<#inner>)
            }
            TypeRef::Named(n) => match self.polymorphic(n).map(|(any, _)| any).or(self.name(n)) {
                Some(name) if model.enum_def(n).is_some_and(|e| e.flags) => {
                    let ident = names::ident(name);
                    quote!(rt::Flags<#models_path #ident>)
                }
                Some(name) if model.type_def(n).is_some() || model.enum_def(n).is_some() => {
                    let ident = names::ident(name);
                    quote!(#models_path #ident)
                }
                _ => quote!(serde_json::Value),
            },
        }
    }
}

pub fn primitive(p: Primitive) -> TokenStream {
    match p {
        Primitive::String | Primitive::Stream => quote!(String),
        Primitive::Boolean => quote!(bool),
        Primitive::Byte => quote!(u8),
        Primitive::SByte => quote!(i8),
        Primitive::Int16 => quote!(i16),
        Primitive::Int32 => quote!(i32),
        Primitive::Int64 => quote!(i64),
        Primitive::Single | Primitive::Double => quote!(rt::Double),
        Primitive::Decimal => quote!(rt::Decimal),
        Primitive::DateTimeOffset => quote!(rt::DateTimeOffset),
        Primitive::Date => quote!(rt::Date),
        Primitive::TimeOfDay => quote!(rt::TimeOfDay),
        Primitive::Duration => quote!(rt::Duration),
        Primitive::Guid => quote!(rt::Guid),
        Primitive::Binary => quote!(rt::Binary),
        Primitive::Untyped => quote!(serde_json::Value),
    }
}

/// Every type some other type derives from, with all the types below it (sorted by name).
fn descendants(model: &ApiModel) -> BTreeMap<QualifiedName, Vec<QualifiedName>> {
    let mut out: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for t in &model.types {
        // up the chain of documented base types (a cycle stops where it closes)
        let mut seen = vec![&t.name];
        let mut next = t.base_type.as_ref();
        while let Some(base) = next.filter(|b| !seen.contains(b)) {
            let Some(def) = model.type_def(base) else {
                break;
            };
            out.entry(def.name.clone())
                .or_default()
                .push(t.name.clone());
            seen.push(base);
            next = def.base_type.as_ref();
        }
    }
    // model.types is sorted by name, so each list is too
    out
}

/// Tarjan's strongly connected components over "struct A has a field of struct type B"
/// (collections excluded: a `Vec` already breaks the infinite size). A component of one type
/// counts only when the type contains itself.
fn components(model: &ApiModel) -> BTreeMap<QualifiedName, usize> {
    let index_of: BTreeMap<&QualifiedName, usize> = model
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (&t.name, i))
        .collect();
    let edges: Vec<Vec<usize>> = model
        .types
        .iter()
        .map(|t| {
            model
                .all_properties(t)
                .iter()
                .filter_map(|p| match &p.ty {
                    TypeRef::Named(n) => index_of.get(n).copied(),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut comp = vec![usize::MAX; n];
    let mut comp_count = 0;
    // iterative Tarjan: (node, next edge position)
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if *pos == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*pos) {
                *pos += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = comp_count;
                    if w == v {
                        break;
                    }
                }
                comp_count += 1;
            }
        }
    }
    let mut out = BTreeMap::new();
    for (i, t) in model.types.iter().enumerate() {
        let size = comp.iter().filter(|&&c| c == comp[i]).count();
        if size > 1 || edges[i].contains(&i) {
            out.insert(t.name.clone(), comp[i]);
        }
    }
    out
}
