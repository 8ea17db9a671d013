//! The endpoints module: one struct per endpoint implementing `runtime::Endpoint`.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::names::{self, Scope};
use super::{doc, Context};
use crate::extract::query;
use crate::model::{Endpoint, Segment, TypeRef};

/// The struct name of every endpoint, unique across the whole API (in model order), and the
/// name of its enum of answers where it has one.
pub(super) fn names(model: &crate::model::ApiModel) -> (Vec<String>, Vec<Option<String>>) {
    let mut scope = Scope::default();
    let names: Vec<String> = model
        .endpoints
        .iter()
        .map(|e| scope.claim(struct_name(e)))
        .collect();
    let answers = model
        .endpoints
        .iter()
        .zip(&names)
        .map(|(e, name)| answers(e).map(|_| scope.claim(format!("{name}Response"))))
        .collect();
    (names, answers)
}

/// The documented success answers of an endpoint whose statuses answer different bodies:
/// `(status, body type)` in status order. `None` when one body type serves every status.
pub(super) fn answers(e: &Endpoint) -> Option<Vec<(u16, Option<&TypeRef>)>> {
    if e.other_responses.is_empty() || raw_body(e) {
        return None;
    }
    let primary = e
        .response_type
        .as_ref()
        .filter(|_| e.response_status != 204);
    let mut all: Vec<(u16, Option<&TypeRef>)> = vec![(e.response_status, primary)];
    all.extend(e.other_responses.iter().map(|(s, t)| (*s, t.as_ref())));
    all.sort_by_key(|(s, _)| *s);
    let first = all[0].1;
    all.iter().any(|(_, t)| *t != first).then_some(all)
}

/// The variant of a success status: `Ok`, `Created`, `NoContent`, … (`Status299` for one
/// without a name).
fn status_variant(status: u16) -> String {
    match status {
        200 => "Ok".to_string(),
        201 => "Created".to_string(),
        202 => "Accepted".to_string(),
        203 => "NonAuthoritativeInformation".to_string(),
        204 => "NoContent".to_string(),
        205 => "ResetContent".to_string(),
        206 => "PartialContent".to_string(),
        207 => "MultiStatus".to_string(),
        208 => "AlreadyReported".to_string(),
        226 => "ImUsed".to_string(),
        other => format!("Status{other}"),
    }
}

fn codes<'a>(cx: &'a Context<'a>, choices: TokenStream) -> impl Iterator<Item = EndpointCode<'a>> {
    cx.model
        .endpoints
        .iter()
        .zip(&cx.endpoint_names)
        .zip(&cx.answer_names)
        .map(move |((e, name), answers)| EndpointCode {
            cx,
            def: e,
            name,
            choices: choices.clone(),
            answers_name: answers.as_deref(),
        })
}

/// A path parameter written `{id | userPrincipalName}`: its alternatives.
pub(super) fn alternatives(param: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = param.split('|').map(str::trim).collect();
    (parts.len() > 1 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// The enum of a parameter's alternatives: `IdOrUserPrincipalName`.
pub(super) fn choice_name(alternatives: &[&str]) -> String {
    names::type_name(&alternatives.join(" or "))
}

/// `(variant, alternative)` of each alternative of a choice.
pub(super) fn choice_variants<'a>(alternatives: &[&'a str]) -> Vec<(String, &'a str)> {
    let mut scope = Scope::default();
    alternatives
        .iter()
        .map(|a| (scope.claim(names::variant_name(a)), *a))
        .collect()
}

/// An enum per kind of parameter written as alternatives (`{id | name}`): the caller says
/// which one the value is. They live where every area's endpoints see them.
pub fn choices(cx: &Context) -> TokenStream {
    let mut kinds: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for e in &cx.model.endpoints {
        for p in e.path.params() {
            if let Some(alts) = alternatives(p) {
                kinds.entry(choice_name(&alts)).or_insert(alts);
            }
        }
    }
    let enums = kinds.iter().map(|(name, alts)| {
        let ident = names::ident(name);
        let written = alts.join(" | ");
        let d = doc::attrs([format!(
            "A path parameter written {}: the value, and which of these it is.",
            doc::code(&format!("{{{written}}}"))
        )]);
        let variants = choice_variants(alts);
        let decls = variants.iter().map(|(v, a)| {
            let v = names::ident(v);
            let d = doc::attrs([format!("The {}.", doc::code(a))]);
            quote!(#d #v(String),)
        });
        let arms = variants.iter().map(|(v, _)| {
            let v = names::ident(v);
            quote!(#ident::#v(value))
        });
        quote! {
            #d
            #[derive(Clone, Debug, PartialEq, Eq, Hash)]
            pub enum #ident {
                #(#decls)*
            }

            impl #ident {
                /// The value, as it goes into the path.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#arms)|* => value,
                    }
                }
            }
        }
    });
    quote!(#(#enums)*)
}

/// The whole `endpoints.rs`.
pub fn file(cx: &Context) -> TokenStream {
    let endpoints: Vec<EndpointCode> = codes(cx, TokenStream::new()).collect();
    let header = header(
        cx,
        &endpoints,
        quote!(super::models),
        quote!(super::runtime),
    );
    let choices = choices(cx);
    quote! {
        #header
        #choices
        #(#endpoints)*
    }
}

/// The endpoints of one area, as a module of `endpoints/`.
pub fn area_file(cx: &Context, area: &str) -> TokenStream {
    let endpoints: Vec<EndpointCode> = codes(cx, quote!(super::))
        .filter(|e| cx.model.area(e.def.sources[0]) == area)
        .collect();
    let header = header(
        cx,
        &endpoints,
        quote!(crate::models),
        quote!(crate::runtime),
    );
    let keep_layout = super::keep_layout();
    quote! {
        #keep_layout
        #header
        #(#endpoints)*
    }
}

fn header(
    cx: &Context,
    endpoints: &[EndpointCode],
    models: TokenStream,
    runtime: TokenStream,
) -> TokenStream {
    let uses_models = endpoints.iter().any(|e| {
        [&e.def.request_type, &e.def.response_type]
            .into_iter()
            .flatten()
            .any(|t| {
                t.named().is_some_and(|n| {
                    (cx.model.type_def(n).is_some() || cx.model.enum_def(n).is_some())
                        && !cx.model.skipped.contains(n)
                })
            })
    });
    let allow = cx.allow_unused_imports();
    let use_models = uses_models.then(|| {
        quote!(
            #allow
            use #models;
        )
    });
    // a module of no endpoint (pages with types only) uses nothing
    let use_runtime = (!endpoints.is_empty()).then(|| {
        quote!(
            #allow
            use #runtime as rt;
        )
    });
    quote! {
        #use_models
        #use_runtime
    }
}

/// `Update remoteAssistancePartner` → `UpdateRemoteAssistancePartner`; without a title, the
/// method and the path's literal segments.
fn struct_name(e: &Endpoint) -> String {
    let title = if e.title.trim().is_empty() {
        let literals: Vec<&str> = e
            .path
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Literal(l) => Some(l.as_str()),
                Segment::Param(_) => None,
            })
            .collect();
        format!("{} {}", e.method.to_ascii_lowercase(), literals.join(" "))
    } else {
        e.title.clone()
    };
    names::type_name(&title)
}

struct EndpointCode<'a> {
    cx: &'a Context<'a>,
    def: &'a Endpoint,
    name: &'a str,
    /// The path to the choice enums ([`choices`]): `super::` from an area's module.
    choices: TokenStream,
    /// The name of the enum of its answers, where it has one ([`answers`]).
    answers_name: Option<&'a str>,
}

impl EndpointCode<'_> {
    /// The body or response type seen from the endpoints module.
    fn body_type(&self, ty: &TypeRef) -> TokenStream {
        let models = quote!(models::);
        match ty {
            TypeRef::Collection(inner) if matches!(&**inner, TypeRef::Named(_)) => {
                let inner = self.cx.names.rust_type(self.cx.model, inner, &models);
                quote!(rt::Collection<#inner>)
            }
            other => self.cx.names.rust_type(self.cx.model, other, &models),
        }
    }
}

impl EndpointCode<'_> {
    /// The enum of an endpoint's answers, one variant per success status, and the
    /// `read_response` that picks the variant by status.
    fn answer_enum(
        &self,
        name: &str,
        all: &[(u16, Option<&TypeRef>)],
    ) -> (TokenStream, TokenStream) {
        let ident = names::ident(name);
        let endpoint = self.name;
        let docs = doc::attrs([
            format!("The documented answers of [`{endpoint}`], one per success status."),
            String::new(),
            "Serialized as the body alone (a variant without a body as `null`); read from JSON \
             alone (no status), the first variant the body fits is taken."
                .to_string(),
        ]);
        let mut variants = Vec::new();
        let mut arms = Vec::new();
        for (status, ty) in all {
            let variant = names::ident(&status_variant(*status));
            let code = proc_macro2::Literal::u16_unsuffixed(*status);
            match ty {
                Some(t) => {
                    let d = doc::attrs([format!(
                        "`{status}`, with a {} body.",
                        doc::code(&t.to_string())
                    )]);
                    let t = self.response_type(t);
                    variants.push(quote!(#d #variant(#t),));
                    arms.push(quote!(#code => Ok(#ident::#variant(rt::read_json(body)?)),));
                }
                None => {
                    let d = doc::attrs([format!("`{status}`, with no body.")]);
                    variants.push(quote!(#d #variant,));
                    arms.push(quote!(#code => Ok(#ident::#variant),));
                }
            }
        }
        let enum_tokens = quote! {
            #docs
            #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
            #[serde(untagged)]
            #[allow(clippy::large_enum_variant)]
            pub enum #ident {
                #(#variants)*
            }
        };
        let read = quote! {
            fn read_response(
                status: http::StatusCode,
                headers: &http::HeaderMap,
                body: &[u8],
            ) -> Result<Self::Response, rt::Error> {
                match status.as_u16() {
                    #(#arms)*
                    _ => Self::read_body(headers, body),
                }
            }
        };
        (enum_tokens, read)
    }

    /// The response type: as [`EndpointCode::body_type`], but a function's or action's
    /// primitive or enum result comes as `{"value": …}` (`rt::PrimitiveResult`), and so does
    /// a collection of them (`rt::Collection`).
    fn response_type(&self, ty: &TypeRef) -> TokenStream {
        let models = quote!(models::);
        match ty {
            TypeRef::Collection(inner) => {
                let inner = self.cx.names.rust_type(self.cx.model, inner, &models);
                quote!(rt::Collection<#inner>)
            }
            _ if crate::check::is_value_result(self.cx.model, ty) => {
                let inner = self.cx.names.rust_type(self.cx.model, ty, &models);
                quote!(rt::PrimitiveResult<#inner>)
            }
            other => self.body_type(other),
        }
    }
}

fn permission_list(list: &[String]) -> String {
    if list.is_empty() {
        "not supported".to_string()
    } else {
        list.iter()
            .map(|p| doc::code(p))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl ToTokens for EndpointCode<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let cx = self.cx;
        let e = self.def;
        let ident = names::ident(self.name);
        let path_text = e.path.to_string();
        let method = names::ident(&e.method);
        let sends_body = sends_body(&e.method);
        let title = if e.title.is_empty() {
            format!("{} {}", e.method, path_text)
        } else {
            e.title.clone()
        };
        let mut docs = vec![format!("{}.", doc::escape(&title)), String::new()];
        docs.push(doc::code(&format!("{} {}", e.method, path_text)));
        let description = doc::doc_line(&e.description);
        if !description.is_empty() {
            docs.push(String::new());
            docs.push(description);
        }
        docs.push(String::new());
        let p = &e.permissions;
        if p.is_empty() {
            docs.push("Permissions: not documented.".to_string());
        } else {
            let least = |l: &[String]| {
                l.first()
                    .map_or("not supported".to_string(), |p| doc::code(p))
            };
            docs.push(format!(
                "Least-privileged permission: delegated (work or school account): {}; delegated (personal Microsoft account): {}; application: {}.",
                least(&p.delegated_work),
                least(&p.delegated_personal),
                least(&p.application)
            ));
            docs.push(String::new());
            docs.push(format!(
                "Permissions, least privileged first: delegated (work or school account): {}; delegated (personal Microsoft account): {}; application: {}.",
                permission_list(&p.delegated_work),
                permission_list(&p.delegated_personal),
                permission_list(&p.application)
            ));
        }
        if !e.required_headers.is_empty() {
            let headers: Vec<String> = e.required_headers.iter().map(|h| doc::code(h)).collect();
            docs.push(String::new());
            docs.push(format!("Required headers: {}.", headers.join(", ")));
        }
        docs.push(String::new());
        docs.push(format!("Source: {}", cx.sources_line(&e.sources)));
        let docs = doc::attrs(docs);

        let mut scope = Scope::with_reserved(&["body", "query", "headers"]);
        let params: Vec<(String, proc_macro2::Ident)> = e
            .path
            .params()
            .map(|p| {
                (
                    p.to_string(),
                    names::ident(&scope.claim(names::field_name(p))),
                )
            })
            .collect();
        // a parameter written as alternatives is the enum of them
        let choice = |wire: &str| {
            alternatives(wire).map(|alts| {
                let ident = names::ident(&choice_name(&alts));
                let prefix = &self.choices;
                quote!(#prefix #ident)
            })
        };
        let param_fields = params.iter().map(|(wire, field)| {
            let d = doc::attrs([format!("Path parameter {}.", doc::code(wire))]);
            let ty = choice(wire).unwrap_or_else(|| quote!(String));
            quote! { #d pub #field: #ty, }
        });
        // a `$value` or `content` path carries bytes: downloaded, or uploaded
        let raw = raw_body(e);
        let body_ty = match (&e.request_type, sends_body) {
            (_, true) if raw => Some(quote!(rt::Bytes)),
            (Some(t), true) => Some(self.body_type(t)),
            _ => None,
        };
        // `answers_name` is set exactly for the endpoints [`answers`] gives answers
        let answers = self.answers_name.zip(answers(e));
        let response_ty = match (&answers, &e.response_type) {
            (Some((name, _)), _) => names::ident(name).into_token_stream(),
            _ if raw && e.method == "GET" => quote!(rt::Bytes),
            (None, Some(t)) if e.response_status != 204 => self.response_type(t),
            _ => quote!(()),
        };
        let (answer_enum, read_response) = answers
            .map(|(name, all)| self.answer_enum(name, &all))
            .unzip();
        let raw_fns = match (raw, sends_body) {
            (false, _) => quote!(),
            (true, true) => quote! {
                fn body_bytes(&self) -> Result<Option<(Vec<u8>, String)>, rt::Error> {
                    let content_type = self.body.content_type.as_deref();
                    Ok(Some((
                        self.body.data.clone(),
                        content_type.unwrap_or("application/octet-stream").to_string(),
                    )))
                }
            },
            (true, false) if e.method == "GET" => quote! {
                fn read_body(headers: &http::HeaderMap, body: &[u8]) -> Result<Self::Response, rt::Error> {
                    Ok(rt::Bytes::from_response(headers, body))
                }
            },
            (true, false) => quote!(),
        };
        let body_field = body_ty.as_ref().map(|t| {
            quote! { /// The request body.
            pub body: #t, }
        });
        let options = Options::of(e);
        let option_fields = options.fields();
        let option_methods = options.methods();
        let option_fns = options.trait_fns();
        let new_args = params.iter().map(|(w, f)| match choice(w) {
            Some(ty) => quote!(#f: #ty),
            None => quote!(#f: impl Into<String>),
        });
        let mut new_inits: Vec<TokenStream> = params
            .iter()
            .map(|(w, f)| match choice(w) {
                Some(_) => quote!(#f),
                None => quote!(#f: #f.into()),
            })
            .collect();
        new_inits.extend(options.inits());
        let (body_arg, body_init, body_assoc, body_fn) = match &body_ty {
            Some(t) => (
                quote!(body: #t),
                quote!(body),
                quote!(#t),
                quote!(Some(&self.body)),
            ),
            None => (quote!(), quote!(), quote!(rt::NoBody), quote!(None)),
        };
        let mut path_pushes = Vec::new();
        // the fields in the template's order (`/groups/{id}/threads/{id}`: `id`, then `id_2`)
        let mut fields = params.iter();
        let mut quoted = e.path.quoted_params();
        for seg in e.path.segments.iter().filter(|_| !params.is_empty()) {
            match seg {
                Segment::Literal(l) => path_pushes.push(match single_char(l) {
                    Some(c) => quote!(path.push(#c);),
                    None => quote!(path.push_str(#l);),
                }),
                Segment::Param(p) => {
                    let (_, field) = fields.next().expect("every parameter has a field");
                    let value = match alternatives(p) {
                        Some(_) => quote!(self.#field.as_str()),
                        None => quote!(&self.#field),
                    };
                    path_pushes.push(if quoted.next().unwrap_or(false) {
                        quote!(path.push_str(&rt::encode_function_string(#value));)
                    } else {
                        quote!(path.push_str(&rt::encode_path_segment(#p, #value)?);)
                    });
                }
            }
        }
        let template = &path_text;
        let status = proc_macro2::Literal::u16_unsuffixed(e.response_status);
        let [work, personal, application] =
            [&p.delegated_work, &p.delegated_personal, &p.application]
                .map(|list| quote!(&[#(#list),*]));
        let default = (params.is_empty() && body_ty.is_none()).then(|| quote!(Default,));
        let path_body = if params.is_empty() {
            quote!(Ok(#path_text.to_string()))
        } else {
            quote! {
                let mut path = String::new();
                #(#path_pushes)*
                Ok(path)
            }
        };
        tokens.extend(quote! {
            #docs
            #[derive(Clone, Debug, #default PartialEq)]
            #[non_exhaustive]
            pub struct #ident {
                #(#param_fields)*
                #body_field
                #option_fields
            }

            impl #ident {
                /// The request, with its path parameters and body.
                pub fn new(#(#new_args,)* #body_arg) -> Self {
                    Self { #(#new_inits,)* #body_init }
                }
                #option_methods
            }

            impl rt::Endpoint for #ident {
                type Body = #body_assoc;
                type Response = #response_ty;
                const METHOD: http::Method = http::Method::#method;
                const PATH_TEMPLATE: &'static str = #template;
                const SUCCESS_STATUS: u16 = #status;
                const PERMISSIONS: rt::Permissions = rt::Permissions {
                    delegated_work: #work,
                    delegated_personal: #personal,
                    application: #application,
                };

                fn path(&self) -> Result<String, rt::Error> {
                    #path_body
                }

                fn body(&self) -> Option<&Self::Body> {
                    #body_fn
                }
                #raw_fns
                #read_response
                #option_fns
            }
            #answer_enum
        });
    }
}

/// Whether requests of `method` carry a body.
pub(super) fn sends_body(method: &str) -> bool {
    matches!(method, "POST" | "PUT" | "PATCH")
}

/// Whether the endpoint's struct has a `headers` field: a documented header that neither the
/// runtime nor the client sets.
pub(super) fn has_headers(e: &Endpoint) -> bool {
    e.headers.iter().any(|h| !query::is_managed_header(h))
}

/// Whether the path ends in `$value` or `content`: a body of bytes (a download for GET, an
/// upload otherwise), whatever type the page names.
pub(super) fn raw_body(e: &Endpoint) -> bool {
    match e.path.segments.last() {
        Some(Segment::Literal(l)) => {
            let last = l.trim_end_matches('/').rsplit('/').next().unwrap_or("");
            last.eq_ignore_ascii_case("$value") || last == "content"
        }
        _ => false,
    }
}

/// The character of a one-character literal (pushed as a `char`, as clippy prefers).
fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The query options and optional headers an endpoint's page documents, as fields and
/// builder methods of its request struct.
struct Options<'a> {
    /// `(wire name, method)` of each query option.
    query: Vec<(&'a str, proc_macro2::Ident)>,
    /// `(wire name, method)` of each header.
    headers: Vec<(&'a str, proc_macro2::Ident)>,
}

impl<'a> Options<'a> {
    fn of(e: &'a Endpoint) -> Options<'a> {
        let mut scope = Scope::with_reserved(&["new"]);
        let query = e
            .query_options
            .iter()
            .map(|q| {
                let name = scope.claim(names::field_name(q.trim_start_matches('$')));
                (q.as_str(), names::ident(&name))
            })
            .collect();
        let headers = e
            .headers
            .iter()
            // the runtime or the caller's client sets these: no method of their own
            .filter(|h| !query::is_managed_header(h))
            .map(|h| (h.as_str(), names::ident(&scope.claim(names::field_name(h)))))
            .collect();
        Options { query, headers }
    }

    fn fields(&self) -> TokenStream {
        let query = (!self.query.is_empty()).then(|| {
            quote! {
                /// The OData query options set (see the methods named after them).
                pub query: rt::Query,
            }
        });
        let headers = (!self.headers.is_empty()).then(|| {
            quote! {
                /// The optional headers set (see the methods named after them).
                pub headers: rt::Headers,
            }
        });
        quote!(#query #headers)
    }

    fn inits(&self) -> Vec<TokenStream> {
        let mut out = Vec::new();
        if !self.query.is_empty() {
            out.push(quote!(query: rt::Query::default()));
        }
        if !self.headers.is_empty() {
            out.push(quote!(headers: rt::Headers::default()));
        }
        out
    }

    fn methods(&self) -> TokenStream {
        let query = self.query.iter().map(|(wire, method)| {
            let list = quote!(<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, items: I));
            let list_set = quote!(self.query.set_list(#wire, items));
            let number = quote!((mut self, n: u32));
            let number_set = quote!(self.query.set(#wire, n.to_string()));
            let text = quote!((mut self, expression: impl Into<String>));
            let text_set = quote!(self.query.set(#wire, expression));
            let (what, signature, set) = match *wire {
                "$select" => ("the properties to return", list, list_set),
                "$expand" => ("the relationships to include", list, list_set),
                "$orderby" => (
                    "the properties to sort by (`name desc` for descending)",
                    list,
                    list_set,
                ),
                "$top" => ("the number of items to return", number, number_set),
                "$skip" => ("the number of items to skip", number, number_set),
                "$count" => (
                    "whether to return the total count of items",
                    quote!((mut self, count: bool)),
                    quote!(self.query.set(#wire, count.to_string())),
                ),
                "$filter" => ("an expression items must satisfy", text, text_set),
                _ => (
                    "the search terms (quoted as the service expects: `\"displayName:x\"`)",
                    text,
                    text_set,
                ),
            };
            let doc = doc::attrs([format!("Sets {}: {what}.", doc::code(wire))]);
            quote! {
                #doc
                pub fn #method #signature -> Self {
                    #set;
                    self
                }
            }
        });
        let headers = self.headers.iter().map(|(wire, method)| {
            let doc = doc::attrs([format!("Sets the {} header.", doc::code(wire))]);
            quote! {
                #doc
                pub fn #method(mut self, value: impl Into<String>) -> Self {
                    self.headers.set(#wire, value);
                    self
                }
            }
        });
        quote!(#(#query)* #(#headers)*)
    }

    fn trait_fns(&self) -> TokenStream {
        let query = (!self.query.is_empty()).then(|| {
            quote! {
                fn query(&self) -> Option<&rt::Query> {
                    Some(&self.query)
                }
            }
        });
        let headers = (!self.headers.is_empty()).then(|| {
            quote! {
                fn headers(&self) -> Option<&rt::Headers> {
                    Some(&self.headers)
                }
            }
        });
        quote!(#query #headers)
    }
}
