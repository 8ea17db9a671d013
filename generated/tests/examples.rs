//! Round trips of the documented examples: each body is deserialized into its generated
//! type, serialized back and compared with the documented JSON. Bodies the docs are
//! diagnosed for must fail, so the lint and the generated code cannot disagree.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{models, runtime as rt};
#[cfg(feature = "general")]
/// `docs-input/000_fcd99e383d4978eb.txt:48`: request body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
#[test]
fn example_docs_input_000_fcd99e383d4978eb_txt_48_request() {
    let json = include_str!(
        "examples/example_docs_input_000_fcd99e383d4978eb_txt_48_request.json"
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
        "examples/example_docs_input_000_fcd99e383d4978eb_txt_60_response.json"
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
        "examples/example_docs_input_001_c02039f78c687c2d_txt_67_request.json"
    );
    let outcome = rt::round_trip::<models::RemoteAssistanceSettings>(json);
    assert!(
        outcome.is_err(),
        "docs-input/001_c02039f78c687c2d.txt:67: docgen reports `placeholder-value` for this example, but its round trip succeeded"
    );
}
#[cfg(feature = "general")]
/// `docs-input/001_c02039f78c687c2d.txt:87`: response body of `PATCH /deviceManagement/remoteAssistanceSettings` as `microsoft.graph.remoteAssistanceSettings`.
///
/// The docs are diagnosed here (`placeholder-value`); the round trip must fail.
#[test]
fn example_docs_input_001_c02039f78c687c2d_txt_87_response() {
    let json = include_str!(
        "examples/example_docs_input_001_c02039f78c687c2d_txt_87_response.json"
    );
    let outcome = rt::round_trip::<models::RemoteAssistanceSettings>(json);
    assert!(
        outcome.is_err(),
        "docs-input/001_c02039f78c687c2d.txt:87: docgen reports `placeholder-value` for this example, but its round trip succeeded"
    );
}
#[cfg(feature = "intune")]
/// `docs-input/003_863e2432f754272b.txt:67`: request body of `PATCH /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` as `microsoft.graph.remoteAssistancePartner`.
#[test]
fn example_docs_input_003_863e2432f754272b_txt_67_request() {
    let json = include_str!(
        "examples/example_docs_input_003_863e2432f754272b_txt_67_request.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistancePartner>(json) {
        panic!("{}: {e}", "docs-input/003_863e2432f754272b.txt:67");
    }
}
#[cfg(feature = "intune")]
/// `docs-input/003_863e2432f754272b.txt:84`: response body of `PATCH /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` as `microsoft.graph.remoteAssistancePartner`.
#[test]
fn example_docs_input_003_863e2432f754272b_txt_84_response() {
    let json = include_str!(
        "examples/example_docs_input_003_863e2432f754272b_txt_84_response.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistancePartner>(json) {
        panic!("{}: {e}", "docs-input/003_863e2432f754272b.txt:84");
    }
}
#[cfg(feature = "intune")]
/// `docs-input/004_3008c6f0be4f7f03.txt:65`: request body of `PATCH /RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}` as `microsoft.graph.requestRemoteHelpSessionAccessResponse`.
#[test]
fn example_docs_input_004_3008c6f0be4f7f03_txt_65_request() {
    let json = include_str!(
        "examples/example_docs_input_004_3008c6f0be4f7f03_txt_65_request.json"
    );
    if let Err(e) = rt::round_trip::<
        models::RequestRemoteHelpSessionAccessResponse,
    >(json) {
        panic!("{}: {e}", "docs-input/004_3008c6f0be4f7f03.txt:65");
    }
}
#[cfg(feature = "intune")]
/// `docs-input/004_3008c6f0be4f7f03.txt:81`: response body of `PATCH /RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}` as `microsoft.graph.requestRemoteHelpSessionAccessResponse`.
#[test]
fn example_docs_input_004_3008c6f0be4f7f03_txt_81_response() {
    let json = include_str!(
        "examples/example_docs_input_004_3008c6f0be4f7f03_txt_81_response.json"
    );
    if let Err(e) = rt::round_trip::<
        models::RequestRemoteHelpSessionAccessResponse,
    >(json) {
        panic!("{}: {e}", "docs-input/004_3008c6f0be4f7f03.txt:81");
    }
}
#[cfg(feature = "intune-remoteassistance")]
/// `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57`: request body of `POST /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}/requestSession` as `microsoft.graph.requestSessionRequestBody`.
#[test]
fn example_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57_request() {
    let json = include_str!(
        "examples/example_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57_request.json"
    );
    if let Err(e) = rt::round_trip::<models::RequestSessionRequestBody>(json) {
        panic!(
            "{}: {e}",
            "docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57"
        );
    }
}
