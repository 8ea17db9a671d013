//! The service's own schema: OData CSDL XML (`$metadata`), read with roxmltree. `docgen lint
//! --metadata` compares the docs with it ([`crate::lint::metadata`]); the generator takes
//! what the docs cannot say from it (flags enums).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use crate::model::QualifiedName;

#[derive(Debug, thiserror::Error)]
#[error("metadata is not CSDL XML: {0}")]
pub struct MetadataError(String);

#[derive(Clone, Debug)]
pub struct CsdlProperty {
    pub name: String,
    /// CSDL notation with aliases expanded: `Edm.String`, `Collection(microsoft.graph.x)`.
    pub ty: String,
    pub span: Range<usize>,
}

#[derive(Clone, Debug)]
pub struct CsdlType {
    pub span: Range<usize>,
    pub base: Option<QualifiedName>,
    pub properties: Vec<CsdlProperty>,
    pub navigation: Vec<CsdlProperty>,
}

#[derive(Clone, Debug)]
pub struct CsdlEnum {
    pub span: Range<usize>,
    pub members: Vec<(String, Range<usize>)>,
    /// `IsFlags="true"`: a value may be several members, comma-separated.
    pub flags: bool,
}

/// What the metadata defines.
#[derive(Clone, Debug, Default)]
pub struct Csdl {
    pub namespaces: BTreeSet<String>,
    pub types: BTreeMap<QualifiedName, CsdlType>,
    pub enums: BTreeMap<QualifiedName, CsdlEnum>,
}

/// `graph.x` → `microsoft.graph.x`, inside `Collection(…)` too.
fn expand(ty: &str, aliases: &BTreeMap<String, String>) -> String {
    if let Some(inner) = ty
        .strip_prefix("Collection(")
        .and_then(|t| t.strip_suffix(')'))
    {
        return format!("Collection({})", expand(inner, aliases));
    }
    match ty.split_once('.') {
        Some((alias, rest)) if aliases.contains_key(alias) => format!("{}.{rest}", aliases[alias]),
        _ => ty.to_string(),
    }
}

impl Csdl {
    pub fn parse(text: &str) -> Result<Csdl, MetadataError> {
        let doc = roxmltree::Document::parse(text).map_err(|e| MetadataError(e.to_string()))?;
        let mut csdl = Csdl::default();
        let schemas: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("Schema"))
            .collect();
        if schemas.is_empty() {
            return Err(MetadataError("no <Schema> element".into()));
        }
        let mut aliases = BTreeMap::new();
        for s in &schemas {
            let ns = s.attribute("Namespace").unwrap_or("").to_string();
            if let Some(alias) = s.attribute("Alias") {
                aliases.insert(alias.to_string(), ns.clone());
            }
            csdl.namespaces.insert(ns);
        }
        let qualified = |name: &str| QualifiedName::parse(&expand(name, &aliases), "");
        for s in &schemas {
            let ns = s.attribute("Namespace").unwrap_or("");
            for node in s.children().filter(|n| n.is_element()) {
                let Some(name) = node.attribute("Name") else {
                    continue;
                };
                let key = QualifiedName::new(ns, name);
                let props = |tag: &str| -> Vec<CsdlProperty> {
                    node.children()
                        .filter(|c| c.has_tag_name(tag))
                        .filter_map(|c| {
                            Some(CsdlProperty {
                                name: c.attribute("Name")?.to_string(),
                                ty: expand(c.attribute("Type")?, &aliases),
                                span: c.range(),
                            })
                        })
                        .collect()
                };
                match node.tag_name().name() {
                    "EntityType" | "ComplexType" => {
                        csdl.types.insert(
                            key,
                            CsdlType {
                                span: node.range(),
                                base: node.attribute("BaseType").map(qualified),
                                properties: props("Property"),
                                navigation: props("NavigationProperty"),
                            },
                        );
                    }
                    "EnumType" => {
                        let members = node
                            .children()
                            .filter(|c| c.has_tag_name("Member"))
                            .filter_map(|c| Some((c.attribute("Name")?.to_string(), c.range())))
                            .collect();
                        csdl.enums.insert(
                            key,
                            CsdlEnum {
                                span: node.range(),
                                members,
                                flags: node.attribute("IsFlags") == Some("true"),
                            },
                        );
                    }
                    _ => {}
                }
            }
        }
        Ok(csdl)
    }

    /// A type's properties (or navigation properties) with those of its base types.
    pub fn all_properties<'a>(
        &'a self,
        name: &QualifiedName,
        navigation: bool,
    ) -> Vec<&'a CsdlProperty> {
        let mut out = Vec::new();
        let mut current = Some(name);
        let mut seen = 0;
        while let Some(t) = current.and_then(|n| self.types.get(n)) {
            out.extend(if navigation {
                &t.navigation
            } else {
                &t.properties
            });
            current = t.base.as_ref();
            seen += 1;
            if seen > 64 {
                break;
            }
        }
        out
    }
}
