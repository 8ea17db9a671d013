//! Generator options a team sets when it adopts docgen: extra derives, Rust names of its own,
//! types left out, and the areas to generate. Set through [`crate::Builder`] or, for the CLI,
//! the `[generate]` section of `docgen.toml`:
//!
//! ```toml
//! [generate]
//! areas = ["intune-remoteassistance"]          # only these areas and what they need
//! skip = ["microsoft.graph.bitlocker"]         # left out: its JSON kept as it came
//! struct-derives = ["Eq"]                      # added to every struct (and `Any…` enum)
//! enum-derives = ["Copy"]                      # added to every enum
//! metadata = "v1.0.csdl.xml"                   # the service's CSDL: its flags enums
//! dates = "time"                               # chrono (default) or time
//!
//! [generate.rename]
//! "microsoft.graph.remoteAssistancePartner" = "Partner"
//! ```
//!
//! Applied to each model between merge and check ([`Prepared::apply`]): skipped items are
//! marked in [`ApiModel::skipped`] before the examples are checked, so the lint's
//! expectations and the generated tests agree.

use std::collections::{BTreeMap, BTreeSet};

use crate::extract::DEFAULT_NAMESPACE;
use crate::model::area::Areas;
use crate::model::{ApiModel, QualifiedName};

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Options {
    /// Only these areas (and the items they need) are generated; empty: every area.
    #[serde(default)]
    pub areas: BTreeSet<String>,
    /// Types and enums left out (qualified names; `user` means `microsoft.graph.user`).
    #[serde(default)]
    pub skip: BTreeSet<String>,
    /// Derives added to every struct and `Any…` enum (paths such as `Eq`, `schemars::JsonSchema`).
    #[serde(default)]
    pub struct_derives: Vec<String>,
    /// Derives added to every enum.
    #[serde(default)]
    pub enum_derives: Vec<String>,
    /// Rust names for types and enums, by qualified name.
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
    /// The service's CSDL (`$metadata`): enums it marks `IsFlags` are flags enums even where
    /// the docs do not say so.
    #[serde(default)]
    pub metadata: Option<std::path::PathBuf>,
    /// The date and time library the text scalars check and convert with.
    #[serde(default)]
    pub dates: Dates,
    /// The client replay (`tests/client.rs`) drives at most this many documented pairs, one
    /// per endpoint, spread evenly over the API; none: every pair.
    #[serde(default)]
    pub replay_sample: Option<usize>,
    /// The CLI's crate is a workspace of a crate per area (a core crate of what areas share,
    /// a crate per area, a facade picking areas by feature) instead of one crate with a
    /// feature per area: each rustc process compiles one area.
    #[serde(default)]
    pub crate_per_area: bool,
}

/// The date and time library of the generated runtime: `DateTimeOffset`, `Date` and
/// `TimeOfDay` convert to its types (`to_chrono()` or `to_time()`), and it checks their text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dates {
    #[default]
    Chrono,
    Time,
}

impl std::str::FromStr for Dates {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "chrono" => Ok(Dates::Chrono),
            "time" => Ok(Dates::Time),
            other => Err(format!("`{other}`: expected `chrono` or `time`")),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OptionsError {
    #[error("`{0}` is not a derive path (such as `Eq` or `schemars::JsonSchema`)")]
    Derive(String),
    #[error("cannot name `{name}` `{rust}`: not a Rust identifier")]
    Rename { name: String, rust: String },
    #[error("no area `{area}` (the areas are: {})", .known.join(", "))]
    UnknownArea { area: String, known: Vec<String> },
    #[error("cannot use metadata `{path}`: {message}")]
    Metadata { path: String, message: String },
}

impl Options {
    /// Each derive must parse as a Rust path, so that no option text can become anything
    /// but a derive.
    fn check_derives(list: &[String]) -> Result<(), OptionsError> {
        match list
            .iter()
            .find(|d| syn::parse_str::<syn::Path>(d).is_err())
        {
            Some(d) => Err(OptionsError::Derive(d.clone())),
            None => Ok(()),
        }
    }

    /// The renames by qualified name, each checked to be a Rust identifier.
    pub fn renames(&self) -> Result<BTreeMap<QualifiedName, String>, OptionsError> {
        self.rename
            .iter()
            .map(|(name, rust)| match syn::parse_str::<syn::Ident>(rust) {
                Ok(_) => Ok((qualified(name), rust.clone())),
                Err(_) => Err(OptionsError::Rename {
                    name: name.clone(),
                    rust: rust.clone(),
                }),
            })
            .collect()
    }

    /// Checks the options that need no model.
    pub fn validate(&self) -> Result<(), OptionsError> {
        Options::check_derives(&self.struct_derives)?;
        Options::check_derives(&self.enum_derives)?;
        self.renames()?;
        Ok(())
    }

    /// The options checked and their files read, ready to apply to each API version's model.
    pub fn prepare(&self) -> Result<Prepared<'_>, OptionsError> {
        self.validate()?;
        let flags = match &self.metadata {
            None => BTreeSet::new(),
            Some(path) => {
                let failed = |message: String| OptionsError::Metadata {
                    path: path.display().to_string(),
                    message,
                };
                let text = std::fs::read_to_string(path).map_err(|e| failed(e.to_string()))?;
                let csdl = crate::csdl::Csdl::parse(&text).map_err(|e| failed(e.to_string()))?;
                csdl.enums
                    .into_iter()
                    .filter(|(_, e)| e.flags)
                    .map(|(name, _)| name)
                    .collect()
            }
        };
        Ok(Prepared {
            options: self,
            flags,
        })
    }
}

/// [`Options`] ready to apply: checked, the metadata's flags enums read (once).
pub struct Prepared<'o> {
    options: &'o Options,
    flags: BTreeSet<QualifiedName>,
}

impl Prepared<'_> {
    /// Marks the flags enums the metadata names and what is left out of `model` (skipped
    /// names, the items of other areas that the chosen ones do not need), and drops the
    /// endpoints of other areas with their examples. The pipeline applies it between merge
    /// and check, so the check (and the lint) see the model the code is generated from.
    pub fn apply(&self, model: &mut ApiModel) {
        let options = self.options;
        for e in &mut model.enums {
            if self.flags.contains(&e.name) {
                e.flags = true;
            }
        }
        if options.skip.is_empty() && options.areas.is_empty() {
            return;
        }
        let mut skipped: BTreeSet<QualifiedName> =
            options.skip.iter().map(|n| qualified(n)).collect();
        if !options.areas.is_empty() {
            let areas = Areas::of(model);
            let chosen = |name: &QualifiedName| match areas.common.get(name) {
                Some(users) => users.iter().any(|u| options.areas.contains(u)),
                None => model
                    .area_of_name(name)
                    .is_some_and(|a| options.areas.contains(a)),
            };
            let names = model
                .types
                .iter()
                .map(|t| &t.name)
                .chain(model.enums.iter().map(|e| &e.name));
            skipped.extend(names.filter(|n| !chosen(n)).cloned());
            // the endpoints of other areas go, with their examples
            let keep: Vec<bool> = model
                .endpoints
                .iter()
                .map(|e| options.areas.contains(model.area(e.sources[0])))
                .collect();
            let mut new_index = Vec::with_capacity(keep.len());
            let mut next = 0;
            for &k in &keep {
                new_index.push(k.then_some(next));
                next += usize::from(k);
            }
            let mut i = 0;
            model.endpoints.retain(|_| {
                i += 1;
                keep[i - 1]
            });
            let areas = &options.areas;
            let page_areas = &model.page_areas;
            model.examples.retain_mut(|ex| match ex.endpoint {
                Some(old) => match new_index[old] {
                    Some(new) => {
                        ex.endpoint = Some(new);
                        true
                    }
                    None => false,
                },
                // an example of no endpoint goes with its page's area
                None => areas.contains(
                    page_areas
                        .get(&ex.source.file)
                        .map_or(crate::model::area::GENERAL, String::as_str),
                ),
            });
        }
        skipped.retain(|n| model.type_def(n).is_some() || model.enum_def(n).is_some());
        model.skipped = skipped;
    }
}

/// An area the options name that no page of `analysis` is in.
pub fn unknown_area(options: &Options, analysis: &crate::Analysis) -> Result<(), OptionsError> {
    let known: BTreeSet<&str> = analysis
        .apis
        .iter()
        .flat_map(|a| a.model.page_areas.values().map(String::as_str))
        .collect();
    match options.areas.iter().find(|a| !known.contains(a.as_str())) {
        Some(area) => Err(OptionsError::UnknownArea {
            area: area.clone(),
            known: known.iter().map(|a| a.to_string()).collect(),
        }),
        None => Ok(()),
    }
}

/// `user` → `microsoft.graph.user`; a dotted name is taken as qualified.
fn qualified(name: &str) -> QualifiedName {
    QualifiedName::parse(name, DEFAULT_NAMESPACE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_text_must_be_a_path_or_an_identifier() {
        let mut o = Options {
            struct_derives: vec!["Eq".into(), "schemars::JsonSchema".into()],
            ..Options::default()
        };
        assert_eq!(o.validate(), Ok(()));
        o.enum_derives = vec!["Copy)] struct X; #[derive(Eq".into()];
        assert!(matches!(o.validate(), Err(OptionsError::Derive(_))));
        o.enum_derives.clear();
        o.rename.insert("user".into(), "fn".into());
        assert!(matches!(o.validate(), Err(OptionsError::Rename { .. })));
        o.rename.insert("user".into(), "GraphUser".into());
        assert_eq!(
            o.renames().unwrap().keys().next().unwrap().to_string(),
            "microsoft.graph.user"
        );
    }
}
