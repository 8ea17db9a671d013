#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{models, runtime as rt};
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
/// `docs-input/003_863e2432f754272b.txt:67`: request body of `PATCH /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` as `microsoft.graph.remoteAssistancePartner`.
#[test]
fn example_docs_input_003_863e2432f754272b_txt_67_request() {
    let json = include_str!(
        "example_docs_input_003_863e2432f754272b_txt_67_request.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistancePartner>(json) {
        panic!("{}: {e}", "docs-input/003_863e2432f754272b.txt:67");
    }
}
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
/// `docs-input/003_863e2432f754272b.txt:84`: response body of `PATCH /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` as `microsoft.graph.remoteAssistancePartner`.
#[test]
fn example_docs_input_003_863e2432f754272b_txt_84_response() {
    let json = include_str!(
        "example_docs_input_003_863e2432f754272b_txt_84_response.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistancePartner>(json) {
        panic!("{}: {e}", "docs-input/003_863e2432f754272b.txt:84");
    }
}
/// `docs-input/004_3008c6f0be4f7f03.txt:65`: request body of `PATCH /RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}` as `microsoft.graph.requestRemoteHelpSessionAccessResponse`.
#[test]
fn example_docs_input_004_3008c6f0be4f7f03_txt_65_request() {
    let json = include_str!(
        "example_docs_input_004_3008c6f0be4f7f03_txt_65_request.json"
    );
    if let Err(e) = rt::round_trip::<
        models::RequestRemoteHelpSessionAccessResponse,
    >(json) {
        panic!("{}: {e}", "docs-input/004_3008c6f0be4f7f03.txt:65");
    }
}
/// `docs-input/004_3008c6f0be4f7f03.txt:81`: response body of `PATCH /RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}` as `microsoft.graph.requestRemoteHelpSessionAccessResponse`.
#[test]
fn example_docs_input_004_3008c6f0be4f7f03_txt_81_response() {
    let json = include_str!(
        "example_docs_input_004_3008c6f0be4f7f03_txt_81_response.json"
    );
    if let Err(e) = rt::round_trip::<
        models::RequestRemoteHelpSessionAccessResponse,
    >(json) {
        panic!("{}: {e}", "docs-input/004_3008c6f0be4f7f03.txt:81");
    }
}
