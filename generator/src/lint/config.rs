//! Tuning the lint without editing code: `docgen.toml`, command-line overrides and inline
//! `<!-- docgen-ignore: CODE -->` comments.
//!
//! ```toml
//! [lint]
//! deny-warnings = false
//! ignore = ["beta/**", "**/includes/**"]   # path globs, matched against file names as shown
//!
//! [lint.severity]
//! unknown-property = "allow"     # allow | info | warn | deny
//! placeholder-value = "deny"
//! ```
//!
//! The same file's `[generate]` section holds the generator's options ([`crate::Options`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::Regex;

use crate::diag::{Code, Diagnostic, Severity};
use crate::source::Sources;

/// What a code is turned into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not reported.
    Allow,
    Info,
    Warn,
    /// Reported as an error.
    Deny,
}

impl Level {
    pub fn parse(text: &str) -> Option<Level> {
        match text {
            "allow" => Some(Level::Allow),
            "info" => Some(Level::Info),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config `{path}`: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("config `{path}` is not valid: {message}")]
    Syntax { path: String, message: String },
    #[error(
        "config `{path}`: unknown diagnostic code `{code}` (see `docgen lint --explain CODE`)"
    )]
    UnknownCode { path: String, code: String },
    #[error("config `{path}`: bad ignore pattern `{pattern}`: {message}")]
    Glob {
        path: String,
        pattern: String,
        message: String,
    },
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    #[serde(default)]
    lint: LintSection,
    /// The generator's options (`docgen generate`), checked here too.
    #[serde(default)]
    generate: crate::Options,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LintSection {
    #[serde(default)]
    severity: BTreeMap<String, Level>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    deny_warnings: bool,
}

/// The lint's settings.
#[derive(Clone, Debug, Default)]
pub struct Config {
    severity: BTreeMap<Code, Level>,
    ignore: Option<GlobSet>,
    /// Report warnings as errors.
    pub deny_warnings: bool,
}

/// The name docgen looks for in the working directory when no `--config` is given.
pub const DEFAULT_FILE: &str = "docgen.toml";

impl Config {
    /// Reads a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: shown.clone(),
            source,
        })?;
        Config::parse(&text, &shown)
    }

    /// The `[generate]` section of a config file: the generator options.
    pub fn load_generate(path: &Path) -> Result<crate::Options, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: shown.clone(),
            source,
        })?;
        let file: FileFormat = toml::from_str(&text).map_err(|e| ConfigError::Syntax {
            path: shown,
            message: e.to_string(),
        })?;
        Ok(file.generate)
    }

    /// Parses config text; `path` is only used in messages.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        let file: FileFormat = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        let mut config = Config {
            deny_warnings: file.lint.deny_warnings,
            ..Config::default()
        };
        for (name, level) in file.lint.severity {
            let code = Code::from_name(&name).ok_or_else(|| ConfigError::UnknownCode {
                path: path.to_string(),
                code: name.clone(),
            })?;
            config.severity.insert(code, level);
        }
        if !file.lint.ignore.is_empty() {
            let mut set = GlobSetBuilder::new();
            for pattern in &file.lint.ignore {
                let glob = Glob::new(pattern).map_err(|e| ConfigError::Glob {
                    path: path.to_string(),
                    pattern: pattern.clone(),
                    message: e.to_string(),
                })?;
                set.add(glob);
            }
            config.ignore = Some(set.build().map_err(|e| ConfigError::Glob {
                path: path.to_string(),
                pattern: file.lint.ignore.join(", "),
                message: e.to_string(),
            })?);
        }
        Ok(config)
    }

    /// Sets one code's level (command-line `--allow` / `--warn` / `--deny`).
    pub fn set(&mut self, code: Code, level: Level) {
        self.severity.insert(code, level);
    }

    fn ignored(&self, file: &str) -> bool {
        self.ignore.as_ref().is_some_and(|set| set.is_match(file))
    }

    /// The findings as configured: ignored files and inline-suppressed codes dropped,
    /// severities overridden, warnings denied if asked.
    pub fn apply(&self, sources: &Sources, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        // inline suppressions are read only from the pages that have findings
        let mut suppressed: Vec<Option<BTreeSet<Code>>> = vec![None; sources.len()];
        diagnostics
            .into_iter()
            .filter(|d| !self.ignored(&sources.get(d.span.file).name))
            .filter(|d| {
                !suppressed[d.span.file.0 as usize]
                    .get_or_insert_with(|| {
                        // a page whose text was let go holds no directive
                        // (`pipeline::Keep::Positions`)
                        let file = sources.get(d.span.file);
                        if file.has_text() {
                            inline_suppressions(file.text())
                        } else {
                            BTreeSet::new()
                        }
                    })
                    .contains(&d.code)
            })
            .filter_map(|d| {
                let severity = match self.severity.get(&d.code) {
                    Some(Level::Allow) => return None,
                    Some(Level::Info) => Severity::Info,
                    Some(Level::Warn) => Severity::Warning,
                    Some(Level::Deny) => Severity::Error,
                    None => d.severity,
                };
                let severity = if self.deny_warnings && severity == Severity::Warning {
                    Severity::Error
                } else {
                    severity
                };
                Some(d.with_severity(severity))
            })
            .collect()
    }
}

static IGNORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*docgen-ignore:\s*([A-Za-z0-9_,\s-]+?)\s*-->").expect("valid regex")
});

/// Codes silenced for a whole page by `<!-- docgen-ignore: code-a, code-b -->`.
pub fn inline_suppressions(text: &str) -> BTreeSet<Code> {
    if !crate::diag::mentions_inline_ignore(text) {
        return BTreeSet::new();
    }
    IGNORE
        .captures_iter(text)
        .flat_map(|c| {
            c[1].split([',', ' ', '\n'])
                .filter_map(|name| Code::from_name(name.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{SourceFile, Span};

    fn sources() -> Sources {
        let mut s = Sources::default();
        s.add(SourceFile::new("v1.0/a.md", "a"));
        s.add(SourceFile::new(
            "beta/b.md",
            "<!-- docgen-ignore: unknown-property, type-name-as-value -->",
        ));
        s
    }

    fn diag(file: u32, code: Code) -> Diagnostic {
        Diagnostic::new(code, Span::point(crate::source::FileId(file), 0), "x")
    }

    #[test]
    fn severities_globs_and_inline_suppressions() {
        let config = Config::parse(
            "[lint]\nignore = [\"v1.0/**\"]\n[lint.severity]\nunknown-enum-member = \"deny\"\nduplicate-property = \"allow\"\n",
            "docgen.toml",
        )
        .unwrap();
        let s = sources();
        let out = config.apply(
            &s,
            vec![
                diag(0, Code::UnknownEnumMember),
                diag(1, Code::UnknownEnumMember),
                diag(1, Code::DuplicateProperty),
                diag(1, Code::UnknownProperty),
                diag(1, Code::TypeNameAsValue),
                diag(1, Code::InvalidJson),
            ],
        );
        let got: Vec<_> = out.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(
            got,
            [
                (Code::UnknownEnumMember, Severity::Error),
                (Code::InvalidJson, Severity::Error)
            ]
        );
    }

    #[test]
    fn deny_warnings_promotes() {
        let config = Config::parse("[lint]\ndeny-warnings = true\n", "x").unwrap();
        let out = config.apply(&sources(), vec![diag(0, Code::UnknownProperty)]);
        assert_eq!(out[0].severity, Severity::Error);
    }

    #[test]
    fn bad_configs_are_errors() {
        assert!(matches!(
            Config::parse("[lint.severity]\nno-such-code = \"deny\"\n", "x"),
            Err(ConfigError::UnknownCode { .. })
        ));
        assert!(matches!(
            Config::parse("[lint.severity]\ninvalid-json = \"loud\"\n", "x"),
            Err(ConfigError::Syntax { .. })
        ));
        assert!(matches!(
            Config::parse("[lint]\nignore = [\"a/{b\"]\n", "x"),
            Err(ConfigError::Glob { .. })
        ));
        assert!(matches!(
            Config::parse("[lnt]\n", "x"),
            Err(ConfigError::Syntax { .. })
        ));
    }
}
