//! The generated crate's round-trip tests: one `#[test]` per documented request/response body,
//! the body itself in `tests/examples/NAME.json`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{self, Scope};
use super::{doc, Context};
use crate::check;
use crate::model::{Example, ExampleKind, Expectation, TypeRef};

/// The test file and the example bodies it includes (file name → JSON text).
pub struct Tests {
    pub file: TokenStream,
    pub bodies: BTreeMap<String, String>,
}

pub fn tests(cx: &Context, crate_ident: &str) -> Tests {
    let mut scope = Scope::default();
    let mut bodies = BTreeMap::new();
    let mut fns = Vec::new();
    for ex in &cx.model.examples {
        let Some(ty) = ex.ty.as_ref().filter(|t| check::is_checkable(cx.model, t)) else {
            continue;
        };
        if ex.expectation == Expectation::NotChecked {
            continue;
        }
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
        let include = format!("examples/{json_file}");
        bodies.insert(json_file, format!("{}\n", ex.body.trim_end()));
        let target = target_type(cx, ty);
        let what = describe(cx, ex, kind);
        let shown = format!("{}:{}", location.file, location.line);
        let fn_ident = names::ident(&name);
        // compiled with the areas of its type (unless common) and of its endpoint
        let gate = cx.gate_all(
            ty.named()
                .and_then(|n| cx.feature_of(n))
                .into_iter()
                .chain(ex.endpoint.map(|i| cx.model.area(cx.model.endpoints[i].sources[0])))
                .filter(|_| cx.has_areas()),
        );
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
                quote! {
                    #gate
                    #docs
                    #[test]
                    fn #fn_ident() {
                        let json = include_str!(#include);
                        let outcome = rt::round_trip::<#target>(json);
                        assert!(outcome.is_err(), #message);
                    }
                }
            }
            Expectation::NotChecked => continue,
        };
        fns.push(body);
    }
    let krate = names::ident(crate_ident);
    let uses_models = !fns.is_empty();
    let imports = if uses_models {
        // with only some areas enabled, some test files may use only one of the two
        quote!(#[allow(unused_imports)] use #krate::{models, runtime as rt};)
    } else {
        quote!()
    };
    let file = quote! {
        //! Round trips of the documented examples: each body is deserialized into its generated
        //! type, serialized back and compared with the documented JSON. Bodies the docs are
        //! diagnosed for must fail, so the lint and the generated code cannot disagree.
        #![cfg_attr(rustfmt, rustfmt::skip)]

        #imports

        #(#fns)*
    };
    Tests { file, bodies }
}

fn target_type(cx: &Context, ty: &TypeRef) -> TokenStream {
    let models = quote!(models::);
    match ty {
        TypeRef::Collection(inner) => {
            let inner = cx.names.rust_type(cx.model, inner, &models);
            quote!(rt::Collection<#inner>)
        }
        other => cx.names.rust_type(cx.model, other, &models),
    }
}

fn describe(cx: &Context, ex: &Example, kind: &str) -> String {
    let ty = ex.ty.as_ref().map_or(String::new(), |t| {
        format!(" as {}", doc::code(&t.to_string()))
    });
    match ex.endpoint.map(|i| &cx.model.endpoints[i]) {
        Some(e) => format!(
            "{kind} body of {}{ty}",
            doc::code(&format!("{} {}", e.method, e.path))
        ),
        None => format!("{kind} body{ty}"),
    }
}
