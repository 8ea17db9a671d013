//! The client replay: every documented request/response pair of the API, built as the typed
//! request of its endpoint (path parameters from the example's URL, its query options,
//! headers and body), sent by the generated client to `docgen mock`, and the answer read as
//! the endpoint's response type and compared with the documented body (or, for a documented
//! error, its status).
//!
//! A pair is left out, with the reason counted, when the typed request cannot say what the
//! example says, or when what the mock would answer is not this pair's response: the
//! generator asks the mock's own routes ([`Routes::answer`]) what the typed request will get.

use std::collections::{BTreeMap, HashMap};

use percent_encoding::percent_decode_str;
use proc_macro2::TokenStream;
use quote::quote;

use super::names::{self, Scope};
use super::{doc, endpoints, Context};
use crate::mock::{captures, Documented, Routes};
use crate::model::{Example, Expectation, TypeRef};
use crate::source::Span;

/// What the generator knows of the pairs: the routes of every page, and the API version
/// of the crate (its pairs are those of this version).
pub struct Input<'a> {
    pub routes: &'a Routes,
    pub version: Option<&'a str>,
    /// At most this many pairs, one per endpoint, spread evenly (`Options::replay_sample`).
    pub sample: Option<usize>,
}

/// The replay's code and how many pairs it drives.
pub struct Replay {
    /// The pair functions, `VERSION`, `replay` and its helper; they name `endpoints`,
    /// `client` and `rt` as the file that includes them imports them.
    pub items: TokenStream,
    pub driven: usize,
    /// The pairs left out, counted by reason.
    pub left_out: BTreeMap<&'static str, usize>,
}

/// The replay of `cx`'s API.
pub fn replay(cx: &Context, input: &Input) -> Replay {
    let examples: HashMap<Span, &Example> =
        cx.model.examples.iter().map(|e| (e.source, e)).collect();
    let mut scope = Scope::default();
    let mut left_out: BTreeMap<&'static str, usize> = BTreeMap::new();
    let (mut fns, mut calls) = (Vec::new(), Vec::new());
    let mut pairs: Vec<(&Documented, Pair)> = Vec::new();
    for d in input.routes.documented() {
        let same_version = match (input.version, d.version.as_deref()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if !same_version {
            continue;
        }
        let request = examples.get(&d.spans.0).copied();
        let response = examples.get(&d.spans.1).copied();
        match Pair::new(cx, input, d, request, response) {
            Ok(pair) => pairs.push((d, pair)),
            Err(reason) => *left_out.entry(reason).or_default() += 1,
        }
    }
    if let Some(n) = input.sample {
        let before = pairs.len();
        pairs = sample(pairs, n);
        let unsampled = before - pairs.len();
        if unsampled > 0 {
            left_out.insert("not in the sample (`replay_sample`)", unsampled);
        }
    }
    for (d, pair) in pairs {
        let location = cx.sources.location(d.spans.0);
        let name = names::ident(&scope.claim(names::field_name(&format!(
            "pair {} {}",
            location.file, location.line
        ))));
        let gate = cx.area_gate(Some(
            cx.model.area(cx.model.endpoints[pair.endpoint].sources[0]),
        ));
        let gate = if cx.has_areas() {
            gate
        } else {
            TokenStream::new()
        };
        let source = format!("{}:{}", location.file, location.line);
        let body = pair.tokens(cx);
        let what = doc::attrs([format!(
            "{}: {} {} → {}",
            doc::code(&source),
            d.method,
            doc::code(&d.raw_path),
            d.status
        )]);
        fns.push(quote! {
            #gate
            #what
            async fn #name(client: &client::Client<client::BearerToken>) -> Result<(), String> {
                #body
            }
        });
        calls.push(quote! {
            #gate
            outcomes.push((#source, Box::pin(#name(client)).await));
        });
    }
    let driven = fns.len();
    let version = input.version.unwrap_or("");
    let items = quote! {
        /// The API version of the pages (the path after the mock's address), empty when none.
        pub const VERSION: &str = #version;

        /// Sends every documented request this crate can build through `client`; each pair's
        /// `file:line` and whether its answer was the documented one. (Each pair's future is
        /// boxed: this one stays small, whatever the number of pairs.)
        #[allow(clippy::vec_init_then_push)]
        pub async fn replay(
            client: &client::Client<client::BearerToken>,
        ) -> Vec<(&'static str, Result<(), String>)> {
            #[allow(unused_mut)]
            let mut outcomes = Vec::new();
            #(#calls)*
            outcomes
        }

        /// Whether `value` serializes to the JSON `documented`.
        #[allow(dead_code)]
        fn same_json<T: serde::Serialize>(value: &T, documented: &str) -> Result<(), String> {
            let expected: serde_json::Value =
                serde_json::from_str(documented).map_err(|e| e.to_string())?;
            let actual = serde_json::to_value(value).map_err(|e| e.to_string())?;
            if rt::json_eq(&expected, &actual) {
                Ok(())
            } else {
                Err(format!("answer read as\n{actual}\ndocumented\n{expected}"))
            }
        }

        #(#fns)*
    };
    Replay {
        items,
        driven,
        left_out,
    }
}

/// One pair as the typed request can send it.
struct Pair<'a> {
    endpoint: usize,
    /// The endpoint's bodies are bytes (`$value`, `content`).
    raw: bool,
    /// The path parameters, decoded, in the template's order.
    params: Vec<String>,
    /// The documented request body, when the endpoint sends one.
    body: Option<&'a str>,
    query: Vec<(String, String)>,
    headers: &'a [(String, String)],
    status: u16,
    /// The documented response body, compared when the endpoint reads one.
    response: Option<&'a str>,
}

impl<'a> Pair<'a> {
    fn new(
        cx: &Context,
        input: &Input,
        d: &'a Documented,
        request: Option<&'a Example>,
        response: Option<&'a Example>,
    ) -> Result<Pair<'a>, &'static str> {
        let endpoint = request
            .and_then(|r| r.endpoint)
            .or_else(|| endpoint_of(cx, d))
            .ok_or("the request matches no endpoint of the model")?;
        let e = &cx.model.endpoints[endpoint];
        let values = captures(&e.path, &d.raw_path)
            .ok_or("the URL is not an instance of the endpoint's path")?;
        let quoted: Vec<bool> = e.path.quoted_params().collect();
        // the values a program passes: decoded, and a quoted argument's doubled quotes undone
        let params: Vec<String> = values
            .iter()
            .zip(&quoted)
            .map(|(v, &q)| {
                let v = percent_decode_str(v).decode_utf8_lossy();
                if q {
                    v.replace("''", "'")
                } else {
                    v.into_owned()
                }
            })
            .collect();
        // a `$value` or `content` path: the bytes themselves, as the page shows them
        let raw = endpoints::raw_body(e);
        let body = match (&e.request_type, endpoints::sends_body(&e.method)) {
            (_, true) if raw => {
                if d.raw_request_body.is_empty() {
                    return Err("the upload's body is not documented");
                }
                Some(d.raw_request_body.as_str())
            }
            (Some(_), true) => {
                if d.request_body.is_none() {
                    return Err("the endpoint sends a body the example does not show as JSON");
                }
                match request {
                    Some(r) if r.expectation == Expectation::RoundTrip => Some(r.body.as_str()),
                    _ => return Err("the request body does not round-trip (a documented error)"),
                }
            }
            _ => None,
        };
        let query = if e.query_options.is_empty() {
            Vec::new()
        } else {
            query_pairs(&d.raw_query)
        };
        let headers: &[(String, String)] = if endpoints::has_headers(e) {
            &d.request_headers
        } else {
            &[]
        };
        // what the typed request sends, and what the mock answers it
        let mut target = String::new();
        if let Some(v) = input.version {
            target.push('/');
            target.push_str(v);
        }
        let mut params_left = params.iter().zip(&quoted);
        for segment in &e.path.segments {
            match segment {
                crate::model::Segment::Literal(l) => target.push_str(l),
                crate::model::Segment::Param(_) => {
                    let (value, &quoted) = params_left
                        .next()
                        .ok_or("internal: a parameter without value")?;
                    let encoded = if quoted {
                        crate::runtime::encode_function_string(value)
                    } else {
                        crate::runtime::encode_path_segment("p", value)
                            .map_err(|_| "a path parameter is `.`, `..` or empty")?
                    };
                    target.push_str(&encoded);
                }
            }
        }
        for (i, (name, value)) in query.iter().enumerate() {
            target.push(if i == 0 { '?' } else { '&' });
            target.push_str(name);
            target.push('=');
            target.extend(percent_encoding::utf8_percent_encode(
                value,
                crate::runtime::QUERY_VALUE,
            ));
        }
        let sent = match body {
            Some(text) if raw => text.as_bytes().to_vec(),
            Some(_) => d
                .request_body
                .as_ref()
                .map(|b| b.to_string().into_bytes())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let answer = input.routes.answer(&d.method, &target, headers, &sent);
        if answer.matched.as_deref() != Some(d.source.as_str()) {
            return Err(if answer.matched.is_none() {
                "the mock answers the typed request 404"
            } else {
                "the mock answers the typed request with another documented response"
            });
        }
        if (300..400).contains(&d.status) {
            // the client follows redirects: to the documented Location, outside the mock
            return Err("the response is a redirect (the client follows it)");
        }
        let response_body = if d.status >= 400 {
            None
        } else if raw && e.method == "GET" {
            // a download: the bytes served
            Some(d.body.as_str())
        } else {
            // the body type of the pair's status (the endpoint's own unless another is documented)
            let answer = match e.other_responses.iter().find(|(s, _)| *s == d.status) {
                Some((_, t)) => t.as_ref(),
                None => e
                    .response_type
                    .as_ref()
                    .filter(|_| e.response_status != 204),
            };
            let reads = answer.is_some();
            if !reads {
                if !d.body.trim().is_empty() {
                    return Err("the response has a body the endpoint does not read");
                }
                None
            } else {
                let ex = response.ok_or("the response body is not documented as JSON")?;
                if ex.wrapped {
                    return Err("the response wraps the object in `value` (a documented error)");
                }
                if !ex.valid {
                    return Err("the response body is not JSON");
                }
                if ex.expectation != Expectation::RoundTrip {
                    return Err("the response body does not round-trip (a documented error)");
                }
                if !same_type(ex.ty.as_ref(), answer) {
                    return Err("the response example's type is not the endpoint's");
                }
                Some(ex.body.as_str())
            }
        };
        Ok(Pair {
            endpoint,
            raw,
            params,
            body,
            query,
            headers,
            status: d.status,
            response: response_body,
        })
    }

    fn tokens(&self, cx: &Context) -> TokenStream {
        let ident = names::ident(&cx.endpoint_names[self.endpoint]);
        let e = &cx.model.endpoints[self.endpoint];
        // a choice of alternatives: the value as the first of them
        let mut args: Vec<TokenStream> = e
            .path
            .params()
            .zip(&self.params)
            .map(|(wire, value)| match endpoints::alternatives(wire) {
                Some(alts) => {
                    let choice = names::ident(&endpoints::choice_name(&alts));
                    let variant = names::ident(&endpoints::choice_variants(&alts)[0].0);
                    quote!(endpoints::#choice::#variant(#value.to_string()))
                }
                None => quote!(#value),
            })
            .collect();
        if let (Some(body), true) = (self.body, self.raw) {
            args.push(quote!(rt::Bytes::new(#body)));
        } else if let Some(body) = self.body {
            args.push(quote! {
                serde_json::from_str(#body)
                    .map_err(|e| format!("the documented request body: {e}"))?
            });
        }
        let query = self
            .query
            .iter()
            .map(|(name, value)| quote!(request.query.set(#name, #value);));
        let headers = self
            .headers
            .iter()
            .map(|(name, value)| quote!(request.headers.set(#name, #value);));
        let mutable = if self.query.is_empty() && self.headers.is_empty() {
            quote!()
        } else {
            quote!(mut)
        };
        let status = self.status;
        let check = if status >= 400 {
            quote! {
                match client.send(&request).await {
                    Err(e) if e.status().map(|s| s.as_u16()) == Some(#status) => Ok(()),
                    Err(e) => Err(e.to_string()),
                    Ok(_) => Err(format!("answered as a success, documented {}", #status)),
                }
            }
        } else {
            match self.response {
                Some(bytes) if self.raw => quote! {
                    let response = client.send(&request).await.map_err(|e| e.to_string())?;
                    if response.data == #bytes.as_bytes() {
                        Ok(())
                    } else {
                        Err(format!("answer of {} bytes, documented {}", response.data.len(), #bytes.len()))
                    }
                },
                Some(json) => quote! {
                    let response = client.send(&request).await.map_err(|e| e.to_string())?;
                    same_json(&response, #json)
                },
                None => quote! {
                    client.send(&request).await.map_err(|e| e.to_string())?;
                    Ok(())
                },
            }
        };
        quote! {
            let #mutable request = endpoints::#ident::new(#(#args),*);
            #(#query)*
            #(#headers)*
            #check
        }
    }
}

/// At most `n` of `pairs`: the first of each endpoint, spread evenly over the rest, in order.
fn sample<'a>(pairs: Vec<(&'a Documented, Pair<'a>)>, n: usize) -> Vec<(&'a Documented, Pair<'a>)> {
    let mut seen = std::collections::HashSet::new();
    let firsts: Vec<_> = pairs
        .into_iter()
        .filter(|(_, p)| seen.insert(p.endpoint))
        .collect();
    let len = firsts.len();
    if len <= n {
        return firsts;
    }
    let mut picked: Vec<usize> = (0..n).map(|i| i * len / n).collect();
    picked.dedup();
    let mut picked = picked.into_iter().peekable();
    firsts
        .into_iter()
        .enumerate()
        .filter(|(i, _)| picked.next_if_eq(i).is_some())
        .map(|(_, p)| p)
        .collect()
}

/// The endpoint a request without a body example belongs to: of the method, whose path the
/// URL is an instance of; one documented on the request's own page first.
fn endpoint_of(cx: &Context, d: &Documented) -> Option<usize> {
    let fits = |e: &&crate::model::Endpoint| {
        e.method.eq_ignore_ascii_case(&d.method) && captures(&e.path, &d.raw_path).is_some()
    };
    let on_page = |e: &crate::model::Endpoint| e.sources.iter().any(|s| s.file == d.spans.0.file);
    // one pass: the first that fits on the page, else the first that fits
    let mut first = None;
    for (i, e) in cx.model.endpoints.iter().enumerate() {
        if fits(&e) {
            if on_page(e) {
                return Some(i);
            }
            first.get_or_insert(i);
        }
    }
    first
}

/// `a=1&b=x%20y` → `[("a", "1"), ("b", "x y")]`; a name set twice keeps its first place and
/// its last value, as `rt::Query::set` does.
fn query_pairs(raw: &str) -> Vec<(String, String)> {
    let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
    let mut out: Vec<(String, String)> = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let (name, value) = (decode(name), decode(value));
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => out.push((name, value)),
        }
    }
    out
}

/// Whether an example's body type is the endpoint's response type.
fn same_type(example: Option<&TypeRef>, endpoint: Option<&TypeRef>) -> bool {
    example.is_some() && example == endpoint
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_pairs_decode_and_keep_the_first_place_of_a_repeated_name() {
        assert_eq!(
            query_pairs("$select=id,displayName&$filter=name%20eq%20'a%26b'&$select=id"),
            vec![
                ("$select".to_string(), "id".to_string()),
                ("$filter".to_string(), "name eq 'a&b'".to_string()),
            ]
        );
        assert_eq!(query_pairs(""), Vec::<(String, String)>::new());
        assert_eq!(
            query_pairs("$count"),
            vec![("$count".to_string(), String::new())]
        );
    }

    #[test]
    fn the_sample_takes_one_pair_per_endpoint_spread_evenly() {
        let d = Documented {
            version: None,
            method: "GET".into(),
            path: "/x".into(),
            raw_path: "/x".into(),
            query: String::new(),
            raw_query: String::new(),
            template: None,
            request_body: None,
            raw_request_body: String::new(),
            request_headers: Vec::new(),
            status: 200,
            headers: Vec::new(),
            body: String::new(),
            source: "x.md:1".into(),
            spans: (
                Span::new(crate::source::FileId(0), 0, 0),
                Span::new(crate::source::FileId(0), 0, 0),
            ),
        };
        let pair = |endpoint| Pair {
            endpoint,
            raw: false,
            params: Vec::new(),
            body: None,
            query: Vec::new(),
            headers: &[],
            status: 200,
            response: None,
        };
        // endpoints 0..10, each documented twice
        let pairs: Vec<_> = (0..20).map(|i| (&d, pair(i / 2))).collect();
        let picked: Vec<usize> = sample(pairs, 4).iter().map(|(_, p)| p.endpoint).collect();
        assert_eq!(picked, vec![0, 2, 5, 7]);
        let pairs: Vec<_> = (0..6).map(|i| (&d, pair(i % 3))).collect();
        let picked: Vec<usize> = sample(pairs, 10).iter().map(|(_, p)| p.endpoint).collect();
        assert_eq!(picked, vec![0, 1, 2]);
    }
}
