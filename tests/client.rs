//! The generated async client (`graph_models::client`, feature `client`) against scripted
//! loopback servers: bearer token, retries on 429 and 503 as `Retry-After` says, timeouts,
//! typed errors, paging. (`tests/mock.rs` drives it through every documented pair.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use graph_models::client::{Auth, BearerToken, BoxError, Client, Error, RetryPolicy};
use graph_models::endpoints::{GetRemoteAssistancePartner, ListManagedAppPolicies};
use graph_models::runtime as rt;

/// A server answering each connection with the next of `answers` (status line, headers and
/// body, `Connection: close` added); the requests it read, head and body.
fn script(answers: Vec<String>) -> (String, Arc<Mutex<Vec<String>>>) {
    script_with(|_| answers)
}

/// [`script`], the answers made knowing the server's URL.
fn script_with(answers: impl FnOnce(&str) -> Vec<String>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answers = answers(&url);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        for answer in answers {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            let mut reader = BufReader::new(stream);
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
                head.push_str(&line);
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            head.push_str(&String::from_utf8_lossy(&body));
            record.lock().unwrap().push(head);
            let (status, rest) = answer.split_once("\r\n").unwrap_or((&answer, ""));
            let (headers, body) = rest.split_once("\r\n\r\n").unwrap_or((rest, ""));
            let mut out = reader.into_inner();
            let text = format!(
                "{status}\r\n{headers}{}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                if headers.is_empty() { "" } else { "\r\n" },
                body.len()
            );
            let _ = out.write_all(text.as_bytes());
        }
    });
    (url, seen)
}

fn run<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

const PARTNER: &str = r#"{"id":"p-1","displayName":"TeamViewer"}"#;

fn ok(body: &str) -> String {
    format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{body}")
}

fn quick() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        initial_backoff: Duration::from_millis(1),
        max_delay: Duration::from_secs(2),
    }
}

#[test]
fn sends_the_bearer_token_and_reads_the_typed_answer() {
    let (url, seen) = script(vec![ok(PARTNER)]);
    let client = Client::new(format!("{url}/beta"), BearerToken::new("secret-1")).unwrap();
    let partner = run(client.send(&GetRemoteAssistancePartner::new("a/b").select(["id"]))).unwrap();
    assert_eq!(partner.display_name.value().unwrap(), "TeamViewer");
    let seen = seen.lock().unwrap();
    let head = seen[0].to_ascii_lowercase();
    assert!(
        head.starts_with(
            "get /beta/devicemanagement/remoteassistancepartners/a%2fb?$select=id http/1.1"
        ),
        "{head}"
    );
    assert!(head.contains("authorization: bearer secret-1"), "{head}");
    // the token never shows in a debug print
    assert!(!format!("{:?}", BearerToken::new("secret-1")).contains("secret"));
}

/// An [`Auth`] counting its calls: a token per attempt.
struct Counting(AtomicUsize);

impl Auth for Counting {
    async fn token(&self) -> Result<String, BoxError> {
        Ok(format!("t{}", self.0.fetch_add(1, Ordering::SeqCst)))
    }
}

#[test]
fn retries_throttled_and_unavailable_answers_as_retry_after_says() {
    let (url, seen) = script(vec![
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0".into(),
        "HTTP/1.1 503 Service Unavailable".into(),
        ok(PARTNER),
    ]);
    let client = Client::builder(url, Counting(AtomicUsize::new(0)))
        .retry(quick())
        .build()
        .unwrap();
    let partner = run(client.send(&GetRemoteAssistancePartner::new("p-1"))).unwrap();
    assert_eq!(partner.id.value().unwrap(), "p-1");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    // a fresh token for each attempt
    assert!(
        seen[2].to_ascii_lowercase().contains("bearer t2"),
        "{}",
        seen[2]
    );
}

#[test]
fn gives_up_with_the_typed_graph_error() {
    let throttled = r#"{"error":{"code":"TooManyRequests","message":"slow down"}}"#;
    let answer = format!("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\n\r\n{throttled}");
    let (url, seen) = script(vec![answer.clone(), answer.clone(), answer]);
    let retry = RetryPolicy {
        max_retries: 2,
        ..quick()
    };
    let client = Client::builder(url, BearerToken::new("t"))
        .retry(retry)
        .build()
        .unwrap();
    let error = run(client.send(&GetRemoteAssistancePartner::new("p-1"))).unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    match &error {
        Error::Endpoint(rt::Error::Status {
            error: Some(graph), ..
        }) => assert_eq!(graph.code.value().unwrap(), "TooManyRequests"),
        other => panic!("{other:?}"),
    }
    assert_eq!(seen.lock().unwrap().len(), 3);
}

#[test]
fn a_server_too_slow_is_a_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    // accepts, reads nothing, answers nothing
    let held = std::thread::spawn(move || listener.accept().map(|(s, _)| s));
    let client = Client::builder(url, BearerToken::new("t"))
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let error = run(client.send(&GetRemoteAssistancePartner::new("p-1"))).unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    drop(held);
}

#[test]
fn next_page_follows_the_next_link() {
    let (url, seen) = script_with(|url| {
        let first = format!(
            r#"{{"value":[],"@odata.nextLink":"{url}/beta/deviceAppManagement/managedAppPolicies?$skiptoken=2"}}"#
        );
        let last = r#"{"value":[],"@odata.deltaLink":"https://example.com/delta"}"#;
        vec![ok(&first), ok(last)]
    });
    let client = Client::new(format!("{url}/beta"), BearerToken::new("t")).unwrap();
    let (page, next, after) = run(async {
        let page = client.send(&ListManagedAppPolicies::new()).await.unwrap();
        let next = client.next_page(&page).await.unwrap().unwrap();
        let after = client.next_page(&next).await.unwrap();
        (page, next, after)
    });
    assert!(page.next_link.value().is_some());
    assert_eq!(next.delta_link(), Some("https://example.com/delta"));
    assert!(after.is_none());
    let seen = seen.lock().unwrap();
    assert!(seen[1].contains("$skiptoken=2"), "{}", seen[1]);
}

#[test]
fn retry_after_is_seconds_or_a_date() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let headers = |value: &str| {
        let mut h = http::HeaderMap::new();
        h.insert(http::header::RETRY_AFTER, value.parse().unwrap());
        h
    };
    let policy = RetryPolicy::default();
    let throttled = http::StatusCode::TOO_MANY_REQUESTS;
    assert_eq!(
        policy.delay(0, throttled, &headers("7"), now),
        Some(Duration::from_secs(7))
    );
    // an HTTP-date ten seconds on; one already past is no wait
    let later = httpdate::fmt_http_date(now + Duration::from_secs(10));
    assert_eq!(
        policy.delay(0, throttled, &headers(&later), now),
        Some(Duration::from_secs(10))
    );
    let past = httpdate::fmt_http_date(now - Duration::from_secs(10));
    assert_eq!(
        policy.delay(0, throttled, &headers(&past), now),
        Some(Duration::ZERO)
    );
    // longer than the policy waits: not retried
    assert_eq!(policy.delay(0, throttled, &headers("3600"), now), None);
    // no header: backoff doubling from the initial one, cut to the longest wait
    let none = http::HeaderMap::new();
    let unavailable = http::StatusCode::SERVICE_UNAVAILABLE;
    assert_eq!(
        policy.delay(2, unavailable, &none, now),
        Some(Duration::from_secs(4))
    );
    let patient = RetryPolicy {
        max_retries: 10,
        ..RetryPolicy::default()
    };
    assert_eq!(
        patient.delay(9, unavailable, &none, now),
        Some(Duration::from_secs(60))
    );
    // other statuses, and no retries left
    assert_eq!(
        policy.delay(0, http::StatusCode::BAD_GATEWAY, &none, now),
        None
    );
    assert_eq!(policy.delay(3, throttled, &headers("1"), now), None);
}
