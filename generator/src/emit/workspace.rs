//! A workspace of a crate per area, for APIs too large for one crate (`docgen generate
//! --crate-per-area`): one rustc process per area, each a fraction of the whole.
//!
//! - `core/`: the runtime, the client and the items several areas share (the `common`
//!   module of a standalone crate), with their round trips;
//! - `areas/<area>/`: an area's own models and endpoints, depending on the core crate only,
//!   with the round trips of its types;
//! - the facade at the root: every area an optional dependency behind the feature of its
//!   name (all by default), re-exported so that every item keeps its path (`models::User`),
//!   and the client replay.
//!
//! An area's crate cannot name another area's types: a polymorphic variant or relationship
//! into another area is read as the nearest base type the crate has, else as raw JSON (the
//! same fallback as a standalone crate's disabled area), so no `cfg` is left in the code.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::{
    client, client_test, crate_docs, endpoints, keep_layout, lib_modules, manifest, models,
    module_docs, module_name, names, replay, run_jobs, runtime, tests, Context, EmitError,
    EmitTimings,
};

/// A crate of the workspace: the core crate (`None`) or an area's.
struct Member<'a> {
    area: Option<&'a str>,
    /// The package name.
    package: String,
    /// Its folder, relative to the workspace root (`core`, `areas/outlook`).
    dir: String,
}

impl Member<'_> {
    fn ident(&self) -> syn::Ident {
        names::ident(&self.package.replace('-', "_"))
    }
}

/// One unit of output, produced and formatted on one thread.
enum Job<'a> {
    FacadeLib,
    Replay,
    Tests,
    CoreLib,
    CoreModels,
    CoreEndpoints,
    Area(&'a Member<'a>),
}

/// Every file of the workspace, by path relative to its root. `cx` is the standalone
/// crate's context (area features): the facade's replay is the standalone crate's. Pages of
/// one area give the standalone crate.
pub fn files(
    cx: &Context,
    crate_name: &str,
    inputs: &[String],
    replay: &replay::Input,
) -> Result<(BTreeMap<String, String>, EmitTimings), EmitError> {
    // one area: nothing to split
    if !cx.has_areas() {
        return super::crate_files(cx, crate_name, inputs, replay);
    }
    let core = Member {
        area: None,
        package: format!("{crate_name}-core"),
        dir: "core".to_string(),
    };
    let areas: Vec<Member> = cx
        .areas()
        .map(|area| Member {
            area: Some(area),
            // an area named `core` must not take the core crate's name
            package: super::crate_name(&format!(
                "{crate_name}-{}",
                if area == "core" { "area-core" } else { area }
            )),
            dir: format!("areas/{area}"),
        })
        .collect();
    let core_cx = cx.in_crate(None);
    let (model_areas, endpoint_areas) = (cx.model_areas(), cx.endpoint_areas());
    let mut jobs = vec![
        Job::Tests,
        Job::FacadeLib,
        Job::Replay,
        Job::CoreLib,
        Job::CoreModels,
        Job::CoreEndpoints,
    ];
    jobs.extend(areas.iter().map(Job::Area));
    let run = |job: Job,
               out: &mut Vec<(String, TokenStream)>,
               plain: &mut Vec<(String, String)>|
     -> Result<(), EmitError> {
        match job {
            Job::FacadeLib => {
                out.push(("src/lib.rs".into(), facade_lib(cx, inputs, &core, &areas)?))
            }
            Job::Replay => out.push((
                "tests/client.rs".into(),
                client_test(cx, &crate_name.replace('-', "_"), replay),
            )),
            Job::Tests => {
                let t = tests::tests(&core_cx, &core.package.replace('-', "_"));
                let by_module: BTreeMap<String, &Member> =
                    areas.iter().map(|m| (module_name(m.area), m)).collect();
                let member_of = |module: &str| by_module.get(module).copied().unwrap_or(&core);
                for (module, file) in t.modules {
                    let member = member_of(&module);
                    out.push((
                        format!("{}/tests/examples/main.rs", member.dir),
                        test_main(member, &module),
                    ));
                    out.push((format!("{}/tests/examples/{module}.rs", member.dir), file));
                }
                for (name, body) in t.bodies {
                    let module = t.body_modules.get(&name).map_or("common", String::as_str);
                    plain.push((
                        format!("{}/tests/examples/{name}", member_of(module).dir),
                        body,
                    ));
                }
                plain.push(("core/src/runtime.rs".into(), runtime(cx.dates)?));
                plain.push(("core/src/client.rs".into(), client()?.0));
            }
            Job::CoreLib => out.push(("core/src/lib.rs".into(), core_lib(cx)?)),
            Job::CoreModels => {
                out.push(("core/src/models/mod.rs".into(), index(None, Some(None))));
                out.push((
                    "core/src/models/common.rs".into(),
                    models::area_file(&core_cx, None),
                ));
            }
            Job::CoreEndpoints => {
                let layout = keep_layout();
                let choices = endpoints::choices(&core_cx);
                out.push(("core/src/endpoints.rs".into(), quote!(#layout #choices)));
            }
            Job::Area(member) => {
                let area = member.area.expect("an area's crate");
                let area_cx = cx.in_crate(Some(area));
                let dir = &member.dir;
                out.push((format!("{dir}/src/lib.rs"), area_lib(&core, member)));
                let own_models = model_areas.contains(area);
                let own_endpoints = endpoint_areas.contains(area);
                let core_ident = core.ident();
                out.push((
                    format!("{dir}/src/models/mod.rs"),
                    index(
                        Some((&core_ident, "models")),
                        own_models.then_some(Some(area)),
                    ),
                ));
                if own_models {
                    out.push((
                        format!("{dir}/src/models/{}.rs", module_name(Some(area))),
                        models::area_file(&area_cx, Some(area)),
                    ));
                }
                out.push((
                    format!("{dir}/src/endpoints/mod.rs"),
                    index(
                        Some((&core_ident, "endpoints")),
                        own_endpoints.then_some(Some(area)),
                    ),
                ));
                if own_endpoints {
                    out.push((
                        format!("{dir}/src/endpoints/{}.rs", module_name(Some(area))),
                        endpoints::area_file(&area_cx, area),
                    ));
                }
                plain.push((
                    format!("{dir}/Cargo.toml"),
                    manifest::area(&member.package, inputs, area, &core.package, cx.dates),
                ));
            }
        }
        Ok(())
    };
    let (mut files, timings) = run_jobs(jobs, run)?;
    files.insert(
        "core/Cargo.toml".to_string(),
        manifest::core(&core.package, inputs, cx.dates),
    );
    let members: Vec<(&str, String)> = areas
        .iter()
        .filter_map(|m| Some((m.area?, m.package.clone())))
        .collect();
    files.insert(
        "Cargo.toml".to_string(),
        manifest::facade(crate_name, inputs, &core.package, &members, cx.dates),
    );
    Ok((files, timings))
}

/// `mod.rs` of an area crate's `models/` or `endpoints/`: the core crate's items, then the
/// area's own module (`own`), all re-exported. The core crate's (no `core`): its module.
fn index(core: Option<(&syn::Ident, &str)>, own: Option<Option<&str>>) -> TokenStream {
    let layout = keep_layout();
    let core = core.map(|(c, module)| {
        let module = names::ident(module);
        quote! {
            #[allow(unused_imports)]
            pub use #c::#module::*;
        }
    });
    let own = own.map(|area| {
        let ident = names::ident(&module_name(area));
        quote! {
            mod #ident;
            #[allow(unused_imports)]
            pub use #ident::*;
        }
    });
    quote!(#layout #core #own)
}

/// The round-trip test target of a crate: its module of tests, under its own crate's
/// `models` and `runtime`.
fn test_main(member: &Member, module: &str) -> TokenStream {
    let krate = member.ident();
    let module = names::ident(module);
    quote! {
        //! Round trips of the documented examples: each body is deserialized into its generated
        //! type, serialized back and compared with the documented JSON.
        #![cfg_attr(rustfmt, rustfmt::skip)]
        #[allow(unused_imports)]
        use #krate::{models, runtime as rt};
        mod #module;
    }
}

fn core_lib(cx: &Context) -> Result<TokenStream, EmitError> {
    let endpoints_doc = quote! {
        /// The path parameters that take one of several kinds of value, which endpoints of
        /// several areas share.
    };
    let modules = lib_modules(cx, endpoints_doc)?;
    Ok(quote! {
        //! The core crate of a workspace generated by docgen: the runtime, the client and the
        //! models several areas share. Each area is a crate of its own, depending on this one.
        #![forbid(unsafe_code)]
        #![cfg_attr(rustfmt, rustfmt::skip)]

        #modules
    })
}

fn area_lib(core: &Member, member: &Member) -> TokenStream {
    let core_ident = core.ident();
    let doc = format!(
        " The area `{}` of a workspace generated by docgen: its models and endpoints, with those of the core crate re-exported.",
        member.area.unwrap_or_default()
    );
    quote! {
        #![doc = #doc]
        #![forbid(unsafe_code)]
        #![cfg_attr(rustfmt, rustfmt::skip)]

        /// Support types shared by the models and endpoints (the core crate's).
        pub use #core_ident::runtime;
        /// The area's models, and the core crate's.
        #[rustfmt::skip]
        pub mod models;
        /// The area's endpoints.
        #[rustfmt::skip]
        pub mod endpoints;
    }
}

fn facade_lib(
    cx: &Context,
    inputs: &[String],
    core: &Member,
    areas: &[Member],
) -> Result<TokenStream, EmitError> {
    let docs = crate_docs(cx, inputs);
    let [md, ed, rd] = module_docs(cx);
    let cd = client()?.1;
    let core_ident = core.ident();
    let reexports = |module: TokenStream| {
        let each = areas.iter().map(|m| {
            let feature = m.area.unwrap_or_default();
            let krate = m.ident();
            // an area whose items are all shared adds nothing to the core crate's
            quote! {
                #[cfg(feature = #feature)]
                #[allow(unused_imports)]
                pub use #krate::#module::*;
            }
        });
        quote! {
            #[allow(unused_imports)]
            pub use #core_ident::#module::*;
            #(#each)*
        }
    };
    let models = reexports(quote!(models));
    let endpoints = reexports(quote!(endpoints));
    Ok(quote! {
        #( #![doc = #docs] )*
        #![doc = ""]
        #![doc = " Each area is a crate of its own (`areas/`), enabled by the cargo feature of its name; the runtime, the client and the models areas share are the core crate's."]
        #![forbid(unsafe_code)]
        #![cfg_attr(rustfmt, rustfmt::skip)]

        #md
        pub mod models {
            #models
        }
        #ed
        pub mod endpoints {
            #endpoints
        }
        #rd
        pub use #core_ident::runtime;
        #[cfg(feature = "client")]
        #cd
        pub use #core_ident::client;
    })
}
