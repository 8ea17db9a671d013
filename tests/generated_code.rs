//! What the generated models and endpoints do, through the crate build.rs generates from
//! `docs-input/` (the same items as the committed `generated/` crate).

use graph_models::endpoints::{
    GetRemoteAssistanceSession, ListManagedAppPolicies, UpdateRemoteAssistancePartner,
    UpdateRemoteAssistanceSettings,
};
use graph_models::models::{
    AnyManagedAppPolicy, AnyManagedAppProtection, IosManagedAppProtection, ManagedAppPolicy,
    ManagedAppRegistration, ManagedBrowserType, RemoteAssistancePartner, RemoteAssistanceSession,
    RemoteAssistanceSettings, RemoteAssistanceState,
};
use graph_models::runtime::{self as rt, Endpoint, Property};
use serde_json::json;

#[test]
fn expanded_relationships_are_read_into_their_types() {
    let json = json!({
        "id": "s1",
        "partner": {"id": "p1", "displayName": "Contoso"},
        "previousPartners": [{"id": "p0"}, {"id": "p9"}],
        "settings": {"id": "x", "blockChat": true}
    });
    let s: RemoteAssistanceSession = serde_json::from_value(json.clone()).unwrap();
    let partner = s.partner.value().unwrap();
    assert_eq!(partner.display_name, Property::Value("Contoso".to_string()));
    assert_eq!(s.previous_partners.value().map(Vec::len), Some(2));
    assert_eq!(
        s.settings.value().unwrap().block_chat,
        Property::Value(true)
    );
    assert!(s.additional_data.is_empty());
    assert_eq!(serde_json::to_value(&s).unwrap(), json);
    // not expanded: absent, and not written
    let s: RemoteAssistanceSession = serde_json::from_value(json!({"id": "s2"})).unwrap();
    assert!(s.partner.is_absent());
    assert_eq!(serde_json::to_value(&s).unwrap(), json!({"id": "s2"}));
}

#[test]
fn date_time_offsets_come_back_textually_identical() {
    let text = r#"{"lastConnectionDateTime":"2016-12-31T23:58:36.6670033-08:00"}"#;
    let partner: RemoteAssistancePartner = serde_json::from_str(text).unwrap();
    let value = partner.last_connection_date_time.value().unwrap();
    assert_eq!(value.as_str(), "2016-12-31T23:58:36.6670033-08:00");
    assert!(value.is_valid());
    let instant = value.to_chrono().unwrap();
    assert_eq!(instant.offset().local_minus_utc(), -8 * 3600);
    assert_eq!(instant.timestamp_subsec_nanos(), 667_003_300);
    assert_eq!(serde_json::to_string(&partner).unwrap(), text);
}

#[test]
fn date_time_offsets_without_an_offset_are_utc() {
    let value = rt::DateTimeOffset::new("2021-07-20T10:00:00.1234567").unwrap();
    let instant = value.to_chrono().unwrap();
    assert_eq!(instant.offset().local_minus_utc(), 0);
    assert_eq!(instant.to_rfc3339(), "2021-07-20T10:00:00.123456700+00:00");
}

#[test]
fn malformed_scalars_are_kept_as_text_and_refused_by_the_conversions() {
    let text = r#"{"lastConnectionDateTime":"yesterday"}"#;
    let partner: RemoteAssistancePartner = serde_json::from_str(text).unwrap();
    let value = partner.last_connection_date_time.value().unwrap();
    assert!(!value.is_valid());
    let err = value.to_chrono().unwrap_err();
    assert!(err.to_string().contains("Edm.DateTimeOffset"), "{err}");
    // written back as it came
    assert_eq!(serde_json::to_string(&partner).unwrap(), text);
    // built in code, the text is checked
    assert!(rt::DateTimeOffset::new("yesterday").is_err());
}

#[test]
fn null_absent_and_unknown_properties_survive() {
    let text = json!({"displayName": null, "somethingNew": {"a": [1, 2]}, "@odata.etag": "W/1"});
    let partner: RemoteAssistancePartner = serde_json::from_value(text.clone()).unwrap();
    assert_eq!(partner.display_name, Property::Null);
    assert_eq!(partner.onboarding_url, Property::Absent);
    assert_eq!(
        partner.additional_data["somethingNew"],
        json!({"a": [1, 2]})
    );
    assert_eq!(serde_json::to_value(&partner).unwrap(), text);
}

#[test]
fn a_struct_built_in_code_sends_only_what_was_set() {
    let mut body = RemoteAssistanceSettings::default();
    body.block_chat = Property::Value(true);
    body.remote_assistance_state = Property::Null;
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"blockChat": true, "remoteAssistanceState": null})
    );
}

#[test]
fn unknown_enum_members_round_trip_through_the_catch_all() {
    let s: RemoteAssistanceSettings =
        serde_json::from_value(json!({"remoteAssistanceState": "notConfigured"})).unwrap();
    let state = s.remote_assistance_state.value().unwrap();
    assert_eq!(
        *state,
        RemoteAssistanceState::Undocumented("notConfigured".into())
    );
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({"remoteAssistanceState": "notConfigured"})
    );
    assert_eq!(
        RemoteAssistanceState::from("enabled"),
        RemoteAssistanceState::Enabled
    );
    assert_eq!(RemoteAssistanceState::Disabled.as_str(), "disabled");
}

#[test]
fn endpoints_build_requests_with_encoded_path_parameters() {
    let mut body = RemoteAssistancePartner::default();
    body.display_name = "TeamViewer".to_string().into();
    let request = UpdateRemoteAssistancePartner::new("a/b?c#d", body)
        .to_request("https://graph.microsoft.com/beta/")
        .unwrap();
    assert_eq!(request.method(), http::Method::PATCH);
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/remoteAssistancePartners/a%2Fb%3Fc%23d"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(request.body()).unwrap(),
        json!({"displayName": "TeamViewer"})
    );
    let refused = UpdateRemoteAssistancePartner::new("..", RemoteAssistancePartner::default())
        .to_request("https://x");
    assert!(matches!(
        refused,
        Err(rt::Error::InvalidPathParameter { .. })
    ));
}

#[test]
fn query_options_and_headers_the_pages_document_go_into_the_request() {
    // the list page says the OData query parameters are supported: all eight, typed
    let request = ListManagedAppPolicies::new()
        .select(["id", "displayName"])
        .filter("displayName eq 'a&b=#1 %'")
        .orderby(["displayName desc"])
        .top(5)
        .count(true)
        .consistency_level("eventual")
        .top(10)
        .to_request("https://graph.microsoft.com/beta")
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceAppManagement/managedAppPolicies\
         ?$select=id,displayName\
         &$filter=displayName%20eq%20'a%26b%3D%231%20%25'\
         &$orderby=displayName%20desc&$top=10&$count=true"
    );
    assert_eq!(request.headers()["consistencylevel"], "eventual");
    assert_eq!(request.headers()["accept"], "application/json");
    // the session page names `$select` and `$expand` and an If-None-Match header
    let request = GetRemoteAssistanceSession::new("s1")
        .expand(["partner"])
        .if_none_match("W/\"1\"")
        .to_request("https://x")
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://x/deviceManagement/remoteAssistanceSessions/s1?$expand=partner"
    );
    assert_eq!(request.headers()["if-none-match"], "W/\"1\"");
    // nothing set: no query string
    let plain = GetRemoteAssistanceSession::new("s1")
        .to_request("https://x")
        .unwrap();
    assert_eq!(plain.uri().query(), None);
    // a header value that cannot be sent is an error, not a panic
    let bad = GetRemoteAssistanceSession::new("s1")
        .if_none_match("a\r\nX-Injected: 1")
        .to_request("https://x");
    assert!(matches!(bad, Err(rt::Error::Request(_))), "{bad:?}");
}

#[test]
fn collection_responses_page_through_next_link_and_end_with_delta_link() {
    let first = http::Response::builder()
        .status(200)
        .body(
            br#"{"value": [], "@odata.nextLink": "https://graph.microsoft.com/beta/deviceAppManagement/managedAppPolicies?$skiptoken=X'4453'"}"#
                .to_vec(),
        )
        .unwrap();
    let page = ListManagedAppPolicies::parse_response(first).unwrap();
    let next = page.next_request().unwrap().unwrap();
    assert_eq!(next.method(), http::Method::GET);
    assert_eq!(
        next.uri(),
        "https://graph.microsoft.com/beta/deviceAppManagement/managedAppPolicies?$skiptoken=X'4453'"
    );
    assert_eq!(page.delta_link(), None);
    let last = r#"{"value": [], "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc"}"#;
    let page: rt::Collection<ManagedAppPolicy> = rt::round_trip(last).unwrap();
    assert!(page.next_request().is_none());
    assert_eq!(
        page.delta_link(),
        Some("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc")
    );
    assert!(page.additional_data.is_empty());
}

#[test]
fn endpoints_read_responses_and_graph_errors() {
    let ok = http::Response::builder()
        .status(200)
        .body(br#"{"blockChat": false}"#.to_vec())
        .unwrap();
    let settings = UpdateRemoteAssistanceSettings::parse_response(ok).unwrap();
    assert_eq!(settings.block_chat, Property::Value(false));
    let error = http::Response::builder()
        .status(404)
        .body(br#"{"error": {"code": "ResourceNotFound", "message": "gone"}}"#.to_vec())
        .unwrap();
    match UpdateRemoteAssistanceSettings::parse_response(error) {
        Err(rt::Error::Status {
            status,
            error: Some(e),
        }) => {
            assert_eq!(status, 404);
            assert_eq!(e.code, Property::Value("ResourceNotFound".to_string()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn graph_error_bodies_round_trip_whatever_they_hold() {
    // absent, null and unnamed members all come back as they were
    for json in [
        r#"{"error": {"code": "x", "message": "y", "details": [{"code": "z"}], "innerError": {"date": "d"}}}"#,
        r#"{"error": {"code": null}}"#,
        r#"{"error": {}, "extra": 1}"#,
        r#"{}"#,
    ] {
        rt::round_trip::<rt::ErrorResponse>(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    }
    assert!(rt::round_trip::<rt::ErrorResponse>(r#"{"error": "oops"}"#).is_err());
}

#[test]
fn endpoints_carry_their_documented_data() {
    assert_eq!(
        UpdateRemoteAssistanceSettings::PATH_TEMPLATE,
        "/deviceManagement/remoteAssistanceSettings"
    );
    assert_eq!(UpdateRemoteAssistanceSettings::SUCCESS_STATUS, 200);
    let p = UpdateRemoteAssistanceSettings::PERMISSIONS;
    assert_eq!(
        p.delegated_work,
        [
            "DeviceManagementServiceConfig.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All"
        ]
    );
    assert!(p.delegated_personal.is_empty());
    assert_eq!(
        p.least_privileged(rt::PermissionKind::Application),
        Some("DeviceManagementServiceConfig.ReadWrite.All")
    );
    assert_eq!(
        p.least_privileged(rt::PermissionKind::DelegatedPersonal),
        None
    );
}

/// The documented list of policies: types derived from `managedAppPolicy` at three depths, one
/// the docs do not describe, one with no `@odata.type`.
fn documented_policies() -> String {
    let page = std::fs::read_to_string("docs-input/intune-mam-managedapppolicy-list.md").unwrap();
    let start = page.rfind("\n{\n").unwrap();
    let end = page.rfind("\n}").unwrap();
    page[start + 1..end + 2].to_string()
}

#[test]
fn odata_type_picks_the_derived_type_at_any_depth() {
    let text = documented_policies();
    let list: rt::Collection<AnyManagedAppPolicy> = serde_json::from_str(&text).unwrap();
    let [ios, targeted, protection, unknown, plain] = &list.value[..] else {
        panic!("five policies: {list:?}");
    };
    // three levels below the base: read as the leaf type, not a type in between
    let AnyManagedAppPolicy::IosManagedAppProtection(ios) = ios else {
        panic!("{ios:?}");
    };
    assert_eq!(ios.deployed_app_count, Property::Value(12));
    assert_eq!(ios.is_assigned, Property::Value(true));
    assert_eq!(
        ios.period_offline_before_access_check
            .value()
            .map(|d| d.as_str()),
        Some("PT12H")
    );
    assert!(ios.additional_data.is_empty());
    assert!(matches!(
        targeted,
        AnyManagedAppPolicy::TargetedManagedAppProtection(t) if t.is_assigned == Property::Value(false)
    ));
    assert!(matches!(
        protection,
        AnyManagedAppPolicy::ManagedAppProtection(p) if p.maximum_pin_retries == Property::Value(3)
    ));
    // a type the docs do not describe: the base type, nothing lost
    let AnyManagedAppPolicy::ManagedAppPolicy(unknown) = unknown else {
        panic!("{unknown:?}");
    };
    assert_eq!(
        unknown.odata_type.value().map(String::as_str),
        Some("#microsoft.graph.windowsInformationProtectionPolicy")
    );
    assert_eq!(
        unknown.additional_data["enforcementLevel"],
        json!("encryptAndAuditOnly")
    );
    let AnyManagedAppPolicy::ManagedAppPolicy(plain) = plain else {
        panic!("{plain:?}");
    };
    assert_eq!(plain.description, Property::Null);
    // and back, byte for byte as JSON values
    let back = serde_json::to_value(&list).unwrap();
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    );
}

#[test]
fn odata_type_is_found_wherever_it_is_among_the_keys_of_a_nested_object() {
    let json = json!({
        "id": "r1",
        "appliedPolicies": [
            {"faceIdBlocked": true, "@odata.type": "#microsoft.graph.iosManagedAppProtection"},
            {"pinRequired": true, "@odata.type": "microsoft.graph.managedAppProtection"}
        ]
    });
    let r: ManagedAppRegistration = serde_json::from_value(json.clone()).unwrap();
    let policies = r.applied_policies.value().unwrap();
    assert!(matches!(
        &policies[0],
        AnyManagedAppPolicy::IosManagedAppProtection(p) if p.face_id_blocked == Property::Value(true)
    ));
    assert!(matches!(
        &policies[1],
        AnyManagedAppPolicy::ManagedAppProtection(p) if p.pin_required == Property::Value(true)
    ));
    assert_eq!(serde_json::to_value(&r).unwrap(), json);
}

#[test]
fn a_derived_value_built_in_code_writes_its_odata_type() {
    let mut ios = IosManagedAppProtection::default();
    ios.display_name = "iOS".to_string().into();
    ios.face_id_blocked = Property::Value(true);
    let policy = AnyManagedAppPolicy::from(ios.clone());
    assert_eq!(
        serde_json::to_value(&policy).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.iosManagedAppProtection",
            "displayName": "iOS",
            "faceIdBlocked": true
        })
    );
    // a type set explicitly is written once, as set
    ios.odata_type = "#microsoft.graph.iosManagedAppProtection"
        .to_string()
        .into();
    let text = serde_json::to_string(&AnyManagedAppProtection::from(ios)).unwrap();
    assert_eq!(text.matches("@odata.type").count(), 1, "{text}");
    // the base type needs no `@odata.type`
    let base = AnyManagedAppPolicy::from(ManagedAppPolicy::default());
    assert_eq!(serde_json::to_value(&base).unwrap(), json!({}));
}

#[test]
fn a_derived_type_checks_its_own_properties() {
    let bad = json!({"@odata.type": "#microsoft.graph.iosManagedAppProtection", "deployedAppCount": "many"});
    assert!(serde_json::from_value::<AnyManagedAppPolicy>(bad).is_err());
    // the same object with no `@odata.type` is a base-type policy that keeps the property
    let kept = json!({"deployedAppCount": "many"});
    let policy: AnyManagedAppPolicy = serde_json::from_value(kept.clone()).unwrap();
    assert!(
        matches!(&policy, AnyManagedAppPolicy::ManagedAppPolicy(p) if p.additional_data["deployedAppCount"] == json!("many"))
    );
    assert_eq!(serde_json::to_value(&policy).unwrap(), kept);
}

#[test]
fn flags_enums_hold_several_members_and_keep_their_text() {
    let text = documented_policies();
    let list: rt::Collection<AnyManagedAppPolicy> = serde_json::from_str(&text).unwrap();
    let AnyManagedAppPolicy::IosManagedAppProtection(ios) = &list.value[0] else {
        panic!("{:?}", list.value[0]);
    };
    let browsers = ios.managed_browser.value().unwrap();
    assert_eq!(
        browsers.members(),
        [
            ManagedBrowserType::MicrosoftEdge,
            ManagedBrowserType::ManagedBrowser
        ]
    );
    assert!(browsers.contains(&ManagedBrowserType::MicrosoftEdge));
    assert!(!browsers.contains(&ManagedBrowserType::NotConfigured));
    // as written, spaces and undocumented members included
    let odd: rt::Flags<ManagedBrowserType> =
        serde_json::from_value(json!("microsoftEdge, someNewBrowser")).unwrap();
    assert_eq!(
        odd.members(),
        [
            ManagedBrowserType::MicrosoftEdge,
            ManagedBrowserType::Undocumented("someNewBrowser".into())
        ]
    );
    assert_eq!(
        serde_json::to_value(&odd).unwrap(),
        json!("microsoftEdge, someNewBrowser")
    );
    let built = rt::Flags::from_members([
        ManagedBrowserType::NotConfigured,
        ManagedBrowserType::MicrosoftEdge,
    ]);
    assert_eq!(built.as_str(), "notConfigured,microsoftEdge");
}

#[test]
fn int64_values_beyond_2_pow_53_keep_every_digit() {
    let text = r#"{"id":"r1","syncSequenceNumber":9007199254740993}"#;
    let r: ManagedAppRegistration = serde_json::from_str(text).unwrap();
    assert_eq!(
        r.sync_sequence_number,
        Property::Value(9_007_199_254_740_993_i64)
    );
    assert_eq!(serde_json::to_string(&r).unwrap(), text);
}
