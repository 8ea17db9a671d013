//! What extract says about one page: facts with the span each came from.

use crate::model::{ExampleKind, PathTemplate, Permissions, QualifiedName, Text, TypeRef};
use crate::parse::Annotation;
use crate::source::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    Api,
    Resource,
    Enum,
    Other,
}

/// How much a page's word counts when pages disagree: an enum's own page outranks a resource
/// page, which outranks an API page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    ApiPage,
    ResourcePage,
    EnumPage,
}

impl PageKind {
    pub fn rank(self) -> Rank {
        match self {
            PageKind::Enum => Rank::EnumPage,
            PageKind::Resource => Rank::ResourcePage,
            PageKind::Api | PageKind::Other => Rank::ApiPage,
        }
    }
}

#[derive(Clone, Debug)]
pub struct PropertyFact {
    pub name: String,
    pub ty: Option<TypeRef>,

    pub description: Text,
    pub span: Span,
    /// The description is an authoring placeholder.
    pub todo: bool,
    /// "Inherited from \[x\]" in the description.
    pub inherited_from: Option<String>,
}

#[derive(Clone, Debug)]
pub struct TypeFact {
    pub name: QualifiedName,
    pub rank: Rank,
    pub span: Span,
    pub description: Text,
    pub properties: Vec<PropertyFact>,
    pub relationships: Vec<PropertyFact>,
    pub base_type: Option<(QualifiedName, Span)>,
    pub key: Option<String>,
    pub open_type: bool,
    /// An action's parameters (no documented type; named after the action).
    pub parameters: bool,
    /// Named by the page's title ("Update personwebsite"), not by a sentence of its own: the
    /// title's casing is not the page's spelling of the type, and is not reported as one.
    pub titled: bool,
}

#[derive(Clone, Debug)]
pub struct MemberFact {
    pub name: String,
    pub value: Option<i64>,
    pub description: Text,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumFact {
    pub name: QualifiedName,
    /// The row (or table) that states the members.
    pub span: Span,
    pub members: Vec<MemberFact>,
    /// The page calls it a flags enum: a value is several members, comma-separated.
    pub flags: bool,
}

#[derive(Clone, Debug)]
pub enum PermissionsFact {
    Missing,
    /// The page has a permissions table that is only placeholders.
    Todo(Span),
    Listed(Permissions, Span),
    /// A table with a row per resource or scenario (`event`, `group calendar`) and a column per
    /// kind, each row with the words of its label (`todoTaskList`: todo, task, list): each
    /// endpoint takes the row its path names (`tables::permissions_for_path`).
    PerResource(Vec<(Vec<String>, Permissions)>, Span),
    /// The row of a per-resource table an endpoint takes: it counts only where no page lists
    /// the endpoint's permissions itself (a page about extensions documents `GET
    /// /users/{id}/messages` too, for its `$expand`).
    Row(Permissions, Span),
}

#[derive(Clone, Debug)]
pub struct EndpointFact {
    pub title: String,
    pub description: Text,
    pub method: String,
    pub path: PathTemplate,
    pub span: Span,
    pub request_type: Option<(TypeRef, Span)>,
    /// A likely request body type where the page states none ("Update x" titles, a create
    /// that returns `201 Created` with the object, `$ref` bodies): used when it names a type.
    pub request_guess: Option<TypeRef>,
    pub response_status: Option<u16>,
    pub response_type: Option<(TypeRef, Span)>,
    pub required_headers: Vec<String>,
    /// Every header the page's "Request headers" table names.
    pub headers: Vec<String>,
    /// The OData query options the page documents (`$select` …, see [`super::query`]).
    pub query_options: Vec<String>,
    pub permissions: PermissionsFact,
}

#[derive(Clone, Debug)]
pub struct BodyFact {
    /// The body text that parsed (after recovery), or as written when it did not parse.
    pub text: String,
    /// Whether `text` is JSON.
    pub valid: bool,
    /// The body's own top-level `@odata.type`.
    pub odata_type: Option<String>,
    /// The body is `{}`.
    pub empty_object: bool,
    /// The body is an object with no `value` member (so not a collection response).
    pub single_object: bool,
    /// File offset of the body.
    pub offset: usize,
    /// Where offsets in `text` stand in the body as written (`text` was repaired).
    pub written: crate::parse::json::OffsetMap,
}

#[derive(Clone, Debug)]
pub struct ExampleFact {
    pub kind: ExampleKind,
    pub span: Span,
    /// The first line of the block (request or status line).
    pub head: Span,
    pub annotation: Option<Annotation>,
    /// Where the annotation is.
    pub annotation_span: Option<Span>,
    /// `(method, path)` of a request example, version segment removed.
    pub request: Option<(String, String)>,
    /// The API version named in a request example's URL (`v1.0`, `beta`).
    pub version: Option<String>,
    /// The message's headers.
    pub headers: Vec<(String, String)>,
    pub status: Option<u16>,
    pub body: Option<BodyFact>,
    /// Index into this page's endpoints.
    pub endpoint: Option<usize>,
    /// A Graph call (or its response) whose URL matches none of the page's request lines:
    /// its body takes the type the page states ([`PageFacts::body_types`]).
    pub unmatched_call: bool,
}

#[derive(Clone, Debug)]
pub struct PageFacts {
    pub file: FileId,
    /// The API version the page documents (`v1.0`, `beta`): from its folder, else from the
    /// URLs of its examples.
    pub version: Option<String>,
    /// The part of the API the page belongs to (see [`crate::model::area`]).
    pub area: String,
    pub kind: PageKind,
    pub title: String,
    pub namespace: String,
    pub types: Vec<TypeFact>,
    pub enums: Vec<EnumFact>,
    pub endpoints: Vec<EndpointFact>,
    pub examples: Vec<ExampleFact>,
    /// The body types the page states for its operation (request, response), for examples
    /// whose URL matches none of its request lines.
    pub body_types: (Option<TypeRef>, Option<TypeRef>),
    /// The page's file name without its folder and extension, in lower case (`onenotepage`):
    /// what links to the page name it by.
    pub stem: String,
    /// Body types the page names by a link's text, each with the page the link points to
    /// (`a [page](../resources/page.md) object` → `("page", "page")`): where no page defines
    /// the text's name, the merge takes the type of the page linked.
    pub linked_bodies: Vec<(String, String)>,
}
