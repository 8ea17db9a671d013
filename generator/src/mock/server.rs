//! The mock on a socket: HTTP/1.1 over tokio and hyper, each request answered by
//! [`Routes::answer`].

use std::convert::Infallible;
use std::sync::Arc;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use super::{Answer, Routes};

/// Told of each request answered, as one line (`GET /v1.0/me -> 200 docs/x.md:40`).
pub type Log = Arc<dyn Fn(String) + Send + Sync>;

/// Answers connections on `listener` with `routes` until the listener fails or the future is
/// dropped.
pub async fn serve(routes: Arc<Routes>, listener: TcpListener, log: Log) -> std::io::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        let (routes, log) = (routes.clone(), log.clone());
        tokio::spawn(async move {
            let service = service_fn(move |request| respond(routes.clone(), log.clone(), request));
            // a client that goes away mid-request is its own business
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn respond(
    routes: Arc<Routes>,
    log: Log,
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let method = request.method().to_string();
    let target = request
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_string(), |p| p.to_string());
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = match request.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => Bytes::new(),
    };
    let answer = routes.answer(&method, &target, &headers, &body);
    log(format!(
        "{method} {target} -> {} {}",
        answer.status,
        answer
            .matched
            .as_deref()
            .unwrap_or("(no documented request matches)")
    ));
    Ok(to_response(answer))
}

/// The answer as a hyper response; a documented status or header that HTTP cannot carry
/// becomes a 500 that says so.
fn to_response(answer: Answer) -> hyper::Response<Full<Bytes>> {
    let mut builder = hyper::Response::builder().status(answer.status);
    for (name, value) in &answer.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder
        .body(Full::new(Bytes::from(answer.body)))
        .unwrap_or_else(|e| {
            let mut response = hyper::Response::new(Full::new(Bytes::from(format!(
                "docgen mock: the documented response cannot be sent: {e}"
            ))));
            *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
            response
        })
}
