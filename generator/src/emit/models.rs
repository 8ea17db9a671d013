//! The models module: a struct per type, an enum per enum type.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::names::{self, Scope};
use super::types::TypeNames;
use super::{doc, Context, Presence};
use crate::model::{EnumDef, QualifiedName, TypeDef, TypeRef, EVOLVABLE_SENTINEL};

/// The whole `models.rs`: every type and enum.
pub fn file(cx: &Context) -> TokenStream {
    let header = header(cx, quote!(super::runtime));
    let items = items(cx, |_| true);
    quote!(#header #items)
}

/// The models of one area (`Some(area)`) or the common ones (`None`), as a module of
/// `models/` that sees the others through `super::*`.
pub fn area_file(cx: &Context, area: Option<&str>) -> TokenStream {
    let header = header(cx, quote!(crate::runtime));
    let items = items(cx, |name| cx.feature_of(name) == area);
    let keep_layout = super::keep_layout();
    quote! {
        #keep_layout
        #header
        #[allow(unused_imports)]
        use super::*;

        #items
    }
}

fn header(cx: &Context, runtime: TokenStream) -> TokenStream {
    let allow = cx.allow_unused_imports();
    quote! {
        #allow
        use std::collections::BTreeMap;

        #allow
        use serde::Serialize;

        #allow
        use #runtime as rt;
    }
}

fn items(cx: &Context, keep: impl Fn(&crate::model::QualifiedName) -> bool) -> TokenStream {
    let keep = |name: &QualifiedName| keep(name) && !cx.model.skipped.contains(name);
    let structs = cx
        .model
        .types
        .iter()
        .filter(|t| keep(&t.name))
        .map(|t| StructCode { cx, def: t });
    let polymorphic = cx
        .model
        .types
        .iter()
        .filter(|t| keep(&t.name))
        .filter_map(|t| {
            let (name, derived) = cx.names.polymorphic(&t.name)?;
            Some(AnyCode {
                cx,
                base: t,
                name,
                derived,
            })
        });
    let enums = cx
        .model
        .enums
        .iter()
        .filter(|e| keep(&e.name))
        .map(|e| EnumCode { cx, def: e });
    quote! {
        #(#structs)*
        #(#polymorphic)*
        #(#enums)*
    }
}

/// The `Any…` enum of a type others derive from: a variant per type, chosen by
/// `@odata.type` when read, writing its `@odata.type` when written.
struct AnyCode<'a> {
    cx: &'a Context<'a>,
    base: &'a TypeDef,
    name: &'a str,
    derived: &'a [QualifiedName],
}

impl ToTokens for AnyCode<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let cx = self.cx;
        let ident = names::ident(self.name);
        let base_ident = names::ident(cx.names.name(&self.base.name).expect("every type is named"));
        let base_wire = self.base.name.to_string();
        let docs = doc::attrs(vec![
            format!(
                "A {} or an object of a type derived from it, as its `@odata.type` says.",
                doc::code(&base_wire)
            ),
            String::new(),
            format!(
                "Read from JSON, an object becomes the variant its `@odata.type` names (at any depth of derivation); without one, or naming a type this crate does not compile, it is a [`{base_ident}`] that keeps its `@odata.type` and the properties it does not know in `additional_data`. Written to JSON, a derived type's variant writes its `@odata.type` when its `odata_type` is absent. Read through `serde_json`."
            ),
            String::new(),
            format!("Source: {}", cx.sources_line(&self.base.sources)),
        ]);
        let base_doc = doc::attrs(vec![format!(
            "{}, or a derived type this crate does not compile.",
            doc::code(&base_wire)
        )]);
        let mut variants = Vec::new();
        let mut reads = Vec::new();
        let mut writes = Vec::new();
        let mut froms = Vec::new();
        for d in self.derived {
            let Some(variant) = cx.names.name(d) else {
                continue;
            };
            let cfg = match cx.presence(&self.base.name, d) {
                // in another area's crate: read as the base type
                Presence::Never => continue,
                Presence::Always => None,
                Presence::When(c) => Some(quote!(#[cfg(#c)])),
            };
            let variant = names::ident(variant);
            let wire = d.to_string();
            let tag = format!("#{wire}");
            let variant_doc = doc::attrs(vec![format!("{}.", doc::code(&tag))]);
            variants.push(quote! {
                #cfg
                #variant_doc
                #variant(Box<#variant>),
            });
            reads.push(quote! {
                #cfg
                Some(#wire) => #ident::#variant(serde_json::from_str(json)?),
            });
            writes.push(quote! {
                #cfg
                #ident::#variant(v) => rt::serialize_derived(&**v, v.odata_type.is_absent().then_some(#tag), serializer),
            });
            froms.push(quote! {
                #cfg
                impl From<#variant> for #ident {
                    fn from(value: #variant) -> Self {
                        #ident::#variant(Box::new(value))
                    }
                }
            });
        }
        // in a crate of an area, every derived type may live in other areas' crates
        let from_json = if reads.is_empty() {
            quote! {
                fn from_json(_odata_type: Option<&str>, json: &str) -> Result<Self, serde_json::Error> {
                    Ok(#ident::#base_ident(serde_json::from_str(json)?))
                }
            }
        } else {
            quote! {
                fn from_json(odata_type: Option<&str>, json: &str) -> Result<Self, serde_json::Error> {
                    Ok(match odata_type {
                        #(#reads)*
                        _ => #ident::#base_ident(serde_json::from_str(json)?),
                    })
                }
            }
        };
        let gate = cx.common_gate(&self.base.name);
        // `Default` and `Serialize` are implemented below, by hand
        let extra: Vec<String> = cx
            .struct_derives
            .iter()
            .filter(|p| {
                let last = p.rsplit("::").next().unwrap_or("").trim();
                !matches!(last, "Default" | "Serialize" | "Deserialize")
            })
            .cloned()
            .collect();
        let derives = cx.derives(&["Clone", "Debug", "PartialEq"], &extra);
        tokens.extend(quote! {
            #gate
            #docs
            #derives
            #[non_exhaustive]
            pub enum #ident {
                #base_doc
                #base_ident(Box<#base_ident>),
                #(#variants)*
            }

            #gate
            impl Default for #ident {
                fn default() -> Self {
                    #ident::#base_ident(Box::default())
                }
            }

            #gate
            impl From<#base_ident> for #ident {
                fn from(value: #base_ident) -> Self {
                    #ident::#base_ident(Box::new(value))
                }
            }

            #(#gate #froms)*

            #gate
            impl rt::Polymorphic for #ident {
                #from_json
            }

            #gate
            impl<'de> serde::Deserialize<'de> for #ident {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    rt::deserialize_polymorphic(deserializer)
                }
            }

            #gate
            impl Serialize for #ident {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #ident::#base_ident(v) => v.serialize(serializer),
                        #(#writes)*
                    }
                }
            }
        });
    }
}

struct StructCode<'a> {
    cx: &'a Context<'a>,
    def: &'a TypeDef,
}

impl ToTokens for StructCode<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let cx = self.cx;
        let def = self.def;
        let names: &TypeNames = &cx.names;
        let ident = names::ident(names.name(&def.name).expect("every type is named"));
        let type_name = def.name.to_string();
        let mut docs = Vec::new();
        let description = doc::doc_line(&def.description);
        if !description.is_empty() {
            docs.push(description);
            docs.push(String::new());
        }
        let kind = match def.kind {
            crate::model::TypeKind::Entity => "entity",
            crate::model::TypeKind::Complex => "complex type",
            crate::model::TypeKind::Parameters => "action parameters",
        };
        let mut about = format!("{}, {kind}", doc::code(&type_name));
        if let Some(base) = &def.base_type {
            match cx
                .names
                .name(base)
                .filter(|_| cx.model.type_def(base).is_some())
            {
                Some(b) => about.push_str(&format!(
                    ", derived from [`{b}`] (its properties are included)"
                )),
                None => about.push_str(&format!(", derived from {}", doc::code(&base.to_string()))),
            }
        }
        if let Some(key) = &def.key {
            about.push_str(&format!(", key {}", doc::code(key)));
        }
        about.push('.');
        docs.push(about);
        if def.open_type {
            docs.push(String::new());
            docs.push("An open type: an object may carry properties the docs do not list (dynamic properties); they are kept in `additional_data` and written back.".to_string());
        }
        docs.push(String::new());
        docs.push(format!("Source: {}", cx.sources_line(&def.sources)));
        let docs = doc::attrs(docs);

        let mut scope = Scope::with_reserved(&["additional_data"]);
        let odata = names::ident(&scope.claim("odata_type".to_string()));
        let properties = cx.model.all_properties(def);
        let models_path = quote!();
        let mut fields = Vec::new();
        let mut arms = Vec::new();
        for p in properties.into_iter().filter(|p| p.name != "@odata.type") {
            let field = names::ident(&scope.claim(names::field_name(&p.name)));
            let mut ty = names.rust_type(cx.model, &p.ty, &models_path);
            if names.needs_box(&def.name, &p.ty) {
                ty = quote!(Box<#ty>);
            }
            let wire = &p.name;
            let field_docs = doc::attrs(field_doc_lines(cx, p, "."));
            fields.push(quote! {
                #field_docs
                #[serde(rename = #wire, skip_serializing_if = "rt::Property::is_absent")]
                pub #field: rt::Property<#ty>,
            });
            arms.push(quote!(#wire => self.#field = map.next_value()?,));
        }
        for r in cx.model.all_relationships(def) {
            if r.name == "@odata.type" {
                continue;
            }
            let field = names::ident(&scope.claim(names::field_name(&r.name)));
            let wire = &r.name;
            let expand = format!(
                ", a relationship (navigation property): present when the request expands it ({}).",
                doc::code(&format!("$expand={wire}"))
            );
            let mut lines = field_doc_lines(cx, r, &expand);
            let choices = relationship_types(cx, &def.name, &r.ty);
            if choices.len() > 1 {
                lines.push(String::new());
                lines.push("Its type is compiled with another area: without that area's feature the field holds the nearest base type that is compiled, else the JSON as it came.".to_string());
            }
            if r.ty.element().named().is_some_and(|n| cx.absent(n)) {
                lines.push(String::new());
                lines.push("Its type is in another area's crate: the field holds the nearest base type this crate has, else the JSON as it came.".to_string());
            }
            let field_docs = doc::attrs(lines);
            let mut earlier: Vec<TokenStream> = Vec::new();
            for (condition, ty) in choices {
                // this choice's condition, and that none before it holds
                let clauses: Vec<TokenStream> = earlier
                    .iter()
                    .map(|c| quote!(not(#c)))
                    .chain(condition.clone())
                    .collect();
                let cfg = match clauses.as_slice() {
                    [] => TokenStream::new(),
                    [one] => quote!(#[cfg(#one)]),
                    all => quote!(#[cfg(all(#(#all),*))]),
                };
                fields.push(quote! {
                    #cfg
                    #field_docs
                    #[serde(rename = #wire, skip_serializing_if = "rt::Property::is_absent")]
                    pub #field: rt::Property<#ty>,
                });
                earlier.extend(condition);
            }
            arms.push(quote!(#wire => self.#field = map.next_value()?,));
        }
        let gate = cx.common_gate(&def.name);
        let derives = cx.derives(
            &["Clone", "Debug", "Default", "PartialEq", "Serialize"],
            &cx.struct_derives,
        );
        tokens.extend(quote! {
            #gate
            #docs
            #derives
            #[non_exhaustive]
            pub struct #ident {
                /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
                #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
                pub #odata: rt::Property<String>,
                #(#fields)*
                /// Properties the docs do not list, kept as they came and written back.
                #[serde(flatten)]
                pub additional_data: BTreeMap<String, serde_json::Value>,
            }

            #gate
            impl rt::Object for #ident {
                const TYPE_NAME: &'static str = #type_name;

                fn read_field<'de, A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        "@odata.type" => self.#odata = map.next_value()?,
                        #(#arms)*
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
                    &mut self.additional_data
                }
            }

            #gate
            impl<'de> serde::Deserialize<'de> for #ident {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    rt::deserialize_object(deserializer)
                }
            }
        });
    }
}

/// A field's docs: its description, then `` `name`: `Type`{what} Source: `file:line` ``.
fn field_doc_lines(cx: &Context, p: &crate::model::Property, what: &str) -> Vec<String> {
    let description = doc::doc_line(&p.description);
    let mut lines = Vec::new();
    if !description.is_empty() {
        lines.push(description);
        lines.push(String::new());
    }
    lines.push(format!(
        "{}: {}{what} Source: {}",
        doc::code(&p.name),
        doc::code(&p.ty.to_string()),
        cx.location(p.source)
    ));
    lines
}

/// The Rust types a relationship of `owner` may take, each with the condition under which
/// it is compiled (`None`: whenever `owner` is): its target, else the target's nearest base
/// type that is compiled, else the JSON as it came. The last choice has no condition of its
/// own; each applies when none before it does.
fn relationship_types(
    cx: &Context,
    owner: &QualifiedName,
    ty: &TypeRef,
) -> Vec<(Option<TokenStream>, TokenStream)> {
    let collection = matches!(ty, TypeRef::Collection(_));
    let shape = |inner: TokenStream, is_struct: bool| match (collection, is_struct) {
        (true, _) => quote!(Vec<#inner>),
        (false, true) => quote!(Box<#inner>),
        (false, false) => inner,
    };
    let element = ty.element();
    let TypeRef::Named(target) = element else {
        return vec![(
            None,
            shape(cx.names.rust_type(cx.model, element, &quote!()), false),
        )];
    };
    let mut choices = Vec::new();
    let mut next = Some(target);
    let mut seen = Vec::new();
    while let Some(name) = next.filter(|n| !seen.contains(n)) {
        seen.push(name);
        // left out by an option: on to its base type
        let base = cx.model.type_def(name).and_then(|t| t.base_type.as_ref());
        let presence = if cx.model.skipped.contains(name) {
            Presence::Never
        } else {
            cx.presence(owner, name)
        };
        let condition = match presence {
            // left out by an option, or in another area's crate: on to its base type
            Presence::Never => {
                next = base;
                continue;
            }
            Presence::Always => None,
            Presence::When(c) => Some(c),
        };
        // an `Any…` enum boxes its variants itself
        let is_struct = cx.model.type_def(name).is_some() && cx.names.polymorphic(name).is_none();
        let rust = shape(
            cx.names
                .rust_type(cx.model, &TypeRef::Named(name.clone()), &quote!()),
            is_struct,
        );
        let last = condition.is_none();
        choices.push((condition, rust));
        if last {
            return choices;
        }
        next = base;
    }
    choices.push((None, shape(quote!(serde_json::Value), false)));
    choices
}

struct EnumCode<'a> {
    cx: &'a Context<'a>,
    def: &'a EnumDef,
}

impl ToTokens for EnumCode<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let cx = self.cx;
        let def = self.def;
        let ident = names::ident(cx.names.name(&def.name).expect("every enum is named"));
        let type_name = def.name.to_string();
        // Graph's evolvable enums: members added after the sentinel `unknownFutureValue` are
        // sent only to clients that ask for them
        let sentinel = def
            .members
            .iter()
            .position(|m| m.name == EVOLVABLE_SENTINEL);
        let evolvable = match sentinel {
            Some(i) if i + 1 < def.members.len() => format!(
                "Members after `unknownFutureValue` ({}) are sent only when the request has the header `Prefer: include-unknown-enum-members`; without it the service sends `unknownFutureValue` in their place.",
                def.members[i + 1..]
                    .iter()
                    .map(|m| doc::code(&m.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(_) => "`unknownFutureValue` is Graph's evolvable-enum sentinel: members added to the service later are sent only when the request has the header `Prefer: include-unknown-enum-members`, and as `unknownFutureValue` otherwise.".to_string(),
            None => "Graph's evolvable enums end with the sentinel `unknownFutureValue`; members added after it are sent only when the request has the header `Prefer: include-unknown-enum-members`.".to_string(),
        };
        let mut lines = vec![format!(
            "{}: an enum with an open set of values.",
            doc::code(&type_name)
        )];
        if def.flags {
            lines.push(String::new());
            lines.push("A flags enum: a property of this type is a `runtime::Flags` of it, several members comma-separated in one string (`\"a,b\"`).".to_string());
        }
        lines.extend([
            String::new(),
            "Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.".to_string(),
            evolvable,
            String::new(),
            format!("Source: {}", cx.sources_line(&def.sources)),
        ]);
        let docs = doc::attrs(lines);
        let mut scope = Scope::with_reserved(&["Undocumented"]);
        let mut variants = Vec::new();
        let mut to_str = Vec::new();
        let mut from_str = Vec::new();
        for m in &def.members {
            let v = names::ident(&scope.claim(names::variant_name(&m.name)));
            let wire = &m.name;
            let description = doc::doc_line(&m.description);
            let line = if description.is_empty() {
                doc::code(wire)
            } else {
                format!("{}: {description}", doc::code(wire))
            };
            let vdoc = doc::attrs([line]);
            variants.push(quote! { #vdoc #v, });
            to_str.push(quote! { Self::#v => #wire, });
            from_str.push(quote! { #wire => Self::#v, });
        }
        let gate = cx.common_gate(&def.name);
        let derives = cx.derives(
            &[
                "Clone",
                "Debug",
                "PartialEq",
                "Eq",
                "Hash",
                "PartialOrd",
                "Ord",
            ],
            &cx.enum_derives,
        );
        tokens.extend(quote! {
            #gate
            #docs
            #derives
            #[non_exhaustive]
            pub enum #ident {
                #(#variants)*
                /// A value the docs do not list, kept as it came.
                Undocumented(String),
            }

            #gate
            impl #ident {
                /// The value as it is sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#to_str)*
                        Self::Undocumented(value) => value,
                    }
                }
            }

            #gate
            impl AsRef<str> for #ident {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }

            #gate
            impl From<&str> for #ident {
                fn from(value: &str) -> Self {
                    match value {
                        #(#from_str)*
                        other => Self::Undocumented(other.to_string()),
                    }
                }
            }

            #gate
            impl std::fmt::Display for #ident {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            #gate
            impl Serialize for #ident {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            #gate
            impl<'de> serde::Deserialize<'de> for #ident {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = <String as serde::Deserialize>::deserialize(deserializer)?;
                    Ok(Self::from(value.as_str()))
                }
            }
        });
    }
}
