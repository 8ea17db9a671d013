// What endpoints need: permissions, Graph's error object, path and query encoding, headers,
// bodies, and the sans-IO `Endpoint` trait.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::Property;

/// The permissions an endpoint needs, least privileged first. An empty list means the kind
/// is not supported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Permissions {
    /// Delegated (work or school account).
    pub delegated_work: &'static [&'static str],
    /// Delegated (personal Microsoft account).
    pub delegated_personal: &'static [&'static str],
    /// Application.
    pub application: &'static [&'static str],
}

/// The kinds of permission Microsoft Graph documents for an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PermissionKind {
    /// Delegated, signed in with a work or school account.
    DelegatedWork,
    /// Delegated, signed in with a personal Microsoft account.
    DelegatedPersonal,
    /// Application (no signed-in user).
    Application,
}

impl Permissions {
    /// The permissions of one kind, least privileged first (empty when the kind is not
    /// supported).
    pub fn of(&self, kind: PermissionKind) -> &'static [&'static str] {
        match kind {
            PermissionKind::DelegatedWork => self.delegated_work,
            PermissionKind::DelegatedPersonal => self.delegated_personal,
            PermissionKind::Application => self.application,
        }
    }

    /// The least-privileged permission of one kind: the one to ask for. `None` when the kind
    /// is not supported.
    pub fn least_privileged(&self, kind: PermissionKind) -> Option<&'static str> {
        self.of(kind).first().copied()
    }
}

/// The error object Graph returns: `{"error": {"code", "message", "innerError"}}`. Members
/// it does not name (`details`, `target` …) are kept in `additional_data`, so a documented
/// error body round-trips.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GraphError {
    /// The error code, such as `Request_ResourceNotFound`.
    #[serde(default, skip_serializing_if = "Property::is_absent")]
    pub code: Property<String>,
    /// A message for developers.
    #[serde(default, skip_serializing_if = "Property::is_absent")]
    pub message: Property<String>,
    /// Details (request id, date …).
    #[serde(
        rename = "innerError",
        default,
        skip_serializing_if = "Property::is_absent"
    )]
    pub inner_error: Property<Value>,
    /// Members the error object does not name, kept as they came.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, Value>,
}

/// The body of an error response (a status of 400 or more): `{"error": {…}}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorResponse {
    /// Graph's error object.
    #[serde(default, skip_serializing_if = "Property::is_absent")]
    pub error: Property<GraphError>,
    /// Members beside `error`, kept as they came.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, Value>,
}

/// What can go wrong building a request or reading a response.
#[derive(Debug)]
pub enum Error {
    /// A path parameter would change the path (`.`, `..`, empty).
    InvalidPathParameter {
        /// The parameter's name in the path template.
        name: &'static str,
        /// The value that was refused.
        value: String,
    },
    /// The request could not be built.
    Request(http::Error),
    /// A body could not be serialized or deserialized.
    Json(serde_json::Error),
    /// The service answered with another status than the documented one.
    Status {
        /// The status received.
        status: http::StatusCode,
        /// Graph's error object, when the body holds one.
        error: Option<GraphError>,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidPathParameter { name, value } => {
                write!(f, "path parameter `{name}` cannot be `{value}`")
            }
            Error::Request(e) => write!(f, "cannot build the request: {e}"),
            Error::Json(e) => write!(f, "JSON body: {e}"),
            Error::Status {
                status,
                error: Some(e),
            } => {
                let text = |p: &Property<String>| p.value().cloned().unwrap_or_default();
                write!(f, "{status}: {}: {}", text(&e.code), text(&e.message))
            }
            Error::Status {
                status,
                error: None,
            } => write!(f, "unexpected status {status}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Request(e) => Some(e),
            Error::Json(e) => Some(e),
            _ => None,
        }
    }
}

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a path parameter so that it stays one segment: `/`, `?`, `#` and `%` are
/// encoded, and `.`, `..` and the empty string are refused.
pub fn encode_path_segment(name: &'static str, value: &str) -> Result<String, Error> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidPathParameter {
            name,
            value: value.to_string(),
        });
    }
    Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
}

/// Writes a function argument that the path quotes (`search(q='{q}')`): a quote in it is
/// doubled, as OData writes it inside a string literal, and the rest percent-encoded, so the
/// value can neither end the literal nor the call. An empty string is a valid argument.
pub fn encode_function_string(value: &str) -> String {
    percent_encoding::utf8_percent_encode(&value.replace('\'', "''"), SEGMENT).to_string()
}

/// Characters percent-encoded in a query option's value: all but RFC 3986 unreserved and
/// the few OData writes as they are (`$`, `,`, `'`, `(`, `)`, `:`, `/`).
pub(crate) const QUERY_VALUE: &percent_encoding::AsciiSet = &SEGMENT
    .remove(b'$')
    .remove(b',')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b':')
    .remove(b'/');

/// Named values set on a request, in the order set; a name set again (in any case) replaces
/// its value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Pairs(Vec<(&'static str, String)>);

impl Pairs {
    fn set(&mut self, name: &'static str, value: String) {
        match self
            .0
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some((_, v)) => *v = value,
            None => self.0.push((name, value)),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The OData query options of a request (`$select`, `$filter`, `$top` …), in the order set;
/// setting an option again replaces it. Values are percent-encoded into the URL, so a filter
/// holding `&`, `#` or `=` stays one option.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Pairs,
}

impl Query {
    /// Sets option `name` (such as `$select`) to `value`, as the service reads it.
    pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
        self.pairs.set(name, value.into());
    }

    /// Sets option `name` to the comma-separated `items` (`$select=id,displayName`).
    pub fn set_list<I: IntoIterator<Item = S>, S: AsRef<str>>(
        &mut self,
        name: &'static str,
        items: I,
    ) {
        let mut value = String::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                value.push(',');
            }
            value.push_str(item.as_ref());
        }
        self.pairs.set(name, value);
    }

    /// The value of option `name`, when set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs.get(name)
    }

    /// Whether no option is set.
    pub fn is_empty(&self) -> bool {
        self.pairs.0.is_empty()
    }

    /// Appends `?name=value&…` (nothing when empty) to `url`.
    pub fn append_to(&self, url: &mut String) {
        for (i, (name, value)) in self.pairs.0.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.extend(percent_encoding::utf8_percent_encode(value, QUERY_VALUE));
        }
    }
}

/// The optional headers of a request (`Prefer`, `ConsistencyLevel`, `If-Match` …), in the
/// order set; setting one again replaces it. A value that is not a valid header value makes
/// [`Endpoint::to_request`] fail with [`Error::Request`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers {
    pairs: Pairs,
}

impl Headers {
    /// Sets header `name` to `value`.
    pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
        self.pairs.set(name, value.into());
    }

    /// The value of header `name`, when set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs.get(name)
    }
}

/// A request body type for endpoints that send none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NoBody;

/// A body that is not JSON: a `$value` or `content` download, an upload. Its bytes go over
/// the wire as they are, with their content type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes {
    /// The bytes.
    pub data: Vec<u8>,
    /// Their media type (`image/jpeg` …); an upload without one is sent as
    /// `application/octet-stream`.
    pub content_type: Option<String>,
}

impl Bytes {
    /// `data`, of no stated media type.
    pub fn new(data: impl Into<Vec<u8>>) -> Self {
        Bytes {
            data: data.into(),
            content_type: None,
        }
    }

    /// `data` of media type `content_type`.
    pub fn with_content_type(data: impl Into<Vec<u8>>, content_type: impl Into<String>) -> Self {
        Bytes {
            data: data.into(),
            content_type: Some(content_type.into()),
        }
    }

    /// The body of a response, with its `Content-Type`.
    pub fn from_response(headers: &http::HeaderMap, body: &[u8]) -> Self {
        Bytes {
            data: body.to_vec(),
            content_type: headers
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        }
    }
}

/// As JSON (never on the wire: [`Endpoint::body_bytes`] sends the bytes themselves), an
/// array of numbers.
impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.data)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<u8>::deserialize(deserializer).map(Bytes::new)
    }
}

/// One documented endpoint, sans I/O: it builds an [`http::Request`] and reads an
/// [`http::Response`]; sending is up to the caller.
pub trait Endpoint {
    /// The body sent: a JSON one, [`Bytes`] for an upload, [`NoBody`] when none.
    type Body: Serialize;
    /// The body of the documented success response (`()` when there is none; [`Bytes`] for
    /// a download).
    type Response: DeserializeOwned;
    /// The HTTP method.
    const METHOD: http::Method;
    /// The documented path template, such as `/users/{user-id}`.
    const PATH_TEMPLATE: &'static str;
    /// The documented success status.
    const SUCCESS_STATUS: u16;
    /// The documented permissions.
    const PERMISSIONS: Permissions;

    /// The path with every parameter filled in and percent-encoded.
    fn path(&self) -> Result<String, Error>;

    /// The body to send, if any.
    fn body(&self) -> Option<&Self::Body>;

    /// The OData query options set on the request (endpoints whose page documents some).
    fn query(&self) -> Option<&Query> {
        None
    }

    /// The optional headers set on the request (endpoints whose page documents some).
    fn headers(&self) -> Option<&Headers> {
        None
    }

    /// Builds the request against `base_url` (such as `https://graph.microsoft.com/v1.0`).
    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, Error> {
        let mut url = format!("{}{}", base_url.trim_end_matches('/'), self.path()?);
        if let Some(query) = self.query() {
            query.append_to(&mut url);
        }
        let mut builder = http::Request::builder()
            .method(Self::METHOD)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        for (name, value) in self.headers().map_or(&[][..], |h| &h.pairs.0) {
            builder = builder.header(*name, value.as_str());
        }
        let request = match self.body_bytes()? {
            Some((bytes, content_type)) => builder
                .header(http::header::CONTENT_TYPE, content_type)
                .body(bytes),
            None => builder.body(Vec::new()),
        };
        request.map_err(Error::Request)
    }

    /// The body as sent, and its content type: the JSON of [`Endpoint::body`] (an upload's
    /// endpoint sends its [`Bytes`] as they are).
    fn body_bytes(&self) -> Result<Option<(Vec<u8>, String)>, Error> {
        match self.body() {
            Some(body) => Ok(Some((
                serde_json::to_vec(body).map_err(Error::Json)?,
                "application/json".to_string(),
            ))),
            None => Ok(None),
        }
    }

    /// Reads a success response's body: JSON, an empty body as `null` (a download's
    /// endpoint takes the bytes as they are).
    fn read_body(headers: &http::HeaderMap, body: &[u8]) -> Result<Self::Response, Error> {
        let _ = headers;
        read_json(body)
    }

    /// Reads a success response by its status: an endpoint whose documented statuses answer
    /// different bodies picks its answer's variant here; the others read the body alone
    /// ([`Endpoint::read_body`]).
    fn read_response(
        status: http::StatusCode,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Self::Response, Error> {
        let _ = status;
        Self::read_body(headers, body)
    }

    /// Reads a success response; any other status becomes [`Error::Status`] with Graph's
    /// error object when the body holds one.
    fn parse_response<B: AsRef<[u8]>>(
        response: http::Response<B>,
    ) -> Result<Self::Response, Error> {
        check_status(&response)?;
        Self::read_response(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }
}

/// Reads a JSON body; an empty one is `null`.
pub fn read_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"null".as_slice()
    } else {
        body
    };
    serde_json::from_slice(body).map_err(Error::Json)
}

/// `Ok` for a success status; otherwise [`Error::Status`] with Graph's error object when the
/// body holds one.
pub fn check_status<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<(), Error> {
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let error = serde_json::from_slice::<ErrorResponse>(response.body().as_ref())
        .ok()
        .and_then(|b| b.error.into_value());
    Err(Error::Status { status, error })
}
