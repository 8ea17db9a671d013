//! docgen turns Microsoft Graph API reference pages into one typed API model, Rust models and
//! endpoints, and proves the generated types against every documented example.
//!
//! Stages (see `ARCHITECTURE.md`): [`parse`] → [`extract`] → [`merge`] → [`check`] →
//! [`emit`]; [`pipeline`] runs them, [`Builder`] is the build.rs entry point:
//!
//! ```no_run
//! // build.rs
//! let out_dir = std::env::var("OUT_DIR").unwrap();
//! docgen::Builder::new()
//!     .input("docs-input")
//!     .generate_into(out_dir)
//!     .expect("docgen could not read docs-input");
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/docgen.rs"));
//! ```

pub mod check;
pub mod csdl;
pub mod diag;
pub mod diff;
pub mod emit;
pub mod extract;
pub mod fuzzing;
#[cfg(feature = "lint")]
pub mod lint;
pub mod merge;
pub mod mock;
pub mod model;
pub mod options;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod runtime;
pub mod schema;
pub mod source;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diag::{Code, Diagnostic, Severity};
pub use options::Options;
pub use pipeline::{analyze, Analysis, Summary};

/// Everything that can stop docgen from producing output.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] source::InputError),
    #[error(transparent)]
    Emit(#[from] emit::EmitError),
    #[error(transparent)]
    Output(#[from] output::OutputError),
    #[error(transparent)]
    Options(#[from] options::OptionsError),
    /// Code is generated for one API version at a time.
    #[error("the pages document several API versions ({}); pick one to generate", .found.join(", "))]
    SeveralVersions { found: Vec<String> },
    #[error("the pages document no API version `{wanted}` (found: {})", .found.join(", "))]
    NoSuchVersion { wanted: String, found: Vec<String> },
}

/// Generates code from documentation pages, in the style of `prost-build`.
#[derive(Clone, Debug)]
pub struct Builder {
    inputs: Vec<PathBuf>,
    cargo_metadata: bool,
    warnings_from: Severity,
    api_version: Option<String>,
    progress: Option<std::sync::Arc<dyn pipeline::Progress>>,
    options: Options,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

/// What a run produced.
pub struct Report {
    pub analysis: Analysis,
    /// Where the output went.
    pub out: PathBuf,
    /// Files written (unchanged files are not rewritten).
    pub written: usize,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            inputs: Vec::new(),
            cargo_metadata: true,
            warnings_from: Severity::Warning,
            api_version: None,
            progress: None,
            options: Options::default(),
        }
    }

    /// All the generator options at once (the CLI's `[generate]` section of `docgen.toml`).
    pub fn options(mut self, options: Options) -> Builder {
        self.options = options;
        self
    }

    /// Adds a derive to every generated struct and `Any…` enum, such as `"Eq"`.
    pub fn struct_derive(mut self, path: impl Into<String>) -> Builder {
        self.options.struct_derives.push(path.into());
        self
    }

    /// Adds a derive to every generated enum.
    pub fn enum_derive(mut self, path: impl Into<String>) -> Builder {
        self.options.enum_derives.push(path.into());
        self
    }

    /// The Rust name of a type or enum (`"microsoft.graph.user"` or `"user"`), instead of
    /// the one docgen derives from its name.
    pub fn rename(mut self, name: impl Into<String>, rust: impl Into<String>) -> Builder {
        self.options.rename.insert(name.into(), rust.into());
        self
    }

    /// Leaves a type or enum out of the generated code: where it is used, its JSON is kept
    /// as it came (`serde_json::Value`).
    pub fn skip(mut self, name: impl Into<String>) -> Builder {
        self.options.skip.insert(name.into());
        self
    }

    /// The service's CSDL (`$metadata`): the enums it marks `IsFlags` are generated as flags
    /// enums even where the docs do not say so.
    pub fn metadata(mut self, csdl: impl Into<PathBuf>) -> Builder {
        self.options.metadata = Some(csdl.into());
        self
    }

    /// The date and time library the generated runtime converts to and checks with
    /// (default: chrono); the crate then needs that library as a dependency.
    pub fn dates(mut self, dates: options::Dates) -> Builder {
        self.options.dates = dates;
        self
    }

    /// Generates only this area (call again for more) and the items it needs; the other
    /// areas' items and endpoints are left out.
    pub fn area(mut self, area: impl Into<String>) -> Builder {
        self.options.areas.insert(area.into());
        self
    }

    /// Where to report how a long run goes (the CLI's progress bar).
    pub fn progress(mut self, progress: std::sync::Arc<dyn pipeline::Progress>) -> Builder {
        self.progress = Some(progress);
        self
    }

    /// The API version to generate (`v1.0`, `beta`) when the pages document several.
    pub fn api_version(mut self, version: impl Into<String>) -> Builder {
        self.api_version = Some(version.into());
        self
    }

    /// Where progress goes: the caller's, else nowhere.
    fn reporter(&self) -> &dyn pipeline::Progress {
        self.progress.as_deref().unwrap_or(&pipeline::Quiet)
    }

    /// The model code is generated from.
    fn chosen<'a>(&self, analysis: &'a Analysis) -> Result<&'a model::ApiModel, Error> {
        let found = || {
            analysis
                .apis
                .iter()
                .map(|a| a.version.clone().unwrap_or_else(|| "(unversioned)".into()))
                .collect()
        };
        match (&self.api_version, &analysis.apis[..]) {
            (Some(v), _) => {
                analysis
                    .api(Some(v))
                    .map(|a| &a.model)
                    .ok_or_else(|| Error::NoSuchVersion {
                        wanted: v.clone(),
                        found: found(),
                    })
            }
            (None, [] | [_]) => Ok(analysis.model()),
            (None, _) => Err(Error::SeveralVersions { found: found() }),
        }
    }

    /// Adds a page or a folder of pages (read recursively).
    pub fn input(mut self, path: impl Into<PathBuf>) -> Builder {
        self.inputs.push(path.into());
        self
    }

    /// Whether [`Builder::generate_into`] prints `cargo:rerun-if-changed` for every input
    /// file and folder, and `cargo:warning` for diagnostics (default: yes).
    pub fn cargo_metadata(mut self, enabled: bool) -> Builder {
        self.cargo_metadata = enabled;
        self
    }

    /// The least severe diagnostic printed as `cargo:warning` (default: warnings and errors).
    pub fn warnings_from(mut self, severity: Severity) -> Builder {
        self.warnings_from = severity;
        self
    }

    fn analyze(&self) -> Result<Analysis, Error> {
        let inputs = if self.inputs.is_empty() {
            vec![PathBuf::from("docs-input")]
        } else {
            self.inputs.clone()
        };
        let prepared = self.options.prepare()?;
        let analysis =
            pipeline::analyze_prepared(&inputs, self.reporter(), &|m| prepared.apply(m))?;
        options::unknown_area(&self.options, &analysis)?;
        Ok(analysis)
    }

    /// The build.rs mode: writes `models.rs`, `endpoints.rs`, `runtime.rs` and `docgen.rs`
    /// into `out_dir`; the crate then does `include!(concat!(env!("OUT_DIR"), "/docgen.rs"))`.
    pub fn generate_into(self, out_dir: impl AsRef<Path>) -> Result<Report, Error> {
        let out_dir = out_dir.as_ref();
        let analysis = self.analyze()?;
        if self.cargo_metadata {
            for path in analysis
                .watched_folders
                .iter()
                .chain(&analysis.watched_files)
            {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        let cx = emit::Context::new(self.chosen(&analysis)?, &analysis.sources)
            .with_options(&self.options)?;
        let routes = mock::Routes::new(&analysis);
        let replay = emit::replay::Input {
            routes: &routes,
            version: version_of(&analysis, cx.model),
            sample: self.options.replay_sample,
        };
        let mut files: Vec<(String, String)> = emit::modules(&cx, &replay)?
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        files.push(("docgen.rs".to_string(), emit::include_file(&cx)?));
        std::fs::create_dir_all(out_dir).map_err(|source| output::OutputError::Io {
            path: out_dir.display().to_string(),
            source,
        })?;
        let mut written = 0;
        for (name, text) in &files {
            written += usize::from(output::write_file(&out_dir.join(name), text)?);
        }
        if self.cargo_metadata {
            for d in analysis
                .diagnostics
                .iter()
                .filter(|d| d.severity <= self.warnings_from)
            {
                let at = analysis.sources.location(d.span);
                let message = format!(
                    "{}:{}: {} [{}] {}",
                    at.file, at.line, d.severity, d.code, d.message
                );
                println!("cargo:warning={}", message.replace(['\n', '\r'], " "));
            }
        }
        Ok(Report {
            analysis,
            out: out_dir.to_path_buf(),
            written,
        })
    }

    /// The CLI's `generate`: a complete crate (Cargo.toml, src/, tests/) in `dir`, replacing
    /// what docgen wrote there before. The crate name defaults to the folder's name. When
    /// the pages document several API versions and none is picked, each version gets its own
    /// crate in `dir/<version>` (named `<name>-<version>`).
    pub fn write_crate(
        self,
        dir: impl AsRef<Path>,
        crate_name: Option<&str>,
    ) -> Result<Report, Error> {
        let dir = dir.as_ref();
        let mut analysis = self.analyze()?;
        let (mut timings, mut write, mut written) =
            (emit::EmitTimings::default(), Duration::ZERO, 0);
        let mut emit_wall = Duration::ZERO;
        let progress = self.reporter();
        let targets = self.targets(&analysis, dir, crate_name)?;
        progress.start("writing crates", targets.len());
        for (out, name, model) in targets {
            let start = Instant::now();
            let (files, t) = self.crate_files(&analysis, model, &name)?;
            emit_wall += start.elapsed();
            timings.emit += t.emit;
            timings.format += t.format;
            let start = Instant::now();
            output::write_dir(&out, &files)?;
            write += start.elapsed();
            written += files.len();
            progress.advance(1);
        }
        progress.finish();
        analysis.timings.extend([
            ("emit+format", emit_wall),
            ("write", write),
            ("  emit (cpu)", timings.emit),
            ("  format (cpu)", timings.format),
        ]);
        Ok(Report {
            analysis,
            out: dir.to_path_buf(),
            written,
        })
    }

    /// `docgen generate --check`: what [`Builder::write_crate`] would change in `dir`, without
    /// writing anything (empty: the folder is fresh).
    pub fn check_crate(
        self,
        dir: impl AsRef<Path>,
        crate_name: Option<&str>,
    ) -> Result<(Report, Vec<output::Difference>), Error> {
        let dir = dir.as_ref();
        let analysis = self.analyze()?;
        let mut differences = Vec::new();
        for (out, name, model) in self.targets(&analysis, dir, crate_name)? {
            let (files, _) = self.crate_files(&analysis, model, &name)?;
            differences.extend(output::differences(&out, &files)?);
        }
        Ok((
            Report {
                analysis,
                out: dir.to_path_buf(),
                written: 0,
            },
            differences,
        ))
    }

    /// Each crate to write: its folder, package name and model. When the pages document
    /// several API versions and none is picked, one per version in `dir/<version>`.
    fn targets<'a>(
        &self,
        analysis: &'a Analysis,
        dir: &Path,
        crate_name: Option<&str>,
    ) -> Result<Vec<(PathBuf, String, &'a model::ApiModel)>, Error> {
        let fallback = dir
            .canonicalize()
            .ok()
            .or_else(|| Some(dir.to_path_buf()))
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "generated".to_string());
        let base = crate_name.unwrap_or(&fallback);
        Ok(if self.api_version.is_none() && analysis.apis.len() > 1 {
            analysis
                .apis
                .iter()
                .map(|api| {
                    let version = api.version.as_deref().unwrap_or("unversioned");
                    (
                        dir.join(version),
                        emit::crate_name(&format!("{base}-{version}")),
                        &api.model,
                    )
                })
                .collect()
        } else {
            vec![(
                dir.to_path_buf(),
                emit::crate_name(base),
                self.chosen(analysis)?,
            )]
        })
    }

    /// The files of one crate.
    fn crate_files(
        &self,
        analysis: &Analysis,
        model: &model::ApiModel,
        name: &str,
    ) -> Result<
        (
            std::collections::BTreeMap<String, String>,
            emit::EmitTimings,
        ),
        Error,
    > {
        let cx = emit::Context::with_area_features(model, &analysis.sources)
            .with_options(&self.options)?;
        let routes = mock::Routes::new(analysis);
        let replay = emit::replay::Input {
            routes: &routes,
            version: version_of(analysis, model),
            sample: self.options.replay_sample,
        };
        Ok(if self.options.crate_per_area {
            emit::workspace::files(&cx, name, &analysis.inputs, &replay)?
        } else {
            emit::crate_files(&cx, name, &analysis.inputs, &replay)?
        })
    }
}

/// The API version of `model`, one of `analysis`'s.
fn version_of<'a>(analysis: &'a Analysis, model: &model::ApiModel) -> Option<&'a str> {
    analysis
        .apis
        .iter()
        .find(|a| std::ptr::eq(&a.model, model))
        .and_then(|a| a.version.as_deref())
}
