//! Example bodies typed: by the annotation's `@odata.type`, the body's own, or the endpoint's.

use crate::diag::{Code, Diagnostic};
use crate::extract::ExampleFact;
use crate::model::{ApiModel, Example, ExampleKind, Expectation, QualifiedName, TypeRef};

use super::Resolver;

/// An example with the type of its body: the annotation's `@odata.type`, else the body's own
/// `@odata.type`, else the endpoint's request or response type.
/// What typing an example needs besides the example.
pub(super) struct ExampleContext<'a> {
    /// Index of the merged endpoint.
    pub(super) endpoint: Option<usize>,
    /// The body type the example's own page states for it.
    pub(super) page_type: Option<TypeRef>,
    pub(super) namespace: &'a str,
    pub(super) model: &'a ApiModel,
    pub(super) resolver: &'a Resolver,
}

pub(super) fn example(
    ex: &mut ExampleFact,
    cx: &ExampleContext<'_>,
    d: &mut Vec<Diagnostic>,
) -> Option<Example> {
    let (model, namespace, endpoint) = (cx.model, cx.namespace, cx.endpoint);
    let body = ex.body.take()?;
    let annotation = ex.annotation.as_ref();
    let known = |n: &QualifiedName| model.type_def(n).is_some() || model.enum_def(n).is_some();
    // `microsoft.graph.user`, `Collection(microsoft.graph.user)`, `string` …
    let mut annotated_type = annotation
        .and_then(|a| a.odata_type.as_deref())
        .and_then(|t| TypeRef::from_doc(t, namespace).map(|ty| (t, ty)));
    if let Some((text, ty)) = &mut annotated_type {
        if cx.resolver.fix(ty).is_some() {
            d.push(Diagnostic::new(
                Code::AnnotationTypeUnknown,
                ex.annotation_span.unwrap_or(ex.head),
                format!("the annotation's `@odata.type` `{text}` names no type the docs describe"),
            ));
        }
    }
    // `isCollection` describes a response (`{"value": […]}`); on a request it is a leftover
    // of the response's annotation, and a request sends one object
    let mut is_collection = annotation
        .is_some_and(|a| a.is_collection && ex.kind != ExampleKind::Request)
        || matches!(annotated_type, Some((_, TypeRef::Collection(_))));
    // a collection response is `{"value": […]}`; an object without `value` (its
    // `@odata.context` often ends in `/$entity`) is one object, whatever the annotation says
    if is_collection && body.single_object && !body.empty_object {
        if let Some((text, TypeRef::Named(_) | TypeRef::Collection(_))) = &annotated_type {
            d.push(Diagnostic::new(
                Code::AnnotationTypeMismatch,
                ex.annotation_span.unwrap_or(ex.head),
                format!("the annotation says the response is a collection of `{text}`, but its body is one object (no `value` array); it is read as one"),
            ));
            is_collection = false;
            if let Some((_, ty @ TypeRef::Collection(_))) = &mut annotated_type {
                *ty = ty.element().clone();
            }
        }
    }
    let annotated = annotated_type
        .as_ref()
        .and_then(|(_, t)| t.named())
        .cloned()
        .filter(known);
    let own = body
        .odata_type
        .as_deref()
        .map(|t| QualifiedName::parse(t, namespace))
        .filter(known);
    if let (Some(a), Some(b)) = (&annotated, &own) {
        if !is_collection && ex.kind == ExampleKind::Response && !model.is_subtype(b, a) {
            d.push(Diagnostic::new(
                Code::AnnotationTypeMismatch,
                ex.annotation_span.unwrap_or(ex.head),
                format!("the annotation says the response is `{a}`, but its body says `@odata.type` `{b}`"),
            ));
        }
    }
    let from_annotation = annotated.map(|n| {
        let ty = TypeRef::Named(n);
        if is_collection {
            TypeRef::Collection(Box::new(ty))
        } else {
            ty
        }
    });
    let from_body = own.map(TypeRef::Named);
    let from_endpoint = cx.page_type.clone().or_else(|| {
        endpoint.and_then(|i| {
            let e = &model.endpoints[i];
            match ex.kind {
                ExampleKind::Request => e.request_type.clone(),
                ExampleKind::Response => e.response_type.clone(),
                ExampleKind::Resource => None,
            }
        })
    });
    // an error response holds Graph's error object, whatever the annotation copied from the
    // success response says
    let error_body = ex.kind == ExampleKind::Response && ex.status.is_some_and(|s| s >= 400);
    let ty = from_annotation
        .or(from_body)
        .or(from_endpoint)
        .filter(|_| !error_body);
    if ty.is_none() && ex.kind != ExampleKind::Resource && !error_body {
        d.push(Diagnostic::new(
            Code::NoExampleType,
            ex.span,
            format!("the type of this {} body cannot be told (no annotation `@odata.type`, no `@odata.type` in the body, no endpoint body type); it is not round-tripped", kind_name(ex.kind)),
        ));
    }
    Some(Example {
        source: ex.span,
        kind: ex.kind,
        status: ex.status,
        ty,
        endpoint,
        body: body.text,
        body_offset: body.offset,
        body_written: body.written,
        valid: body.valid,
        truncated: annotation.is_some_and(|a| a.truncated),
        expectation: Expectation::NotChecked,
        wrapped: false,
        error_body,
    })
}

fn kind_name(kind: ExampleKind) -> &'static str {
    match kind {
        ExampleKind::Request => "request",
        ExampleKind::Response => "response",
        ExampleKind::Resource => "resource",
    }
}
