//! `docgen mock` on loopback: every documented request of `docs-input/` gets its documented
//! response, and the generated endpoints send their requests to it and read the answers.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use docgen::mock::{Log, Routes};
use graph_models::endpoints::{
    GetManagedAppRegistration, GetRemoteAssistanceSession, ListManagedAppPolicies,
    UpdateRemoteAssistancePartner,
};
use graph_models::models::{AnyManagedAppPolicy, RemoteAssistancePartner};
use graph_models::runtime::{self as rt, Endpoint};
use serde_json::Value;

/// The replay docgen writes beside the modules: a function per documented pair of
/// `docs-input/` that the typed requests can send.
mod replay {
    use graph_models::{client, endpoints, runtime as rt};
    include!(concat!(env!("OUT_DIR"), "/replay.rs"));
}

/// The mock of `docs-input/` on an ephemeral loopback port, and the lines it logged.
fn start() -> (SocketAddr, Arc<Routes>, Arc<Mutex<Vec<String>>>) {
    let input = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs-input");
    let analysis = docgen::analyze(&[input]).unwrap();
    let routes = Arc::new(Routes::new(&analysis));
    let lines = Arc::new(Mutex::new(Vec::new()));
    let log: Log = {
        let lines = lines.clone();
        Arc::new(move |line| lines.lock().unwrap().push(line))
    };
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    let served = routes.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            docgen::mock::serve(served, listener, log).await.unwrap();
        });
    });
    (addr, routes, lines)
}

/// The request target of a documented path under `version`.
fn target_of(version: &str, path: &str) -> String {
    format!("/{version}{}", path.replace(' ', "%20"))
}

/// Sends `request` over HTTP/1.1 (one connection per request) and reads the whole answer.
fn send(addr: SocketAddr, request: &http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    let mut stream = TcpStream::connect(addr).unwrap();
    let target = request.uri().path_and_query().unwrap().as_str();
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n",
        request.method()
    );
    for (name, value) in request.headers() {
        head.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", request.body().len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(request.body()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = std::str::from_utf8(&answer[..split]).unwrap();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let mut response = http::Response::builder().status(status);
    for line in lines {
        let (name, value) = line.split_once(':').unwrap();
        response = response.header(name.trim(), value.trim());
    }
    response.body(answer[split + 4..].to_vec()).unwrap()
}

fn request(method: &str, target: &str, body: Option<&Value>) -> http::Request<Vec<u8>> {
    let body = body
        .map(|b| serde_json::to_vec(b).unwrap())
        .unwrap_or_default();
    http::Request::builder()
        .method(method)
        .uri(target)
        .body(body)
        .unwrap()
}

#[test]
fn every_documented_request_gets_its_documented_response() {
    let (addr, routes, lines) = start();
    let documented = routes.documented();
    assert!(documented.len() >= 8, "{documented:?}");
    for d in documented {
        let version = d.version.as_deref().unwrap_or("v1.0");
        let target = target_of(version, &d.path);
        let answer = send(addr, &request(&d.method, &target, d.request_body.as_ref()));
        assert_eq!(
            answer.status(),
            d.status,
            "{} {target} ({})",
            d.method,
            d.source
        );
        if d.body.trim().is_empty() {
            assert!(answer.body().is_empty());
        } else {
            let sent: Value = serde_json::from_slice(answer.body()).unwrap();
            let documented: Value = serde_json::from_str(&d.body).unwrap();
            assert_eq!(sent, documented, "{}", d.source);
        }
        for (name, value) in &d.headers {
            assert_eq!(
                answer.headers()[name.as_str()],
                value.as_str(),
                "{}",
                d.source
            );
        }
    }
    // one line per request, naming the page that answered
    let lines = lines.lock().unwrap();
    assert_eq!(lines.len(), documented.len());
    // replayed without a socket, each documented request gets its own response
    let replay = routes.check();
    assert_eq!(replay.own, documented.len(), "{replay:?}");
    assert!(
        lines
            .iter()
            .all(|l| l.contains(" -> ") && l.contains("docs-input/")),
        "{lines:?}"
    );
}

#[test]
fn the_generated_client_gets_every_documented_answer_typed() {
    use graph_models::client::{BearerToken, Client, RetryPolicy};
    let (addr, routes, lines) = start();
    let url = format!("http://{addr}/{}", replay::VERSION);
    let client = Client::builder(url, BearerToken::new("docgen-mock"))
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let outcomes = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(replay::replay(&client));
    // all but two: a request body and a response body that are documented errors (the
    // lint reports both), so no typed request or response can be made of them
    assert_eq!(outcomes.len(), routes.documented().len() - 2);
    for (source, outcome) in &outcomes {
        assert!(outcome.is_ok(), "{source}: {outcome:?}");
    }
    assert_eq!(lines.lock().unwrap().len(), outcomes.len());
}

#[test]
fn methods_match_in_any_case_and_versions_do_not_mix() {
    let analysis =
        docgen::analyze(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs-input")]).unwrap();
    let routes = Routes::new(&analysis);
    let mut templated = 0;
    for d in routes.documented() {
        let version = d.version.as_deref().unwrap_or("v1.0");
        let body = d
            .request_body
            .as_ref()
            .map(|b| b.to_string().into_bytes())
            .unwrap_or_default();
        let answer =
            |method: &str, target: &str| routes.answer(method, target, &d.request_headers, &body);
        let target = target_of(version, &d.path);
        let documented = answer(&d.method, &target);
        assert!(documented.matched.is_some(), "{}", d.source);
        assert_eq!(answer(&d.method.to_ascii_lowercase(), &target), documented);
        // the same path under a version no page documents: nothing answers
        let elsewhere = answer(&d.method, &target_of("v9.9", &d.path));
        assert_eq!(elsewhere.matched, None, "{}", d.source);
        assert_eq!(elsewhere.status, 404);
        // a path only the page's request line matches: answered by a pair of that method
        if let Some(at) = d.path.rfind('/').filter(|_| d.template.is_some()) {
            let other = format!("/{version}{}/zz-not-documented", &d.path[..at]);
            if let Some(source) = answer(&d.method, &other).matched {
                let by = routes
                    .documented()
                    .iter()
                    .find(|p| p.source == source)
                    .unwrap();
                assert!(by.method.eq_ignore_ascii_case(&d.method), "{source}");
                templated += 1;
            }
        }
    }
    assert!(templated > 0, "no path answered through a request line");
}

#[test]
fn anything_undocumented_gets_404_with_a_graph_error() {
    let (addr, _, lines) = start();
    for (method, target) in [
        ("GET", "/beta/nothing/here"),
        (
            "DELETE",
            "/beta/deviceManagement/remoteAssistancePartners/p1",
        ),
    ] {
        let answer = send(addr, &request(method, target, None));
        assert_eq!(answer.status(), 404);
        let error: rt::ErrorResponse = serde_json::from_slice(answer.body()).unwrap();
        let message = error
            .error
            .value()
            .unwrap()
            .message
            .value()
            .unwrap()
            .clone();
        assert!(message.contains(target), "{message}");
    }
    assert!(lines.lock().unwrap()[0].ends_with("(no documented request matches)"));
}

#[test]
fn generated_endpoints_call_the_mock_and_read_typed_answers() {
    let (addr, _, _) = start();
    let base = format!("http://{addr}/beta");

    // any id matches the documented request line; the documented answer comes back, typed
    let get = GetManagedAppRegistration::new("any id/with?odd#chars").select(["id"]);
    let registration =
        GetManagedAppRegistration::parse_response(send(addr, &get.to_request(&base).unwrap()))
            .unwrap();
    assert!(registration.id.value().is_some());

    // the session page's GET, with an optional header
    let get = GetRemoteAssistanceSession::new("s-1").if_none_match("W/\"1\"");
    let session =
        GetRemoteAssistanceSession::parse_response(send(addr, &get.to_request(&base).unwrap()))
            .unwrap();
    assert!(session.id.value().is_some());

    // a PATCH with the documented body
    let mut partner = RemoteAssistancePartner::default();
    partner.display_name = "TeamViewer".to_string().into();
    let patch = UpdateRemoteAssistancePartner::new("p-1", partner);
    let updated = UpdateRemoteAssistancePartner::parse_response(send(
        addr,
        &patch.to_request(&base).unwrap(),
    ))
    .unwrap();
    assert!(updated.display_name.value().is_some());

    // a collection of mixed policy types, then its next page through @odata.nextLink
    let list = ListManagedAppPolicies::new().top(2).count(true);
    let page = ListManagedAppPolicies::parse_response(send(addr, &list.to_request(&base).unwrap()))
        .unwrap();
    assert!(page
        .value
        .iter()
        .any(|p| matches!(p, AnyManagedAppPolicy::IosManagedAppProtection(_))));
    let next = page.next_request().unwrap().unwrap();
    // the documented link names graph.microsoft.com: sent to the mock instead
    let next = request("GET", next.uri().path_and_query().unwrap().as_str(), None);
    let again = ListManagedAppPolicies::parse_response(send(addr, &next)).unwrap();
    assert_eq!(again.value.len(), page.value.len());
}
