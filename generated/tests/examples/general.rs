#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{models, runtime as rt};
#[cfg(feature = "general")]
/// `docs-input/000_fcd99e383d4978eb.txt:48`: request body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
#[test]
fn example_docs_input_000_fcd99e383d4978eb_txt_48_request() {
    let json = include_str!(
        "example_docs_input_000_fcd99e383d4978eb_txt_48_request.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistanceSettings>(json) {
        panic!("{}: {e}", "docs-input/000_fcd99e383d4978eb.txt:48");
    }
}
#[cfg(feature = "general")]
/// `docs-input/000_fcd99e383d4978eb.txt:60`: response body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
#[test]
fn example_docs_input_000_fcd99e383d4978eb_txt_60_response() {
    let json = include_str!(
        "example_docs_input_000_fcd99e383d4978eb_txt_60_response.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistanceSettings>(json) {
        panic!("{}: {e}", "docs-input/000_fcd99e383d4978eb.txt:60");
    }
}
#[cfg(feature = "general")]
/// `docs-input/001_c02039f78c687c2d.txt:67`: request body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
///
/// The docs are diagnosed here (`placeholder-value`); the round trip must fail.
#[test]
fn example_docs_input_001_c02039f78c687c2d_txt_67_request() {
    let json = include_str!(
        "example_docs_input_001_c02039f78c687c2d_txt_67_request.json"
    );
    let outcome = rt::round_trip::<models::RemoteAssistanceSettings>(json);
    if cfg!(feature = "full") {
        assert!(
            outcome.is_err(),
            "docs-input/001_c02039f78c687c2d.txt:67: docgen reports `placeholder-value` for this example, but its round trip succeeded"
        );
    }
}
#[cfg(feature = "general")]
/// `docs-input/001_c02039f78c687c2d.txt:87`: response body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
///
/// The docs are diagnosed here (`placeholder-value`); the round trip must fail.
#[test]
fn example_docs_input_001_c02039f78c687c2d_txt_87_response() {
    let json = include_str!(
        "example_docs_input_001_c02039f78c687c2d_txt_87_response.json"
    );
    let outcome = rt::round_trip::<models::RemoteAssistanceSettings>(json);
    if cfg!(feature = "full") {
        assert!(
            outcome.is_err(),
            "docs-input/001_c02039f78c687c2d.txt:87: docgen reports `placeholder-value` for this example, but its round trip succeeded"
        );
    }
}
