#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{models, runtime as rt};
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
/// `docs-input/intune-remoteassistance-remoteassistancepartner-get.md:60`: response body of `GET /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` as `microsoft.graph.remoteAssistancePartner`.
#[test]
fn example_docs_input_intune_remoteassistance_remoteassistancepartner_get_md_60_response() {
    let json = include_str!(
        "example_docs_input_intune_remoteassistance_remoteassistancepartner_get_md_60_response.json"
    );
    if let Err(e) = rt::round_trip::<
        rt::PrimitiveResult<models::RemoteAssistancePartner>,
    >(json) {
        panic!(
            "{}: {e}",
            "docs-input/intune-remoteassistance-remoteassistancepartner-get.md:60"
        );
    }
}
/// `docs-input/intune-remoteassistance-remoteassistancepartner-get.md:80`: response body of `GET /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` (Graph's error object).
#[test]
fn example_docs_input_intune_remoteassistance_remoteassistancepartner_get_md_80_response() {
    let json = include_str!(
        "example_docs_input_intune_remoteassistance_remoteassistancepartner_get_md_80_response.json"
    );
    if let Err(e) = rt::round_trip::<rt::ErrorResponse>(json) {
        panic!(
            "{}: {e}",
            "docs-input/intune-remoteassistance-remoteassistancepartner-get.md:80"
        );
    }
}
/// `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57`: request body of `POST /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}/requestSession` as `microsoft.graph.remoteAssistancePartnersRequestSessionRequestBody`.
#[test]
fn example_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57_request() {
    let json = include_str!(
        "example_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57_request.json"
    );
    if let Err(e) = rt::round_trip::<
        models::RemoteAssistancePartnersRequestSessionRequestBody,
    >(json) {
        panic!(
            "{}: {e}",
            "docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57"
        );
    }
}
/// `docs-input/intune-remoteassistance-remoteassistancesession-get.md:61`: response body of `GET /deviceManagement/remoteAssistanceSessions/{remoteAssistanceSessionId}` as `microsoft.graph.remoteAssistanceSession`.
#[test]
fn example_docs_input_intune_remoteassistance_remoteassistancesession_get_md_61_response() {
    let json = include_str!(
        "example_docs_input_intune_remoteassistance_remoteassistancesession_get_md_61_response.json"
    );
    if let Err(e) = rt::round_trip::<models::RemoteAssistanceSession>(json) {
        panic!(
            "{}: {e}",
            "docs-input/intune-remoteassistance-remoteassistancesession-get.md:61"
        );
    }
}
