//! Stage 4, emit: [`ApiModel`] → Rust source files, built with `quote!` from small
//! [`quote::ToTokens`] units and laid out by prettyplease. Page text only ever reaches the
//! output as string literals or escaped doc text, never as tokens.

pub mod doc;
mod endpoints;
mod jobs;
mod manifest;
mod models;
pub mod names;
pub mod replay;
mod tests;
mod types;
pub mod workspace;

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use jobs::run_jobs;
pub use jobs::EmitTimings;

use crate::model::ApiModel;
use crate::source::{Sources, Span};

/// What emit needs: the model, the files (for `file:line` in docs), the names of everything.
#[derive(Clone)]
pub struct Context<'a> {
    pub model: &'a ApiModel,
    pub sources: &'a Sources,
    names: types::TypeNames,
    /// The struct name of each endpoint.
    endpoint_names: Vec<String>,
    /// The name of each endpoint's enum of answers, where it has one.
    answer_names: Vec<Option<String>>,
    /// With two areas or more, each is a cargo feature compiling its own items.
    areas: Option<crate::model::area::Areas>,
    /// Derives added by the generator options (each checked to be a path).
    struct_derives: Vec<String>,
    enum_derives: Vec<String>,
    /// The date and time library of the runtime.
    dates: crate::options::Dates,
    /// In a workspace of a crate per area ([`workspace`]): the crate being emitted,
    /// `Some(None)` for the core crate of the shared items, `Some(Some(area))` for an area's.
    /// Its items are there unconditionally and another area's are not: no `cfg` at all.
    split: Option<Option<String>>,
}

impl<'a> Context<'a> {
    /// Code for every item, compiled unconditionally (build.rs mode).
    pub fn new(model: &'a ApiModel, sources: &'a Sources) -> Context<'a> {
        let (endpoint_names, answer_names) = endpoints::names(model);
        Context {
            model,
            sources,
            names: types::TypeNames::new(model, &BTreeMap::new()),
            endpoint_names,
            answer_names,
            areas: None,
            struct_derives: Vec::new(),
            enum_derives: Vec::new(),
            dates: crate::options::Dates::Chrono,
            split: None,
        }
    }

    /// The code of one crate of a workspace of a crate per area: the core crate (`None`)
    /// or an area's.
    pub fn in_crate(&self, area: Option<&str>) -> Context<'a> {
        Context {
            split: Some(area.map(str::to_string)),
            ..self.clone()
        }
    }

    /// In a crate of a workspace: whether a type or enum lives in another area's crate,
    /// which this one cannot name (a crate per area depends on the core crate only).
    fn absent(&self, target: &crate::model::QualifiedName) -> bool {
        let (Some(krate), Some(areas)) = (&self.split, &self.areas) else {
            return false;
        };
        areas
            .feature_of(self.model, target)
            .is_some_and(|area| Some(area) != krate.as_deref())
    }

    /// Whether this is a crate of a workspace of a crate per area.
    fn is_split(&self) -> bool {
        self.split.is_some()
    }

    /// The same, with the generator options' names and derives (what they leave out is
    /// already marked in the model: `Options::apply`).
    pub fn with_options(
        self,
        options: &crate::Options,
    ) -> Result<Context<'a>, crate::options::OptionsError> {
        options.validate()?;
        Ok(Context {
            names: types::TypeNames::new(self.model, &options.renames()?),
            struct_derives: options.struct_derives.clone(),
            enum_derives: options.enum_derives.clone(),
            dates: options.dates,
            ..self
        })
    }

    /// The derives of an item: `always`, then the options' `extra` that are not among them.
    fn derives(&self, always: &[&str], extra: &[String]) -> TokenStream {
        let fixed = always.iter().map(|d| quote::format_ident!("{d}"));
        // only the options' derives need parsing (checked when they were taken), and only
        // those not already there
        let added = extra
            .iter()
            .filter_map(|d| syn::parse_str::<syn::Path>(d).ok())
            .filter(|p| {
                let last = p.segments.last().map(|s| s.ident.to_string());
                !always.iter().any(|a| last.as_deref() == Some(*a))
            });
        quote!(#[derive(#(#fixed,)* #(#added),*)])
    }

    /// Code whose items are compiled per area: each area is a cargo feature of the crate
    /// (when the model has two areas or more); an item several areas use is compiled with
    /// any of them.
    pub fn with_area_features(model: &'a ApiModel, sources: &'a Sources) -> Context<'a> {
        let areas = crate::model::area::Areas::of(model);
        Context {
            areas: (areas.names.len() > 1).then_some(areas),
            ..Context::new(model, sources)
        }
    }

    /// The areas of the model, when there are several (each a cargo feature).
    pub fn areas(&self) -> impl Iterator<Item = &str> {
        self.areas
            .iter()
            .flat_map(|a| a.names.iter().map(String::as_str))
    }

    /// With area features, a module's imports may serve no enabled item.
    fn allow_unused_imports(&self) -> TokenStream {
        if self.areas.is_none() {
            TokenStream::new()
        } else {
            quote!(#[allow(unused_imports)])
        }
    }

    fn has_areas(&self) -> bool {
        self.areas.is_some()
    }

    /// The areas with types or enums of their own.
    fn model_areas(&self) -> BTreeSet<&'a str> {
        let m = self.model;
        m.types
            .iter()
            .map(|t| &t.name)
            .chain(m.enums.iter().map(|e| &e.name))
            .filter_map(|n| self.feature_of(n))
            .collect()
    }

    /// The areas with endpoints.
    fn endpoint_areas(&self) -> BTreeSet<&'a str> {
        let m = self.model;
        m.endpoints.iter().map(|e| m.area(e.sources[0])).collect()
    }

    /// The area feature of a type or enum (`None`: common, or no area features).
    fn feature_of(&self, name: &crate::model::QualifiedName) -> Option<&'a str> {
        self.areas.as_ref()?.feature_of(self.model, name)
    }

    /// Whether code of `owner` can name `target`: always, never (in a workspace, a type of
    /// another area's crate), or under a `cfg` condition (a relationship into another area
    /// does not make its target common, so its field needs the condition).
    fn presence(
        &self,
        owner: &crate::model::QualifiedName,
        target: &crate::model::QualifiedName,
    ) -> Presence {
        if self.absent(target) {
            return Presence::Never;
        }
        if self.is_split() {
            return Presence::Always;
        }
        match self.compiled_unless(owner, target) {
            None => Presence::Always,
            Some(condition) => Presence::When(condition),
        }
    }

    /// With area features: the condition under which `target` is compiled, when it is not
    /// compiled whenever `owner` is (`None`: always there when `owner` is).
    fn compiled_unless(
        &self,
        owner: &crate::model::QualifiedName,
        target: &crate::model::QualifiedName,
    ) -> Option<TokenStream> {
        let areas = self.areas.as_ref()?;
        let owner_areas: Option<BTreeSet<String>> = match areas.common.get(owner) {
            Some(users) => Some(users.clone()),
            None => self
                .feature_of(owner)
                .map(|a| BTreeSet::from([a.to_string()])),
        };
        let target_areas: BTreeSet<String> = match areas.common.get(target) {
            Some(users) => users.clone(),
            None => BTreeSet::from([self.feature_of(target)?.to_string()]),
        };
        // compiled with any of `target_areas`: always there when every area that compiles
        // the owner is one of them
        match owner_areas {
            Some(owners) if owners.is_subset(&target_areas) => None,
            _ => Some(any_feature(&target_areas)),
        }
    }

    /// A common item is compiled when an area that uses it is: `#[cfg(any(feature = …))]`.
    fn common_gate(&self, name: &crate::model::QualifiedName) -> TokenStream {
        if self.is_split() {
            return TokenStream::new();
        }
        match self.areas.as_ref().and_then(|a| a.common.get(name)) {
            None => TokenStream::new(),
            Some(users) => {
                let predicate = any_feature(users);
                quote!(#[cfg(#predicate)])
            }
        }
    }

    /// The gate of an example's test in the module of `module`'s area: the test needs its
    /// type, which is compiled with its own area, or (a common type) with an area using it.
    fn test_gate(
        &self,
        module: Option<&str>,
        ty: Option<&crate::model::QualifiedName>,
    ) -> TokenStream {
        let (Some(areas), Some(ty)) = (&self.areas, ty) else {
            return TokenStream::new();
        };
        if self.is_split() {
            return TokenStream::new();
        }
        match areas.feature_of(self.model, ty) {
            Some(area) if Some(area) == module => TokenStream::new(),
            Some(area) => self.area_gate(Some(area)),
            None => self.common_gate(ty),
        }
    }

    /// `#[cfg(feature = "area")]` for a module of an area; nothing for the common module.
    fn area_gate(&self, area: Option<&str>) -> TokenStream {
        if self.is_split() {
            return TokenStream::new();
        }
        match area {
            Some(area) => quote!(#[cfg(feature = #area)]),
            None => TokenStream::new(),
        }
    }

    /// `` `file:line` `` of a span, for docs.
    fn location(&self, span: Span) -> String {
        doc::code(&self.sources.location(span).to_string())
    }

    fn sources_line(&self, spans: &[Span]) -> String {
        let mut seen: Vec<String> = Vec::new();
        for s in spans {
            let l = self.location(*s);
            if !seen.contains(&l) {
                seen.push(l);
            }
        }
        seen.join(", ")
    }
}

/// Whether one item's code can name another: [`Context::presence`].
enum Presence {
    Always,
    Never,
    /// Under this `cfg` predicate.
    When(TokenStream),
}

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    #[error("internal error: generated {file} is not valid Rust: {message}")]
    Syntax { file: String, message: String },
}

/// Lays out a token stream as a file.
fn format(file: &str, tokens: TokenStream) -> Result<String, EmitError> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| EmitError::Syntax {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&parsed))
}

/// The module of an area's items (`None`: the items several areas share).
pub fn module_name(area: Option<&str>) -> String {
    match area {
        None => "common".to_string(),
        Some(a) => {
            let name = a.replace('-', "_");
            if name == "common" || name.starts_with(|c: char| c.is_ascii_digit()) {
                format!("area_{name}")
            } else {
                name
            }
        }
    }
}

/// `feature = "a"`, or `any(feature = "a", feature = "b", …)` for several areas.
fn any_feature(areas: &std::collections::BTreeSet<String>) -> TokenStream {
    let features = areas.iter().map(|a| quote!(feature = #a));
    if areas.len() == 1 {
        quote!(#(#features)*)
    } else {
        quote!(any(#(#features),*))
    }
}

/// `mod.rs` of `models/` or `endpoints/`: each area's module behind its feature, its items
/// re-exported so that every item keeps its path (`models::User`).
fn module_index(cx: &Context, modules: &[Option<&str>]) -> TokenStream {
    let decls = modules.iter().map(|&area| {
        let gate = cx.area_gate(area);
        let ident = names::ident(&module_name(area));
        // a module whose enabled items are none re-exports nothing
        let export = quote!(#gate #[allow(unused_imports)] pub use #ident::*;);
        quote! {
            #gate
            mod #ident;
            #export
        }
    });
    quote! {
        #![cfg_attr(rustfmt, rustfmt::skip)]
        #(#decls)*
    }
}

/// The first line of every out-of-line module docgen writes: `cargo fmt` keeps
/// prettyplease's layout (and so the freshness check holds).
fn keep_layout() -> TokenStream {
    quote!(#![cfg_attr(rustfmt, rustfmt::skip)])
}

/// `tests/client.rs`: the replay of every documented pair through the client, against the
/// `docgen mock` at `DOCGEN_MOCK_URL` (a test of the `client` feature only).
fn client_test(cx: &Context, crate_ident: &str, input: &replay::Input) -> TokenStream {
    let replay = replay::replay(cx, input);
    let krate = names::ident(crate_ident);
    let mut docs = vec![
        "The generated client against `docgen mock`: every documented request/response pair the typed".to_string(),
        "requests can send, sent through `client::Client` to the mock, each answer read as the endpoint's".to_string(),
        "response type and compared with the documented body (a documented error: its status).".to_string(),
        String::new(),
        "Run it with the mock serving the pages this crate was generated from:".to_string(),
        "`docgen mock PAGES --listen 127.0.0.1:8080 &` then".to_string(),
        "`DOCGEN_MOCK_URL=http://127.0.0.1:8080 cargo test --features client --test client`.".to_string(),
        String::new(),
        format!("Pairs driven: {}.", replay.driven),
    ];
    if !replay.left_out.is_empty() {
        docs.push(String::new());
        docs.push("Pairs left out, by reason:".to_string());
        docs.push(String::new());
        docs.extend(
            replay
                .left_out
                .iter()
                .map(|(why, n)| format!("- {why}: {n}")),
        );
    }
    let docs = docs
        .into_iter()
        .map(|l| if l.is_empty() { l } else { format!(" {l}") });
    let items = replay.items;
    let keep_layout = keep_layout();
    quote! {
        #( #![doc = #docs] )*
        #keep_layout

        #[allow(unused_imports)]
        use #krate::{client, endpoints, runtime as rt};

        #[test]
        fn every_documented_pair_through_the_client() {
            let Ok(mock) = std::env::var("DOCGEN_MOCK_URL") else {
                panic!("set DOCGEN_MOCK_URL to the address of `docgen mock` serving the pages of this crate");
            };
            let mut url = mock.trim_end_matches('/').to_string();
            if !VERSION.is_empty() {
                url = format!("{url}/{VERSION}");
            }
            let client = client::Client::builder(url, client::BearerToken::new("docgen-mock"))
                .retry(client::RetryPolicy::never())
                .build()
                .expect("a client");
            // a thread of its own: unoptimized, the largest models' visitors take more stack
            // than a test thread has
            let outcomes = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("a runtime")
                        .block_on(replay(&client))
                })
                .expect("a thread")
                .join()
                .expect("the replay ends");
            let failed: Vec<String> = outcomes
                .iter()
                .filter_map(|(source, outcome)| outcome.as_ref().err().map(|e| format!("{source}: {e}")))
                .collect();
            println!(
                "{} of {} documented pairs answered as documented",
                outcomes.len() - failed.len(),
                outcomes.len()
            );
            assert!(failed.is_empty(), "{}", failed.join("\n"));
        }

        #items
    }
}

/// The client module (`templates/client.rs`, behind the generated crate's `client` feature),
/// formatted, and its module documentation as attributes for the `mod` that declares it (the
/// same file is a file module of a crate and an `include!` of build.rs mode, where inner
/// attributes are refused).
fn client() -> Result<(String, TokenStream), EmitError> {
    let mut file = syn::parse_file(include_str!("../../templates/client.rs")).map_err(|e| {
        EmitError::Syntax {
            file: "templates/client.rs".to_string(),
            message: e.to_string(),
        }
    })?;
    let docs = std::mem::take(&mut file.attrs).into_iter().map(|mut a| {
        a.style = syn::AttrStyle::Outer;
        a
    });
    let docs = quote!(#(#docs)*);
    Ok((prettyplease::unparse(&file), docs))
}

/// The runtime module: docgen's own `runtime/` as one file (its file modules written inline),
/// without its unit tests.
fn runtime(dates: crate::options::Dates) -> Result<String, EmitError> {
    let parse = |file: &str, text: &str| {
        syn::parse_file(text).map_err(|e| EmitError::Syntax {
            file: format!("runtime/{file}"),
            message: e.to_string(),
        })
    };
    let mut file = parse("mod.rs", include_str!("../runtime/mod.rs"))?;
    let mut scalars = parse("scalars.rs", include_str!("../runtime/scalars.rs"))?;
    if dates == crate::options::Dates::Time {
        // the `time` flavour of `mod dates` in the chrono one's place
        let flavour = parse("time.rs", include_str!("../runtime/time.rs"))?;
        let mut time_dates = flavour.items.into_iter().next();
        for item in &mut scalars.items {
            if matches!(item, syn::Item::Mod(m) if m.ident == "dates") {
                if let Some(replacement) = time_dates.take() {
                    *item = replacement;
                }
            }
        }
    }
    let request = parse("request.rs", include_str!("../runtime/request.rs"))?;
    file.items.retain(|item| {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            _ => return true,
        };
        !attrs.iter().any(|a| {
            a.path().is_ident("cfg")
                && quote::ToTokens::to_token_stream(&a.meta)
                    .to_string()
                    .contains("test")
        })
    });
    // every file module written inline: a `mod x;` left would name a file the crate lacks
    let mut inline = [("scalars", scalars.items), ("request", request.items)];
    for item in &mut file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.content.is_some() {
            continue;
        }
        let Some((_, items)) = inline.iter_mut().find(|(name, _)| m.ident == name) else {
            return Err(EmitError::Syntax {
                file: "runtime/mod.rs".to_string(),
                message: format!("file module `{}` is not written inline by emit", m.ident),
            });
        };
        m.content = Some((Default::default(), std::mem::take(items)));
        m.semi = None;
    }
    Ok(prettyplease::unparse(&file))
}

/// The three modules every output has, formatted: `models.rs`, `endpoints.rs`, `runtime.rs`.
pub fn modules(
    cx: &Context,
    replay: &replay::Input,
) -> Result<BTreeMap<&'static str, String>, EmitError> {
    let mut out = BTreeMap::new();
    out.insert(
        "replay.rs",
        format("replay.rs", replay::replay(cx, replay).items)?,
    );
    out.insert("models.rs", format("models.rs", models::file(cx))?);
    out.insert("endpoints.rs", format("endpoints.rs", endpoints::file(cx))?);
    out.insert("runtime.rs", runtime(cx.dates)?);
    out.insert("client.rs", client()?.0);
    Ok(out)
}

fn module_docs(cx: &Context) -> [TokenStream; 3] {
    let m = cx.model;
    let models = format!(
        " Models: {} structs (one per type) and {} enums, with serde that keeps absent, null and unknown values.",
        m.types.len(),
        m.enums.len()
    );
    let endpoints = format!(
        " Endpoints: {} requests, each building an `http::Request` and reading an `http::Response` (sans I/O).",
        m.endpoints.len()
    );
    let runtime = " Support types shared by the models and endpoints.".to_string();
    [
        quote!(#[doc = #models]),
        quote!(#[doc = #endpoints]),
        quote!(#[doc = #runtime]),
    ]
}

/// `docgen.rs` for build.rs users: the three modules pulled in from `OUT_DIR`.
pub fn include_file(cx: &Context) -> Result<String, EmitError> {
    let [md, ed, rd] = module_docs(cx);
    let cd = client()?.1;
    format(
        "docgen.rs",
        quote! {
            #md
            pub mod models {
                include!(concat!(env!("OUT_DIR"), "/models.rs"));
            }
            #ed
            pub mod endpoints {
                include!(concat!(env!("OUT_DIR"), "/endpoints.rs"));
            }
            #rd
            pub mod runtime {
                include!(concat!(env!("OUT_DIR"), "/runtime.rs"));
            }
            #[cfg(feature = "client")]
            #cd
            pub mod client {
                include!(concat!(env!("OUT_DIR"), "/client.rs"));
            }
        },
    )
}

/// A crate name made of what Cargo accepts: `generated`, `graph-v1`.
pub fn crate_name(wanted: &str) -> String {
    let name: String = wanted
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_matches(['-', '_']).to_string();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("graph-{name}").trim_end_matches('-').to_string()
    } else {
        name
    }
}

pub const GENERATED_MARKER: &str = "# @generated by docgen";

/// One unit of output, produced and formatted on one thread (token streams cannot cross
/// threads).
enum Job<'a> {
    Lib,
    Replay,
    Models(Option<&'a str>),
    ModelsIndex(Vec<Option<&'a str>>),
    Endpoints(&'a str),
    EndpointsIndex(Vec<Option<&'a str>>),
    ModelsFile,
    EndpointsFile,
    Tests,
}

/// Every file of a standalone crate, by path relative to the crate root.
pub fn crate_files(
    cx: &Context,
    crate_name: &str,
    inputs: &[String],
    replay: &replay::Input,
) -> Result<(BTreeMap<String, String>, EmitTimings), EmitError> {
    let crate_ident = crate_name.replace('-', "_");
    let mut jobs = vec![Job::Tests, Job::Lib, Job::Replay];
    if cx.has_areas() {
        // a module per area, each behind its feature: a disabled area is not even parsed
        let model_areas = cx.model_areas();
        // the common module first, then the areas with models of their own
        let declared: Vec<Option<&str>> = std::iter::once(None)
            .chain(model_areas.into_iter().map(Some))
            .collect();
        jobs.extend(declared.iter().map(|&area| Job::Models(area)));
        jobs.push(Job::ModelsIndex(declared));
        let endpoint_areas = cx.endpoint_areas();
        jobs.extend(endpoint_areas.iter().map(|&area| Job::Endpoints(area)));
        jobs.push(Job::EndpointsIndex(
            endpoint_areas.into_iter().map(Some).collect(),
        ));
    } else {
        jobs.extend([Job::ModelsFile, Job::EndpointsFile]);
    }
    let run = |job: Job,
               out: &mut Vec<(String, TokenStream)>,
               plain: &mut Vec<(String, String)>|
     -> Result<(), EmitError> {
        match job {
            Job::Lib => out.push(("src/lib.rs".into(), lib(cx, inputs)?)),
            Job::Replay => out.push((
                "tests/client.rs".into(),
                client_test(cx, &crate_ident, replay),
            )),
            Job::Models(area) => out.push((
                format!("src/models/{}.rs", module_name(area)),
                models::area_file(cx, area),
            )),
            Job::ModelsIndex(declared) => {
                out.push(("src/models/mod.rs".into(), module_index(cx, &declared)))
            }
            Job::Endpoints(area) => out.push((
                format!("src/endpoints/{}.rs", module_name(Some(area))),
                endpoints::area_file(cx, area),
            )),
            Job::EndpointsIndex(declared) => {
                let index = module_index(cx, &declared);
                let choices = endpoints::choices(cx);
                out.push(("src/endpoints/mod.rs".into(), quote!(#index #choices)))
            }
            Job::ModelsFile => out.push(("src/models.rs".into(), models::file(cx))),
            Job::EndpointsFile => out.push(("src/endpoints.rs".into(), endpoints::file(cx))),
            Job::Tests => {
                let t = tests::tests(cx, &crate_ident);
                if cx.has_areas() {
                    out.push(("tests/examples/main.rs".into(), t.file));
                    for (name, file) in t.modules {
                        out.push((format!("tests/examples/{name}.rs"), file));
                    }
                } else {
                    out.push(("tests/examples.rs".into(), t.file));
                }
                for (name, body) in t.bodies {
                    plain.push((format!("tests/examples/{name}"), body));
                }
                plain.push(("src/runtime.rs".into(), runtime(cx.dates)?));
                plain.push(("src/client.rs".into(), client()?.0));
            }
        }
        Ok(())
    };
    let (mut files, timings) = run_jobs(jobs, run)?;
    let areas: Vec<&str> = cx.areas().collect();
    files.insert(
        "Cargo.toml".to_string(),
        manifest::single(crate_name, inputs, &areas, cx.dates),
    );
    Ok((files, timings))
}

fn lib(cx: &Context, inputs: &[String]) -> Result<TokenStream, EmitError> {
    let docs = crate_docs(cx, inputs);
    let [_, endpoints_doc, _] = module_docs(cx);
    let modules = lib_modules(cx, endpoints_doc)?;
    Ok(quote! {
        #( #![doc = #docs] )*
        #![forbid(unsafe_code)]
        #![cfg_attr(rustfmt, rustfmt::skip)]

        #modules
    })
}

/// The file modules of a crate's `lib.rs`, each with its docs (`endpoints_doc` for
/// `endpoints`): models, endpoints, runtime, and the client behind its feature.
fn lib_modules(cx: &Context, endpoints_doc: TokenStream) -> Result<TokenStream, EmitError> {
    let [md, _, rd] = module_docs(cx);
    let ed = endpoints_doc;
    let cd = client()?.1;
    Ok(quote! {
        #md
        #[rustfmt::skip]
        pub mod models;
        #ed
        #[rustfmt::skip]
        pub mod endpoints;
        #rd
        #[rustfmt::skip]
        pub mod runtime;
        #[cfg(feature = "client")]
        #cd
        #[rustfmt::skip]
        pub mod client;
    })
}

/// The crate documentation's lines (each with its leading space): what it was generated
/// from, and the docs' licence.
fn crate_docs(cx: &Context, inputs: &[String]) -> Vec<String> {
    let mut pages: Vec<&str> = cx.sources.iter().map(|(_, f)| f.name.as_str()).collect();
    pages.sort();
    // in name order: the same inputs in another order give the same crate
    let mut inputs: Vec<&String> = inputs.iter().collect();
    inputs.sort();
    inputs.dedup();
    let mut docs = vec![
        format!(
            "Microsoft Graph models and endpoints generated by docgen from {} pages ({}).",
            pages.len(),
            inputs.iter().map(|i| doc::code(i)).collect::<Vec<_>>().join(", ")
        ),
        String::new(),
        "Do not edit: regenerate with `docgen generate`. Each item's documentation names the page and line it came from.".to_string(),
        String::new(),
        "The descriptions are copied from the Microsoft Graph documentation (© Microsoft Corporation), licensed under CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>; code samples in those docs are MIT-licensed.".to_string(),
    ];
    if pages.len() <= 50 {
        docs.push(String::new());
        docs.push("Pages:".to_string());
        docs.push(String::new());
        docs.extend(pages.iter().map(|p| format!("- {}", doc::code(p))));
    }
    docs.into_iter()
        .map(|l| if l.is_empty() { l } else { format!(" {l}") })
        .collect()
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn crate_names_are_cargo_safe() {
        assert_eq!(crate_name("generated"), "generated");
        assert_eq!(crate_name("Out Dir!"), "out-dir");
        assert_eq!(crate_name("1.0"), "graph-1-0");
        assert_eq!(crate_name("../"), "graph");
    }

    #[test]
    fn runtime_is_emitted_without_its_tests() {
        let text = runtime(crate::options::Dates::Chrono).unwrap();
        assert!(text.contains("pub enum Property<T>"));
        assert!(!text.contains("mod tests"));
        assert!(text.contains("pub fn to_chrono"));
        let text = runtime(crate::options::Dates::Time).unwrap();
        assert!(text.contains("pub fn to_time") && !text.contains("chrono"));
    }
}
