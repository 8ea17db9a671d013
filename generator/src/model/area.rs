//! Areas: the parts of the API a user can pick (`intune-remoteassistance`, `outlook`, …).
//!
//! A page's area comes from its name (`intune-<part>-…` pages, the product's own naming) or
//! else its front matter's `ms.prod` (or, in newer pages, `ms.subservice`). An item (type,
//! enum, endpoint) belongs to the area of the page that defines it best, unless other areas
//! use it too: see [`Areas`].

use std::collections::{BTreeMap, BTreeSet};

use super::{ApiModel, QualifiedName, TypeRef};
use crate::source::Span;

/// The area of items whose page names none.
pub const GENERAL: &str = "general";

/// The area of a page, from its file name and its `ms.prod` front matter.
pub fn of_page(name: &str, ms_prod: Option<&str>) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.split('.').next().unwrap_or(file).to_ascii_lowercase();
    let product = ms_prod.map(normalize).filter(|p| !p.is_empty());
    if let Some(rest) = stem.strip_prefix("intune-") {
        let part = normalize(rest.split('-').next().unwrap_or(""));
        if !part.is_empty() {
            return format!("intune-{part}");
        }
    }
    match product.as_deref() {
        None => GENERAL.to_string(),
        // the crate's own feature names
        Some(name @ ("default" | "full")) => format!("area-{name}"),
        Some(name) => name.to_string(),
    }
}

/// Lowercase letters, digits and single dashes: a Cargo feature name.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && matches!(c, '-' | '_' | ' ' | '.') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The areas of a model, and the items every area shares.
///
/// An item that something of another area refers to (a property's type, a base type, an
/// endpoint's body) is *common*, and so is everything a common item refers to. Every other
/// item is referred to from its own area only, so an area needs nothing but itself and some
/// common items, and areas can be enabled one by one: a common item is compiled when an area
/// that (transitively) uses it is.
#[derive(Clone, Debug, Default)]
pub struct Areas {
    /// Every area that has an item of its own.
    pub names: BTreeSet<String>,
    /// Types and enums shared between areas, with the areas that use each.
    pub common: BTreeMap<QualifiedName, BTreeSet<String>>,
}

impl Areas {
    pub fn of<'m>(model: &'m ApiModel) -> Areas {
        // what each type refers to, and the items something of another area refers to
        let mut refers: BTreeMap<&QualifiedName, Vec<&QualifiedName>> = BTreeMap::new();
        let mut shared: Vec<&QualifiedName> = Vec::new();
        // a reference to an item some page defines; one from another area makes it shared
        let mut note = |from_area: &str, to: &'m QualifiedName| -> Option<&'m QualifiedName> {
            if model.skipped.contains(to) {
                return None;
            }
            let area = model.area_of_name(to)?;
            if area != from_area {
                shared.push(to);
            }
            Some(to)
        };
        let generated = |name: &QualifiedName| !model.skipped.contains(name);
        for t in model.types.iter().filter(|t| generated(&t.name)) {
            let area = model.area(t.sources[0]);
            let named = t.properties.iter().filter_map(|p| p.ty.named());
            let to: Vec<&QualifiedName> = named
                .chain(&t.base_type)
                .filter_map(|n| note(area, n))
                .collect();
            refers.insert(&t.name, to);
        }
        // what each area's endpoints send and answer
        let mut seeds: BTreeMap<&str, Vec<&QualifiedName>> = BTreeMap::new();
        for e in &model.endpoints {
            let area = model.area(e.sources[0]);
            let others = e.other_responses.iter().filter_map(|(_, t)| t.as_ref());
            let bodies = [&e.request_type, &e.response_type]
                .into_iter()
                .flatten()
                .chain(others);
            let to: Vec<&QualifiedName> = bodies
                .filter_map(|t| t.named())
                .filter_map(|n| note(area, n))
                .collect();
            seeds.entry(area).or_default().extend(to);
        }
        let mut common: BTreeMap<QualifiedName, BTreeSet<String>> = BTreeMap::new();
        while let Some(name) = shared.pop() {
            if !common.contains_key(name) {
                common.insert(name.clone(), BTreeSet::new());
                shared.extend(refers.get(name).into_iter().flatten().copied());
            }
        }
        // which areas use each common item: from what each area's own items and endpoints
        // refer to, through what the common items refer to
        for t in model
            .types
            .iter()
            .filter(|t| generated(&t.name) && !common.contains_key(&t.name))
        {
            let area = model.area(t.sources[0]);
            let to = refers.get(&t.name).into_iter().flatten().copied();
            seeds.entry(area).or_default().extend(to);
        }
        for (area, mut stack) in seeds {
            let mut seen: BTreeSet<&QualifiedName> = BTreeSet::new();
            while let Some(name) = stack.pop() {
                let Some(users) = common.get_mut(name) else {
                    continue;
                };
                if seen.insert(name) {
                    users.insert(area.to_string());
                    stack.extend(refers.get(name).into_iter().flatten().copied());
                }
            }
        }
        let own = |name: &QualifiedName| generated(name) && !common.contains_key(name);
        let names = model
            .types
            .iter()
            .filter(|t| own(&t.name))
            .map(|t| t.sources[0])
            .chain(
                model
                    .enums
                    .iter()
                    .filter(|e| own(&e.name))
                    .map(|e| e.sources[0]),
            )
            .chain(model.endpoints.iter().map(|e| e.sources[0]))
            .map(|s| model.area(s).to_string())
            .collect();
        Areas { names, common }
    }

    /// The area feature that compiles a type or enum (`None`: it is common).
    pub fn feature_of<'m>(&self, model: &'m ApiModel, name: &QualifiedName) -> Option<&'m str> {
        if self.common.contains_key(name) {
            return None;
        }
        model.area_of_name(name)
    }
}

impl ApiModel {
    /// The area of the page a span is on.
    pub fn area(&self, span: Span) -> &str {
        self.page_areas
            .get(&span.file)
            .map_or(GENERAL, String::as_str)
    }

    /// The area of the type or enum a type reference names (`None` for primitives and names
    /// no page defines).
    pub fn area_of_type(&self, ty: &TypeRef) -> Option<&str> {
        self.area_of_name(ty.named()?)
    }

    /// The area of a type or enum (`None` for names no page defines).
    pub fn area_of_name(&self, name: &QualifiedName) -> Option<&str> {
        let span = match self.type_def(name) {
            Some(t) => t.sources[0],
            None => self.enum_def(name)?.sources[0],
        };
        Some(self.area(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_from_names_and_front_matter() {
        assert_eq!(
            of_page(
                "v1.0/api/intune-remoteassistance-remoteassistancepartner-get.md",
                Some("intune")
            ),
            "intune-remoteassistance"
        );
        assert_eq!(of_page("000_fcd99e.txt", Some("\"intune\"")), "intune");
        assert_eq!(of_page("api/user-get.md", Some("'Users'")), "users");
        assert_eq!(
            of_page("api/x.md", Some("identity-and-sign-in")),
            "identity-and-sign-in"
        );
        assert_eq!(of_page("api/x.md", None), GENERAL);
        assert_eq!(of_page("api/x.md", Some("  ")), GENERAL);
    }
}
