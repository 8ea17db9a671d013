//! The generated client against `docgen mock`: every documented request/response pair the typed
//! requests can send, sent through `client::Client` to the mock, each answer read as the endpoint's
//! response type and compared with the documented body (a documented error: its status).
//!
//! Run it with the mock serving the pages this crate was generated from:
//! `docgen mock PAGES --listen 127.0.0.1:8080 &` then
//! `DOCGEN_MOCK_URL=http://127.0.0.1:8080 cargo test --features client --test client`.
//!
//! Pairs driven: 7.
//!
//! Pairs left out, by reason:
//!
//! - the request body does not round-trip (a documented error): 1
//! - the response wraps the object in `value` (a documented error): 1
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{client, endpoints, runtime as rt};
#[test]
fn every_documented_pair_through_the_client() {
    let Ok(mock) = std::env::var("DOCGEN_MOCK_URL") else {
        panic!(
            "set DOCGEN_MOCK_URL to the address of `docgen mock` serving the pages of this crate"
        );
    };
    let mut url = mock.trim_end_matches('/').to_string();
    if !VERSION.is_empty() {
        url = format!("{url}/{VERSION}");
    }
    let client = client::Client::builder(url, client::BearerToken::new("docgen-mock"))
        .retry(client::RetryPolicy::never())
        .build()
        .expect("a client");
    let outcomes = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime")
                .block_on(replay(&client))
        })
        .expect("a thread")
        .join()
        .expect("the replay ends");
    let failed: Vec<String> = outcomes
        .iter()
        .filter_map(|(source, outcome)| {
            outcome.as_ref().err().map(|e| format!("{source}: {e}"))
        })
        .collect();
    println!(
        "{} of {} documented pairs answered as documented", outcomes.len() - failed
        .len(), outcomes.len()
    );
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
/// The API version of the pages (the path after the mock's address), empty when none.
pub const VERSION: &str = "beta";
/// Sends every documented request this crate can build through `client`; each pair's
/// `file:line` and whether its answer was the documented one. (Each pair's future is
/// boxed: this one stays small, whatever the number of pairs.)
#[allow(clippy::vec_init_then_push)]
pub async fn replay(
    client: &client::Client<client::BearerToken>,
) -> Vec<(&'static str, Result<(), String>)> {
    #[allow(unused_mut)]
    let mut outcomes = Vec::new();
    #[cfg(feature = "general")]
    outcomes
        .push((
            "docs-input/000_fcd99e383d4978eb.txt:48",
            Box::pin(pair_docs_input_000_fcd99e383d4978eb_txt_48(client)).await,
        ));
    #[cfg(feature = "intune")]
    outcomes
        .push((
            "docs-input/003_863e2432f754272b.txt:67",
            Box::pin(pair_docs_input_003_863e2432f754272b_txt_67(client)).await,
        ));
    #[cfg(feature = "intune")]
    outcomes
        .push((
            "docs-input/004_3008c6f0be4f7f03.txt:65",
            Box::pin(pair_docs_input_004_3008c6f0be4f7f03_txt_65(client)).await,
        ));
    #[cfg(feature = "intune-mam")]
    outcomes
        .push((
            "docs-input/intune-mam-managedapppolicy-list.md:55",
            Box::pin(pair_docs_input_intune_mam_managedapppolicy_list_md_55(client))
                .await,
        ));
    #[cfg(feature = "intune-mam")]
    outcomes
        .push((
            "docs-input/intune-mam-managedappregistration-get.md:54",
            Box::pin(pair_docs_input_intune_mam_managedappregistration_get_md_54(client))
                .await,
        ));
    #[cfg(feature = "intune-remoteassistance")]
    outcomes
        .push((
            "docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57",
            Box::pin(
                    pair_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57(
                        client,
                    ),
                )
                .await,
        ));
    #[cfg(feature = "intune-remoteassistance")]
    outcomes
        .push((
            "docs-input/intune-remoteassistance-remoteassistancesession-get.md:55",
            Box::pin(
                    pair_docs_input_intune_remoteassistance_remoteassistancesession_get_md_55(
                        client,
                    ),
                )
                .await,
        ));
    outcomes
}
/// Whether `value` serializes to the JSON `documented`.
#[allow(dead_code)]
fn same_json<T: serde::Serialize>(value: &T, documented: &str) -> Result<(), String> {
    let expected: serde_json::Value = serde_json::from_str(documented)
        .map_err(|e| e.to_string())?;
    let actual = serde_json::to_value(value).map_err(|e| e.to_string())?;
    if rt::json_eq(&expected, &actual) {
        Ok(())
    } else {
        Err(format!("answer read as\n{actual}\ndocumented\n{expected}"))
    }
}
#[cfg(feature = "general")]
/// `docs-input/000_fcd99e383d4978eb.txt:48`: PATCH `/deviceManagement/remoteAssistanceSettings` → 200
async fn pair_docs_input_000_fcd99e383d4978eb_txt_48(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let request = endpoints::UpdateRemoteAssistanceSettings::new(
        serde_json::from_str(
                "{\n  \"@odata.type\": \"#microsoft.graph.remoteAssistanceSettings\",\n  \"remoteAssistanceState\": \"enabled\",\n  \"allowSessionsToUnenrolledDevices\": true,\n  \"blockChat\": true\n}",
            )
            .map_err(|e| format!("the documented request body: {e}"))?,
    );
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.type\": \"#microsoft.graph.remoteAssistanceSettings\",\n  \"id\": \"cfef360e-360e-cfef-0e36-efcf0e36efcf\",\n  \"remoteAssistanceState\": \"enabled\",\n  \"allowSessionsToUnenrolledDevices\": true,\n  \"blockChat\": true\n}",
    )
}
#[cfg(feature = "intune")]
/// `docs-input/003_863e2432f754272b.txt:67`: PATCH `/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}` → 200
async fn pair_docs_input_003_863e2432f754272b_txt_67(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let request = endpoints::UpdateRemoteAssistancePartner::new(
        "{remoteAssistancePartnerId}",
        serde_json::from_str(
                "{\n  \"@odata.type\": \"#microsoft.graph.remoteAssistancePartner\",\n  \"displayName\": \"Display Name value\",\n  \"onboardingUrl\": \"https://example.com/onboardingUrl/\",\n  \"onboardingStatus\": \"onboarding\",\n  \"lastConnectionDateTime\": \"2016-12-31T23:58:36.6670033-08:00\",\n  \"onboardingRequestExpiryDateTime\": \"2017-01-01T00:02:07.7573274-08:00\"\n}",
            )
            .map_err(|e| format!("the documented request body: {e}"))?,
    );
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.type\": \"#microsoft.graph.remoteAssistancePartner\",\n  \"id\": \"7443c8b9-c8b9-7443-b9c8-4374b9c84374\",\n  \"displayName\": \"Display Name value\",\n  \"onboardingUrl\": \"https://example.com/onboardingUrl/\",\n  \"onboardingStatus\": \"onboarding\",\n  \"lastConnectionDateTime\": \"2016-12-31T23:58:36.6670033-08:00\",\n  \"onboardingRequestExpiryDateTime\": \"2017-01-01T00:02:07.7573274-08:00\"\n}",
    )
}
#[cfg(feature = "intune")]
/// `docs-input/004_3008c6f0be4f7f03.txt:65`: PATCH `/RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}` → 200
async fn pair_docs_input_004_3008c6f0be4f7f03_txt_65(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let request = endpoints::UpdateRequestRemoteHelpSessionAccessResponse::new(
        "{RequestRemoteHelpSessionAccessResponseId}",
        serde_json::from_str(
                "{\n  \"@odata.type\": \"#microsoft.graph.requestRemoteHelpSessionAccessResponse\",\n  \"sessionKey\": \"Session Key value\",\n  \"sessionType\": \"takeFullControl\",\n  \"pubSubEncryptionKey\": \"Pub Sub Encryption Key value\",\n  \"pubSubEncryption\": \"Pub Sub Encryption value\"\n}",
            )
            .map_err(|e| format!("the documented request body: {e}"))?,
    );
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.type\": \"#microsoft.graph.requestRemoteHelpSessionAccessResponse\",\n  \"sessionKey\": \"Session Key value\",\n  \"sessionType\": \"takeFullControl\",\n  \"pubSubEncryptionKey\": \"Pub Sub Encryption Key value\",\n  \"pubSubEncryption\": \"Pub Sub Encryption value\"\n}",
    )
}
#[cfg(feature = "intune-mam")]
/// `docs-input/intune-mam-managedapppolicy-list.md:55`: GET `/deviceAppManagement/managedAppPolicies` → 200
async fn pair_docs_input_intune_mam_managedapppolicy_list_md_55(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let request = endpoints::ListManagedAppPolicies::new();
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.nextLink\": \"https://graph.microsoft.com/beta/deviceAppManagement/managedAppPolicies?$skiptoken=X'4453'\",\n  \"value\": [\n    {\n      \"@odata.type\": \"#microsoft.graph.iosManagedAppProtection\",\n      \"id\": \"policy-ios\",\n      \"displayName\": \"iOS baseline\",\n      \"lastModifiedDateTime\": \"2021-07-20T09:15:00.1234567-07:00\",\n      \"version\": \"3\",\n      \"periodOfflineBeforeAccessCheck\": \"PT12H\",\n      \"pinRequired\": true,\n      \"maximumPinRetries\": 5,\n      \"managedBrowser\": \"microsoftEdge,managedBrowser\",\n      \"isAssigned\": true,\n      \"minimumRequiredSdkVersion\": \"15.1\",\n      \"faceIdBlocked\": false,\n      \"deployedAppCount\": 12\n    },\n    {\n      \"@odata.type\": \"#microsoft.graph.targetedManagedAppProtection\",\n      \"id\": \"policy-targeted\",\n      \"displayName\": \"Targeted protection\",\n      \"pinRequired\": false,\n      \"isAssigned\": false\n    },\n    {\n      \"@odata.type\": \"#microsoft.graph.managedAppProtection\",\n      \"id\": \"policy-protection\",\n      \"maximumPinRetries\": 3,\n      \"managedBrowser\": \"notConfigured\"\n    },\n    {\n      \"@odata.type\": \"#microsoft.graph.windowsInformationProtectionPolicy\",\n      \"id\": \"policy-wip\",\n      \"displayName\": \"Windows information protection\",\n      \"enforcementLevel\": \"encryptAndAuditOnly\"\n    },\n    {\n      \"id\": \"policy-plain\",\n      \"displayName\": \"A policy that states no type\",\n      \"description\": null\n    }\n  ]\n}",
    )
}
#[cfg(feature = "intune-mam")]
/// `docs-input/intune-mam-managedappregistration-get.md:54`: GET `/deviceAppManagement/managedAppRegistrations/registration-1` → 200
async fn pair_docs_input_intune_mam_managedappregistration_get_md_54(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let mut request = endpoints::GetManagedAppRegistration::new("registration-1");
    request.query.set("$expand", "appliedPolicies");
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.type\": \"#microsoft.graph.managedAppRegistration\",\n  \"id\": \"registration-1\",\n  \"applicationVersion\": \"4.2\",\n  \"createdDateTime\": \"2021-07-01T12:00:00Z\",\n  \"syncSequenceNumber\": 9007199254740993,\n  \"appliedPolicies\": [\n    {\n      \"id\": \"policy-ios\",\n      \"displayName\": \"iOS baseline\",\n      \"faceIdBlocked\": true,\n      \"@odata.type\": \"#microsoft.graph.iosManagedAppProtection\"\n    },\n    {\n      \"@odata.type\": \"#microsoft.graph.managedAppPolicy\",\n      \"id\": \"policy-plain\"\n    }\n  ]\n}",
    )
}
#[cfg(feature = "intune-remoteassistance")]
/// `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:57`: POST `/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}/requestSession` → 204
async fn pair_docs_input_intune_remoteassistance_remoteassistancepartner_requestsession_md_57(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let request = endpoints::RemoteAssistancePartnerRequestSession::new(
        "{remoteAssistancePartnerId}",
        serde_json::from_str(
                "{\n  \"managedDeviceId\": \"d2e1b1a4-6f9c-4c3e-9a43-0b8a5b0f4f11\",\n  \"expiresAfter\": \"PT15M\",\n  \"notifyUser\": true\n}",
            )
            .map_err(|e| format!("the documented request body: {e}"))?,
    );
    client.send(&request).await.map_err(|e| e.to_string())?;
    Ok(())
}
#[cfg(feature = "intune-remoteassistance")]
/// `docs-input/intune-remoteassistance-remoteassistancesession-get.md:55`: GET `/deviceManagement/remoteAssistanceSessions/session-1` → 200
async fn pair_docs_input_intune_remoteassistance_remoteassistancesession_get_md_55(
    client: &client::Client<client::BearerToken>,
) -> Result<(), String> {
    let mut request = endpoints::GetRemoteAssistanceSession::new("session-1");
    request.query.set("$expand", "partner,previousPartners,settings");
    let response = client.send(&request).await.map_err(|e| e.to_string())?;
    same_json(
        &response,
        "{\n  \"@odata.type\": \"#microsoft.graph.remoteAssistanceSession\",\n  \"id\": \"session-1\",\n  \"startDateTime\": \"2021-07-20T08:30:00Z\",\n  \"sessionKey\": \"k-42\",\n  \"partner\": {\n    \"@odata.type\": \"#microsoft.graph.remoteAssistancePartner\",\n    \"id\": \"partner-1\",\n    \"displayName\": \"Contoso Remote Help\",\n    \"onboardingStatus\": \"onboarded\"\n  },\n  \"previousPartners\": [\n    {\n      \"id\": \"partner-0\",\n      \"displayName\": \"Fabrikam Assist\",\n      \"onboardingStatus\": \"notOnboarded\"\n    }\n  ],\n  \"settings\": {\n    \"@odata.type\": \"#microsoft.graph.remoteAssistanceSettings\",\n    \"id\": \"settings-1\",\n    \"remoteAssistanceState\": \"enabled\",\n    \"allowSessionsToUnenrolledDevices\": false,\n    \"blockChat\": true\n  }\n}",
    )
}
