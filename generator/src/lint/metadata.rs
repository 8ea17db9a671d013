//! `docgen lint --metadata FILE`: the docs' model against the service's own OData CSDL.
//!
//! Types, properties, navigation properties and enum members present on one side only, and
//! property types that differ, classified: case only, Single vs Double, String vs enum, or a
//! different type. Only the namespaces the metadata defines are compared.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

pub use crate::csdl::{Csdl, CsdlEnum, CsdlProperty, CsdlType, MetadataError};
use crate::diag::{Code, Diagnostic};
use crate::model::{ApiModel, QualifiedName, TypeDef};
use crate::source::{FileId, Span};

/// How a property's documented type differs from the metadata's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mismatch {
    CaseOnly,
    SingleVsDouble,
    StringVsEnum,
    Different,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mismatch::CaseOnly => "case only",
            Mismatch::SingleVsDouble => "Single vs Double",
            Mismatch::StringVsEnum => "String vs enum",
            Mismatch::Different => "different type",
        })
    }
}

fn classify(csdl: &Csdl, docs: &str, meta: &str) -> Option<Mismatch> {
    if docs == meta {
        return None;
    }
    if docs.eq_ignore_ascii_case(meta) {
        return Some(Mismatch::CaseOnly);
    }
    let strip = |t: &str| {
        t.strip_prefix("Collection(")
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(t)
            .to_string()
    };
    let same_shape = docs.starts_with("Collection(") == meta.starts_with("Collection(");
    let (a, b) = (strip(docs), strip(meta));
    let floats = ["Edm.Single", "Edm.Double"];
    if same_shape && floats.contains(&a.as_str()) && floats.contains(&b.as_str()) {
        return Some(Mismatch::SingleVsDouble);
    }
    let is_enum = |t: &str| csdl.enums.contains_key(&QualifiedName::parse(t, ""));
    if same_shape && ((a == "Edm.String" && is_enum(&b)) || (b == "Edm.String" && is_enum(&a))) {
        return Some(Mismatch::StringVsEnum);
    }
    Some(Mismatch::Different)
}

/// The count table `--metadata` prints.
#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub types_both: usize,
    pub types_metadata_only: usize,
    pub types_docs_only: usize,
    pub properties_both: usize,
    pub properties_metadata_only: usize,
    pub properties_docs_only: usize,
    pub navigation_both: usize,
    pub navigation_metadata_only: usize,
    pub navigation_docs_only: usize,
    pub enums_both: usize,
    pub members_both: usize,
    pub members_metadata_only: usize,
    pub members_docs_only: usize,
    pub mismatches: BTreeMap<Mismatch, usize>,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "metadata comparison        both  metadata only  docs only"
        )?;
        let rows = [
            (
                "types",
                self.types_both,
                self.types_metadata_only,
                self.types_docs_only,
            ),
            (
                "properties",
                self.properties_both,
                self.properties_metadata_only,
                self.properties_docs_only,
            ),
            (
                "navigation properties",
                self.navigation_both,
                self.navigation_metadata_only,
                self.navigation_docs_only,
            ),
            ("enums", self.enums_both, 0, 0),
            (
                "enum members",
                self.members_both,
                self.members_metadata_only,
                self.members_docs_only,
            ),
        ];
        for (name, both, meta, docs) in rows {
            writeln!(f, "  {name:<22} {both:>6} {meta:>14} {docs:>10}")?;
        }
        write!(f, "property type mismatches:")?;
        if self.mismatches.is_empty() {
            write!(f, " none")?;
        }
        for (kind, n) in &self.mismatches {
            write!(f, " {kind}: {n};")?;
        }
        writeln!(f)
    }
}

/// Compares the model with the metadata; `file` is the metadata's id in the sources (for the
/// locations of what only the metadata has).
pub fn compare(model: &ApiModel, csdl: &Csdl, file: FileId) -> (Vec<Diagnostic>, Counts) {
    let mut d = Vec::new();
    let mut c = Counts::default();
    let at = |r: &Range<usize>| Span::new(file, r.start, r.start + 1);
    let in_scope = |n: &QualifiedName| csdl.namespaces.contains(&n.namespace);
    let docs_types: BTreeMap<&QualifiedName, &TypeDef> = model
        .types
        .iter()
        // action parameters are no type of the schema
        .filter(|t| in_scope(&t.name) && t.kind != crate::model::TypeKind::Parameters)
        .map(|t| (&t.name, t))
        .collect();

    for (name, meta) in &csdl.types {
        let Some(def) = docs_types.get(name) else {
            c.types_metadata_only += 1;
            d.push(Diagnostic::new(
                Code::MetadataTypeUndocumented,
                at(&meta.span),
                format!("type `{name}` is in the metadata but no page describes it"),
            ));
            continue;
        };
        c.types_both += 1;
        compare_members(model, csdl, name, def, false, file, &mut d, &mut c);
        compare_members(model, csdl, name, def, true, file, &mut d, &mut c);
    }
    for (name, def) in &docs_types {
        if !csdl.types.contains_key(name) && !csdl.enums.contains_key(name) {
            c.types_docs_only += 1;
            d.push(Diagnostic::new(
                Code::DocsTypeNotInMetadata,
                def.sources[0],
                format!("type `{name}` is described here but the metadata has no such type"),
            ));
        }
    }
    for (name, meta) in &csdl.enums {
        let Some(e) = model.enum_def(name) else {
            continue;
        };
        c.enums_both += 1;
        for (member, span) in &meta.members {
            if e.members.iter().any(|m| &m.name == member) {
                c.members_both += 1;
            } else {
                c.members_metadata_only += 1;
                d.push(
                    Diagnostic::new(
                        Code::MetadataEnumMember,
                        at(span),
                        format!(
                            "`{member}` is a member of `{}` in the metadata but not in the docs",
                            name.name
                        ),
                    )
                    .with_related(e.sources[0], "the docs' members"),
                );
            }
        }
        let docs_only: Vec<_> = e
            .members
            .iter()
            .filter(|m| !meta.members.iter().any(|(n, _)| n == &m.name))
            .collect();
        c.members_docs_only += docs_only.len();
        if docs_only.len() > MEMBERS_ONE_BY_ONE {
            // a list the metadata does not have at all (hundreds of printer states): one
            // finding that names the first of them, not one per member
            let shown: Vec<String> = docs_only
                .iter()
                .take(MEMBERS_ONE_BY_ONE)
                .map(|m| format!("`{}`", m.name))
                .collect();
            d.push(
                Diagnostic::new(
                    Code::MetadataEnumMember,
                    docs_only[0].source,
                    format!(
                        "{} documented members of `{}` are not in the metadata ({} and {} more); the metadata has {}",
                        docs_only.len(),
                        name.name,
                        shown.join(", "),
                        docs_only.len() - shown.len(),
                        meta.members.len()
                    ),
                )
                .with_related(at(&meta.span), "the metadata's enum"),
            );
        } else {
            for m in docs_only {
                d.push(
                    Diagnostic::new(
                        Code::MetadataEnumMember,
                        m.source,
                        format!("`{}` is documented as a member of `{}` but the metadata has no such member", m.name, name.name),
                    )
                    .with_related(at(&meta.span), "the metadata's enum"),
                );
            }
        }
    }
    (d, c)
}

/// Up to this many documented members the metadata lacks are reported one by one; more are
/// reported as one finding for their enum.
const MEMBERS_ONE_BY_ONE: usize = 8;

#[allow(clippy::too_many_arguments)]
fn compare_members(
    model: &ApiModel,
    csdl: &Csdl,
    name: &QualifiedName,
    def: &TypeDef,
    navigation: bool,
    file: FileId,
    d: &mut Vec<Diagnostic>,
    c: &mut Counts,
) {
    let at = |r: &Range<usize>| Span::new(file, r.start, r.start + 1);
    let meta_all = csdl.all_properties(name, navigation);
    let docs_all: Vec<&crate::model::Property> = if navigation {
        def.relationships.iter().collect()
    } else {
        model.all_properties(def)
    };
    let what = if navigation {
        "navigation property"
    } else {
        "property"
    };
    let meta_own = csdl.types.get(name).map_or(&[][..], |t| {
        if navigation {
            &t.navigation[..]
        } else {
            &t.properties[..]
        }
    });
    for p in meta_own {
        if docs_all.iter().any(|q| q.name == p.name) {
            continue;
        }
        if navigation {
            c.navigation_metadata_only += 1;
        } else {
            c.properties_metadata_only += 1;
        }
        d.push(
            Diagnostic::new(
                if navigation {
                    Code::MetadataNavigationUndocumented
                } else {
                    Code::MetadataPropertyUndocumented
                },
                at(&p.span),
                format!(
                    "{what} `{}` of `{}` is in the metadata but not in the docs",
                    p.name, name.name
                ),
            )
            .with_related(def.sources[0], "the docs' description of the type"),
        );
    }
    // instance annotations documented as properties (`@microsoft.graph.conflictBehavior`) are
    // not part of the schema
    let own: Vec<&crate::model::Property> = if navigation {
        def.relationships.iter().collect()
    } else {
        def.properties.iter().collect()
    };
    let own: Vec<&crate::model::Property> = own
        .into_iter()
        .filter(|p| !p.name.starts_with('@'))
        .collect();
    for p in own {
        match meta_all.iter().find(|m| m.name == p.name) {
            Some(m) => {
                if navigation {
                    c.navigation_both += 1;
                } else {
                    c.properties_both += 1;
                }
                if let Some(kind) = classify(csdl, &p.ty.to_string(), &m.ty) {
                    *c.mismatches.entry(kind).or_default() += 1;
                    d.push(
                        Diagnostic::new(
                            Code::MetadataTypeMismatch,
                            p.source,
                            format!(
                                "`{}.{}` is documented as `{}` but the metadata says `{}` ({kind})",
                                name.name, p.name, p.ty, m.ty
                            ),
                        )
                        .with_related(at(&m.span), "the metadata's declaration"),
                    );
                }
            }
            None => {
                if navigation {
                    c.navigation_docs_only += 1;
                } else {
                    c.properties_docs_only += 1;
                }
                let case = meta_all
                    .iter()
                    .find(|m| m.name.eq_ignore_ascii_case(&p.name));
                let mut diag = Diagnostic::new(
                    if navigation {
                        Code::DocsNavigationNotInMetadata
                    } else {
                        Code::DocsPropertyNotInMetadata
                    },
                    p.source,
                    match case {
                        Some(m) => format!(
                            "{what} `{}` of `{}` is spelled `{}` in the metadata",
                            p.name, name.name, m.name
                        ),
                        None => format!(
                            "{what} `{}` of `{}` is documented but not in the metadata",
                            p.name, name.name
                        ),
                    },
                );
                if let Some(t) = csdl.types.get(name) {
                    diag = diag.with_related(at(&t.span), "the metadata's type");
                }
                d.push(diag);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EnumType Name="state"><Member Name="on" Value="0"/><Member Name="off" Value="1"/></EnumType>
  <EntityType Name="entity"><Key><PropertyRef Name="id"/></Key><Property Name="id" Type="Edm.String"/></EntityType>
  <EntityType Name="thing" BaseType="graph.entity">
    <Property Name="size" Type="Edm.Single"/>
    <Property Name="state" Type="graph.state"/>
    <Property Name="tags" Type="Collection(Edm.String)"/>
    <NavigationProperty Name="owner" Type="graph.thing"/>
  </EntityType>
</Schema></edmx:DataServices></edmx:Edmx>"#;

    #[test]
    fn reads_types_with_aliases_expanded() {
        let csdl = Csdl::parse(XML).unwrap();
        let thing = &csdl.types[&QualifiedName::new("microsoft.graph", "thing")];
        assert_eq!(
            thing.base,
            Some(QualifiedName::new("microsoft.graph", "entity"))
        );
        assert_eq!(thing.properties[1].ty, "microsoft.graph.state");
        assert_eq!(thing.navigation[0].name, "owner");
        assert_eq!(
            csdl.all_properties(&QualifiedName::new("microsoft.graph", "thing"), false)
                .len(),
            4
        );
        assert!(Csdl::parse("<a/>").is_err());
    }

    #[test]
    fn mismatches_are_classified() {
        let csdl = Csdl::parse(XML).unwrap();
        assert_eq!(
            classify(&csdl, "Edm.Double", "Edm.Single"),
            Some(Mismatch::SingleVsDouble)
        );
        assert_eq!(
            classify(&csdl, "Edm.String", "microsoft.graph.state"),
            Some(Mismatch::StringVsEnum)
        );
        assert_eq!(
            classify(&csdl, "microsoft.graph.State", "microsoft.graph.state"),
            Some(Mismatch::CaseOnly)
        );
        assert_eq!(
            classify(&csdl, "Edm.Int32", "Edm.String"),
            Some(Mismatch::Different)
        );
        assert_eq!(
            classify(&csdl, "Collection(Edm.String)", "Collection(Edm.String)"),
            None
        );
    }
}
