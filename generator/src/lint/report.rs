//! `docgen report`: how much of the pages became model, how the examples fare, and how the
//! model agrees with the service's CSDL metadata.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use super::metadata::Csdl;
use crate::diag::Severity;
use crate::model::{ApiModel, EVOLVABLE_SENTINEL};
use crate::pipeline::Analysis;

/// Counts for one API version.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Coverage {
    pub version: Option<String>,
    pub pages: usize,
    pub types: usize,
    pub enums: usize,
    pub endpoints: usize,
    /// Request and response bodies.
    pub examples: usize,
    pub round_trips: usize,
    /// Diagnosed, and their compiled round trip asserted to fail.
    pub diagnosed: usize,
    /// No type known for the body.
    pub not_checked: usize,
}

impl Coverage {
    /// Round trips among the bodies, in percent.
    pub fn round_trip_rate(&self) -> f64 {
        percent(self.round_trips, self.examples)
    }
}

/// A ratio with its counts.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Ratio {
    pub hits: usize,
    pub total: usize,
}

impl Ratio {
    pub fn value(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.hits as f64 / self.total as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3} ({} / {})", self.value(), self.hits, self.total)
    }
}

/// The model against the metadata, over the types both define.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Agreement {
    pub version: Option<String>,
    /// Types both define.
    pub types: usize,
    /// Documented property names (own and inherited) the metadata has too.
    pub property_precision: Ratio,
    /// Metadata property names (own and inherited) the docs have too.
    pub property_recall: Ratio,
    /// The same over navigation properties.
    pub navigation_precision: Ratio,
    pub navigation_recall: Ratio,
    /// Properties on both sides whose documented type, canonicalised, is the metadata's.
    pub type_agreement: Ratio,
    /// Enums the docs define whose members equal the metadata's.
    pub enum_members_equal: Ratio,
    /// The same with `unknownFutureValue` set aside: the sentinel the service appends to an
    /// evolvable enum, which pages often leave out (a generated enum reads it, as any member
    /// the docs do not list, into its `Undocumented` variant).
    pub enum_members_equal_but_sentinel: Ratio,
}

/// Compares the model with the metadata.
pub fn agreement(model: &ApiModel, csdl: &Csdl, version: Option<String>) -> Agreement {
    let mut a = Agreement {
        version,
        ..Agreement::default()
    };
    for def in &model.types {
        if !csdl.types.contains_key(&def.name) {
            continue;
        }
        a.types += 1;
        let docs: BTreeMap<&str, String> = model
            .all_properties(def)
            .into_iter()
            .filter(|p| !p.name.starts_with('@'))
            .map(|p| (p.name.as_str(), p.ty.to_string()))
            .collect();
        let meta: BTreeMap<&str, &str> = csdl
            .all_properties(&def.name, false)
            .into_iter()
            .map(|p| (p.name.as_str(), p.ty.as_str()))
            .collect();
        let both = docs.keys().filter(|n| meta.contains_key(*n)).count();
        add(&mut a.property_precision, both, docs.len());
        add(&mut a.property_recall, both, meta.len());
        for (name, ty) in &docs {
            if let Some(m) = meta.get(name) {
                add(&mut a.type_agreement, usize::from(ty == m), 1);
            }
        }
        let docs_nav: BTreeSet<&str> = def.relationships.iter().map(|r| r.name.as_str()).collect();
        let meta_nav: BTreeSet<&str> = csdl
            .all_properties(&def.name, true)
            .into_iter()
            .map(|p| p.name.as_str())
            .collect();
        let both = docs_nav.intersection(&meta_nav).count();
        add(&mut a.navigation_precision, both, docs_nav.len());
        add(&mut a.navigation_recall, both, meta_nav.len());
    }
    for e in &model.enums {
        if let Some(meta) = csdl.enums.get(&e.name) {
            let docs: BTreeSet<&str> = e.members.iter().map(|m| m.name.as_str()).collect();
            let meta: BTreeSet<&str> = meta.members.iter().map(|(n, _)| n.as_str()).collect();
            add(&mut a.enum_members_equal, usize::from(docs == meta), 1);
            let but_sentinel = docs
                .symmetric_difference(&meta)
                .all(|m| *m == EVOLVABLE_SENTINEL);
            add(
                &mut a.enum_members_equal_but_sentinel,
                usize::from(but_sentinel),
                1,
            );
        }
    }
    a
}

fn add(r: &mut Ratio, hits: usize, total: usize) {
    r.hits += hits;
    r.total += total;
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// Everything `docgen report` prints.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub coverage: Vec<Coverage>,
    pub agreement: Option<Agreement>,
    /// Diagnostics per code: (severity, code, count), most severe first.
    pub diagnostics: Vec<(Severity, &'static str, usize)>,
}

/// Builds the report; `metadata` is compared with the API of `metadata_version`.
pub fn report(
    analysis: &Analysis,
    metadata: Option<(&Csdl, Option<&str>)>,
) -> Result<Report, String> {
    let coverage = analysis
        .apis
        .iter()
        .map(|api| {
            let m = &api.model;
            let bodies = m.body_counts();
            Coverage {
                version: api.version.clone(),
                pages: analysis
                    .pages
                    .iter()
                    .filter(|p| p.version == api.version)
                    .count(),
                types: m.types.len(),
                enums: m.enums.len(),
                endpoints: m.endpoints.len(),
                examples: bodies.bodies,
                round_trips: bodies.round_trips,
                diagnosed: bodies.diagnosed,
                not_checked: bodies.not_checked(),
            }
        })
        .collect();
    let agreement = match metadata {
        None => None,
        Some((csdl, version)) => {
            let api = analysis.metadata_api(version)?;
            Some(agreement(&api.model, csdl, api.version.clone()))
        }
    };
    Ok(Report {
        coverage,
        agreement,
        diagnostics: crate::diag::counts_by_code(&analysis.diagnostics)
            .into_iter()
            .map(|((s, c), n)| (s, c.as_str(), n))
            .collect(),
    })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "version      pages  types  enums  endpoints  bodies  round-trip  diagnosed  not checked   rate"
        )?;
        for c in &self.coverage {
            writeln!(
                f,
                "{:<10} {:>7} {:>6} {:>6} {:>10} {:>7} {:>11} {:>10} {:>12} {:>5.1}%",
                c.version.as_deref().unwrap_or("-"),
                c.pages,
                c.types,
                c.enums,
                c.endpoints,
                c.examples,
                c.round_trips,
                c.diagnosed,
                c.not_checked,
                c.round_trip_rate()
            )?;
        }
        if let Some(a) = &self.agreement {
            writeln!(f)?;
            writeln!(
                f,
                "against the metadata ({}; {} types on both sides)",
                a.version.as_deref().unwrap_or("unversioned"),
                a.types
            )?;
            writeln!(
                f,
                "  property names      precision {}",
                a.property_precision
            )?;
            writeln!(f, "                      recall    {}", a.property_recall)?;
            writeln!(
                f,
                "  navigation names    precision {}",
                a.navigation_precision
            )?;
            writeln!(f, "                      recall    {}", a.navigation_recall)?;
            writeln!(f, "  property types      equal     {}", a.type_agreement)?;
            writeln!(
                f,
                "  enum members        equal     {}",
                a.enum_members_equal
            )?;
            writeln!(
                f,
                "                      equal but for `{EVOLVABLE_SENTINEL}` {}",
                a.enum_members_equal_but_sentinel
            )?;
        }
        writeln!(f)?;
        writeln!(f, "diagnostics by code")?;
        for (severity, code, n) in &self.diagnostics {
            writeln!(f, "  {n:>6} {severity:<7} {code}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_members_are_compared_with_and_without_the_sentinel() {
        let page = "# Enum values\n\n### colour values\n\n|Member|\n|:---|\n|red|\n|green|\n\n\
                    ### shape values\n\n|Member|\n|:---|\n|round|\n|square|\n\n\
                    ### size values\n\n|Member|\n|:---|\n|small|\n|large|\n";
        let analysis =
            crate::pipeline::analyze_bytes(vec![("enums.md".into(), page.as_bytes().to_vec())]);
        let csdl = Csdl::parse(
            r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="colour"><Member Name="red" Value="0" /><Member Name="green" Value="1" /></EnumType>
      <EnumType Name="shape"><Member Name="round" Value="0" /><Member Name="square" Value="1" /><Member Name="unknownFutureValue" Value="2" /></EnumType>
      <EnumType Name="size"><Member Name="small" Value="0" /><Member Name="medium" Value="1" /><Member Name="unknownFutureValue" Value="2" /></EnumType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#,
        )
        .unwrap();
        let a = agreement(analysis.model(), &csdl, None);
        // colour equal; shape equal but for the sentinel; size lacks `medium`, has `large`
        assert_eq!(
            (a.enum_members_equal.hits, a.enum_members_equal.total),
            (1, 3)
        );
        let but = &a.enum_members_equal_but_sentinel;
        assert_eq!((but.hits, but.total), (2, 3));
    }
}
