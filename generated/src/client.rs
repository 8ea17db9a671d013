use std::fmt;
use std::future::Future;
use std::time::{Duration, SystemTime};
use serde::de::DeserializeOwned;
use super::runtime::{self as rt, Endpoint};
/// The error an [`Auth`] implementation returns.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// Where the bearer token of each request comes from. It is asked before every attempt
/// (retries included), so an implementation can cache a token and refresh it when it expires.
pub trait Auth: Send + Sync {
    /// The token to send as `Authorization: Bearer <token>`.
    fn token(&self) -> impl Future<Output = Result<String, BoxError>> + Send;
}
/// A token fixed for the client's life (tests, short scripts).
#[derive(Clone)]
pub struct BearerToken(String);
impl BearerToken {
    /// A fixed `token`.
    pub fn new(token: impl Into<String>) -> Self {
        BearerToken(token.into())
    }
}
impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(..)")
    }
}
impl Auth for BearerToken {
    fn token(&self) -> impl Future<Output = Result<String, BoxError>> + Send {
        let token = self.0.clone();
        async move { Ok(token) }
    }
}
/// When a throttled (429) or unavailable (503) answer is tried again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0: never retry).
    pub max_retries: u32,
    /// The wait before the first retry when the answer has no `Retry-After`; doubled each
    /// retry.
    pub initial_backoff: Duration,
    /// The longest wait: a `Retry-After` asking for more is not retried (its answer is
    /// returned), a backoff is cut to it.
    pub max_delay: Duration,
}
impl Default for RetryPolicy {
    /// Three retries, backoff from one second, waits of at most a minute.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
        }
    }
}
impl RetryPolicy {
    /// No retries.
    pub fn never() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }
    /// How long to wait before retry number `retries + 1` after an answer with `status` and
    /// `headers` (`now` reads an HTTP-date `Retry-After`); `None` when it is not retried: not
    /// 429 or 503, no retries left, or a `Retry-After` longer than [`RetryPolicy::max_delay`].
    pub fn delay(
        &self,
        retries: u32,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        now: SystemTime,
    ) -> Option<Duration> {
        let retried = status == http::StatusCode::TOO_MANY_REQUESTS
            || status == http::StatusCode::SERVICE_UNAVAILABLE;
        if !retried || retries >= self.max_retries {
            return None;
        }
        match retry_after(headers, now) {
            Some(wait) => (wait <= self.max_delay).then_some(wait),
            None => {
                let factor = 2u32.saturating_pow(retries);
                Some(self.initial_backoff.saturating_mul(factor).min(self.max_delay))
            }
        }
    }
}
/// The wait a `Retry-After` header asks for: delay-seconds, or an HTTP-date (a date already
/// past is no wait). `None` when there is none or it is neither.
pub fn retry_after(headers: &http::HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}
/// What can go wrong sending a request.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Building the request or reading the answer: another status than the documented one
    /// (with Graph's error object), a body that is not the documented type.
    Endpoint(rt::Error),
    /// [`Auth::token`] failed.
    Auth(BoxError),
    /// No answer: connection, TLS, or a timeout ([`Error::is_timeout`]).
    Transport(reqwest::Error),
}
impl Error {
    /// Whether a timeout of the client ended the request.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }
    /// The status of an answer that was not the documented one.
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            Error::Endpoint(rt::Error::Status { status, .. }) => Some(*status),
            _ => None,
        }
    }
}
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Endpoint(e) => e.fmt(f),
            Error::Auth(e) => write!(f, "no token: {e}"),
            Error::Transport(e) => write!(f, "no answer: {e}"),
        }
    }
}
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Endpoint(e) => Some(e),
            Error::Auth(e) => Some(&**e),
            Error::Transport(e) => Some(e),
        }
    }
}
impl From<rt::Error> for Error {
    fn from(e: rt::Error) -> Self {
        Error::Endpoint(e)
    }
}
/// Builds a [`Client`]: timeouts, retries, user agent.
#[derive(Debug)]
pub struct ClientBuilder<A> {
    base_url: String,
    auth: A,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: RetryPolicy,
    user_agent: String,
}
impl<A: Auth> ClientBuilder<A> {
    /// The time a whole attempt may take, from connecting to the end of the body (default
    /// 100 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    /// The time connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }
    /// No timeouts at all.
    pub fn no_timeouts(mut self) -> Self {
        self.timeout = None;
        self.connect_timeout = None;
        self
    }
    /// When throttled and unavailable answers are tried again.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }
    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }
    /// The client.
    pub fn build(self) -> Result<Client<A>, Error> {
        let mut http = reqwest::Client::builder().user_agent(self.user_agent);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        if let Some(timeout) = self.connect_timeout {
            http = http.connect_timeout(timeout);
        }
        Ok(Client {
            http: http.build().map_err(Error::Transport)?,
            base_url: self.base_url,
            auth: self.auth,
            retry: self.retry,
        })
    }
}
/// Sends the endpoints' requests: see the [module](self).
#[derive(Clone, Debug)]
pub struct Client<A> {
    http: reqwest::Client,
    base_url: String,
    auth: A,
    retry: RetryPolicy,
}
impl<A: Auth> Client<A> {
    /// A client of the API at `base_url` (such as `https://graph.microsoft.com/v1.0`) with
    /// the default timeouts and retries.
    pub fn new(base_url: impl Into<String>, auth: A) -> Result<Self, Error> {
        Self::builder(base_url, auth).build()
    }
    /// A builder of a client of the API at `base_url`.
    pub fn builder(base_url: impl Into<String>, auth: A) -> ClientBuilder<A> {
        ClientBuilder {
            base_url: base_url.into(),
            auth,
            timeout: Some(Duration::from_secs(100)),
            connect_timeout: Some(Duration::from_secs(10)),
            retry: RetryPolicy::default(),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                .into(),
        }
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// Sends `endpoint`'s request and reads its documented answer.
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        let request = endpoint.to_request(&self.base_url)?;
        let response = self.execute(request).await?;
        Ok(E::parse_response(response)?)
    }
    /// The page after `page` (a GET of its `@odata.nextLink`), `None` on the last page.
    pub async fn next_page<T: DeserializeOwned>(
        &self,
        page: &rt::Collection<T>,
    ) -> Result<Option<rt::Collection<T>>, Error> {
        let Some(request) = page.next_request() else {
            return Ok(None);
        };
        let response = self.execute(request?).await?;
        rt::check_status(&response)?;
        let next = serde_json::from_slice(response.body()).map_err(rt::Error::Json)?;
        Ok(Some(next))
    }
    /// Sends `request` with the bearer token, retrying as the [`RetryPolicy`] says, and
    /// returns the answer, whatever its status.
    pub async fn execute(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        let (parts, body) = request.into_parts();
        let url = parts.uri.to_string();
        let mut retries = 0;
        loop {
            let token = self.auth.token().await.map_err(Error::Auth)?;
            let answer = self
                .http
                .request(parts.method.clone(), &url)
                .headers(parts.headers.clone())
                .bearer_auth(token)
                .body(body.clone())
                .send()
                .await
                .map_err(Error::Transport)?;
            let status = answer.status();
            if let Some(wait) = self
                .retry
                .delay(retries, status, answer.headers(), SystemTime::now())
            {
                retries += 1;
                drop(answer);
                tokio::time::sleep(wait).await;
                continue;
            }
            let mut response = http::Response::builder().status(status);
            if let Some(headers) = response.headers_mut() {
                *headers = answer.headers().clone();
            }
            let bytes = answer.bytes().await.map_err(Error::Transport)?;
            return response
                .body(bytes.to_vec())
                .map_err(|e| Error::Endpoint(rt::Error::Request(e)));
        }
    }
}
