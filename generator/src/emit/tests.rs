//! The generated crate's round-trip tests: one `#[test]` per documented request/response body,
//! the body itself in `tests/examples/NAME.json`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{self, Scope};
use super::{doc, Context};
use crate::model::{Example, ExampleKind, Expectation, TypeRef};

/// The test file and the example bodies it includes (file name → JSON text).
pub struct Tests {
    /// `tests/examples.rs`; with area features, `tests/examples/main.rs`.
    pub file: TokenStream,
    /// With area features: a module of `tests/examples/` per area (`common` for examples of
    /// shared types), by module name.
    pub modules: BTreeMap<String, TokenStream>,
    /// The bodies, by file name in `tests/examples/`.
    pub bodies: BTreeMap<String, String>,
    /// The module of each body's test, by the body's file name.
    pub body_modules: BTreeMap<String, String>,
}

pub fn tests(cx: &Context, crate_ident: &str) -> Tests {
    let mut scope = Scope::default();
    let mut bodies = BTreeMap::new();
    let mut body_modules = BTreeMap::new();
    // a module per area
    let per_area = cx.has_areas();
    // (module: the area of the endpoint, else of the type, else common; test)
    let mut fns: Vec<(Option<&str>, TokenStream)> = Vec::new();
    for ex in &cx.model.examples {
        // a checked example has a type generated code can read (an error response: the
        // runtime's)
        if ex.expectation == Expectation::NotChecked || (ex.ty.is_none() && !ex.error_body) {
            continue;
        }
        // in a crate of its own area, an object of another area's derived type is read as
        // its base type, which keeps what it does not know: the failure docgen predicts for
        // the whole API may not happen (the single crate's tests hold the prediction)
        if cx.is_split() && matches!(ex.expectation, Expectation::Fails(_)) {
            continue;
        }
        let ty = ex.ty.as_ref();
        let location = cx.sources.location(ex.source);
        let kind = match ex.kind {
            ExampleKind::Request => "request",
            ExampleKind::Response => "response",
            ExampleKind::Resource => continue,
        };
        let name = scope.claim(names::field_name(&format!(
            "example {} {} {kind}",
            location.file, location.line
        )));
        let json_file = format!("{name}.json");
        // relative to the test file: `tests/examples.rs`, or a module in `tests/examples/`
        let include = if per_area {
            json_file.clone()
        } else {
            format!("examples/{json_file}")
        };
        bodies.insert(json_file.clone(), format!("{}\n", ex.body.trim_end()));
        let target = match ty {
            Some(ty) => target_type(cx, ty, ex.wrapped),
            None => quote!(rt::ErrorResponse),
        };
        let what = describe(cx, ex, kind);
        let shown = format!("{}:{}", location.file, location.line);
        let fn_ident = names::ident(&name);
        // in the module of its endpoint's area (else its type's); compiled when its type's
        // area is enabled too
        let type_area = ty.and_then(TypeRef::named).and_then(|n| cx.feature_of(n));
        let endpoint_area = ex
            .endpoint
            .map(|i| cx.model.area(cx.model.endpoints[i].sources[0]));
        let module = if cx.is_split() {
            // in the crate of its type (the core crate's for a shared type)
            match ty {
                Some(_) => type_area,
                None => endpoint_area,
            }
        } else {
            endpoint_area.or(type_area).filter(|_| per_area)
        };
        let gate = cx.test_gate(module, ty.and_then(TypeRef::named));
        let body = match &ex.expectation {
            Expectation::RoundTrip => {
                let docs = doc::attrs([format!("{}: {what}.", doc::code(&shown))]);
                quote! {
                    #gate
                    #docs
                    #[test]
                    fn #fn_ident() {
                        let json = include_str!(#include);
                        if let Err(e) = rt::round_trip::<#target>(json) {
                            panic!("{}: {e}", #shown);
                        }
                    }
                }
            }
            Expectation::Fails(code) => {
                let code = code.as_str();
                let docs = doc::attrs([
                    format!("{}: {what}.", doc::code(&shown)),
                    String::new(),
                    format!(
                        "The docs are diagnosed here ({}); the round trip must fail.",
                        doc::code(code)
                    ),
                ]);
                let message = format!("{shown}: docgen reports `{code}` for this example, but its round trip succeeded");
                // with some areas off, an object of a derived type of another area is read as
                // its base type, which keeps what it does not know: the failure docgen
                // predicts for the whole API may not happen
                let check = if cx.has_areas() {
                    quote!(if cfg!(feature = "full") {
                        assert!(outcome.is_err(), #message);
                    })
                } else {
                    quote!(assert!(outcome.is_err(), #message);)
                };
                quote! {
                    #gate
                    #docs
                    #[test]
                    fn #fn_ident() {
                        let json = include_str!(#include);
                        let outcome = rt::round_trip::<#target>(json);
                        #check
                    }
                }
            }
            Expectation::NotChecked => continue,
        };
        body_modules.insert(json_file, super::module_name(module));
        fns.push((module, body));
    }
    let krate = names::ident(crate_ident);
    let imports = if cx.is_split() {
        // each crate's `main.rs` imports its own crate's (`workspace::test_main`)
        quote! {
            #[allow(unused_imports)]
            use super::{models, rt};
        }
    } else {
        quote! {
            #[allow(unused_imports)]
            use #krate::{models, runtime as rt};
        }
    };
    let docs = quote! {
        //! Round trips of the documented examples: each body is deserialized into its generated
        //! type, serialized back and compared with the documented JSON. Bodies the docs are
        //! diagnosed for must fail, so the lint and the generated code cannot disagree.
        #![cfg_attr(rustfmt, rustfmt::skip)]
    };
    let mut modules: BTreeMap<String, TokenStream> = BTreeMap::new();
    let file = if per_area {
        let mut by_module: BTreeMap<Option<&str>, Vec<TokenStream>> = BTreeMap::new();
        for (module, f) in fns {
            by_module.entry(module).or_default().push(f);
        }
        let mut decls = Vec::new();
        for (area, fns) in by_module {
            let name = super::module_name(area);
            let ident = names::ident(&name);
            let gate = cx.area_gate(area);
            decls.push(quote!(#gate mod #ident;));
            let keep_layout = super::keep_layout();
            modules.insert(
                name,
                quote! {
                    #keep_layout
                    #imports
                    #(#fns)*
                },
            );
        }
        quote! {
            #docs
            #(#decls)*
        }
    } else {
        let fns = fns.into_iter().map(|(_, f)| f);
        quote! {
            #docs
            #imports
            #(#fns)*
        }
    };
    Tests {
        file,
        modules,
        bodies,
        body_modules,
    }
}

/// The type an example body round-trips through: a primitive or enum result, or a single
/// object `wrapped` in `value`, through `PrimitiveResult`.
fn target_type(cx: &Context, ty: &TypeRef, wrapped: bool) -> TokenStream {
    let models = quote!(models::);
    match ty {
        _ if wrapped || crate::check::is_value_result(cx.model, ty) => {
            let inner = cx.names.rust_type(cx.model, ty, &models);
            quote!(rt::PrimitiveResult<#inner>)
        }
        TypeRef::Collection(inner) => {
            let inner = cx.names.rust_type(cx.model, inner, &models);
            quote!(rt::Collection<#inner>)
        }
        other => cx.names.rust_type(cx.model, other, &models),
    }
}

fn describe(cx: &Context, ex: &Example, kind: &str) -> String {
    let ty = match &ex.ty {
        Some(t) => format!(" as {}", doc::code(&t.to_string())),
        None if ex.error_body => " (Graph's error object)".to_string(),
        None => String::new(),
    };
    match ex.endpoint.map(|i| &cx.model.endpoints[i]) {
        Some(e) => format!(
            "{kind} body of {}{ty}",
            doc::code(&format!("{} {}", e.method, e.path))
        ),
        None => format!("{kind} body{ty}"),
    }
}
