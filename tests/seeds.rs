//! The seed pages through every stage: the model docgen builds from the five seeds in
//! `docs-input/` (the pages written for docgen beside them are tested on their own).

use docgen::model::{ExampleKind, Expectation, QualifiedName, TypeKind, TypeRef};
use docgen::{Analysis, Code};

/// The five seed pages (`000_…` to `004_…`).
fn seed_paths() -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir("docs-input")
        .expect("docs-input is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("00"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5);
    paths
}

fn seeds() -> Analysis {
    docgen::analyze(&seed_paths()).expect("docs-input is readable")
}

fn graph(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph", name)
}

fn properties(a: &Analysis, ty: &str) -> Vec<(String, String)> {
    let def = a
        .model()
        .type_def(&graph(ty))
        .unwrap_or_else(|| panic!("type {ty} is missing"));
    def.properties
        .iter()
        .map(|p| (p.name.clone(), p.ty.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn types_have_their_properties_with_csdl_types() {
    let a = seeds();
    assert_eq!(a.model().types.len(), 3);
    assert_eq!(
        properties(&a, "remoteAssistanceSettings"),
        pairs(&[
            ("id", "Edm.String"),
            (
                "remoteAssistanceState",
                "microsoft.graph.remoteAssistanceState"
            ),
            ("allowSessionsToUnenrolledDevices", "Edm.Boolean"),
            ("blockChat", "Edm.Boolean"),
        ])
    );
    assert_eq!(
        properties(&a, "remoteAssistancePartner"),
        pairs(&[
            ("id", "Edm.String"),
            ("displayName", "Edm.String"),
            ("onboardingUrl", "Edm.String"),
            (
                "onboardingStatus",
                "microsoft.graph.remoteAssistanceOnboardingStatus"
            ),
            ("lastConnectionDateTime", "Edm.DateTimeOffset"),
            ("onboardingRequestExpiryDateTime", "Edm.DateTimeOffset"),
        ])
    );
    assert_eq!(
        properties(&a, "requestRemoteHelpSessionAccessResponse"),
        pairs(&[
            ("sessionKey", "Edm.String"),
            (
                "sessionType",
                "microsoft.graph.allowedRemoteAssistanceActions"
            ),
            ("pubSubEncryptionKey", "Edm.String"),
            ("pubSubEncryption", "Edm.String"),
        ])
    );
}

#[test]
fn kinds_keys_and_base_types() {
    let a = seeds();
    let settings = a
        .model()
        .type_def(&graph("remoteAssistanceSettings"))
        .unwrap();
    assert_eq!(settings.kind, TypeKind::Entity);
    assert_eq!(settings.key.as_deref(), Some("id"));
    // "Inherited from [entity]" on 001's id row
    assert_eq!(settings.base_type, Some(graph("entity")));
    // addressed by a {…Id} segment, though it has no id property
    let response = a
        .model()
        .type_def(&graph("requestRemoteHelpSessionAccessResponse"))
        .unwrap();
    assert_eq!(response.kind, TypeKind::Entity);
    // the resource page (002) is the first source of the settings type
    assert!(a
        .sources
        .location(settings.sources[0])
        .file
        .ends_with("002_67c7e21d78dd0a32.txt"));
}

#[test]
fn enums_come_from_prose() {
    let a = seeds();
    let members = |name: &str| -> Vec<String> {
        let e = a
            .model()
            .enum_def(&graph(name))
            .unwrap_or_else(|| panic!("enum {name} is missing"));
        e.members.iter().map(|m| m.name.clone()).collect()
    };
    assert_eq!(a.model().enums.len(), 3);
    assert_eq!(members("remoteAssistanceState"), ["disabled", "enabled"]);
    assert_eq!(
        members("remoteAssistanceOnboardingStatus"),
        ["notOnboarded", "onboarding", "onboarded"]
    );
    assert_eq!(
        members("allowedRemoteAssistanceActions"),
        [
            "viewScreen",
            "takeFullControl",
            "elevation",
            "unattended",
            "unknownFutureValue"
        ]
    );
}

#[test]
fn endpoints_have_paths_parameters_bodies_and_permissions() {
    let a = seeds();
    let mut found: Vec<(String, String, Vec<String>)> = a
        .model()
        .endpoints
        .iter()
        .map(|e| {
            (
                e.method.clone(),
                e.path.to_string(),
                e.path.params().map(str::to_string).collect(),
            )
        })
        .collect();
    found.sort();
    let expected = vec![
        (
            "PATCH".to_string(),
            "/RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}"
                .to_string(),
            vec!["RequestRemoteHelpSessionAccessResponseId".to_string()],
        ),
        (
            "PATCH".to_string(),
            "/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}".to_string(),
            vec!["remoteAssistancePartnerId".to_string()],
        ),
        (
            "PATCH".to_string(),
            "/deviceManagement/remoteAssistanceSettings".to_string(),
            vec![],
        ),
    ];
    assert_eq!(found, expected);
    let read_write = [
        "DeviceManagementServiceConfig.ReadWrite.All",
        "DeviceManagementConfiguration.ReadWrite.All",
    ];
    for e in &a.model().endpoints {
        // 001's permissions are TODO placeholders: they must not erase 000's
        assert_eq!(e.permissions.delegated_work, read_write, "{}", e.path);
        assert_eq!(e.permissions.application, read_write, "{}", e.path);
        assert!(e.permissions.delegated_personal.is_empty(), "{}", e.path);
        assert_eq!(e.response_status, 200);
        let body = e
            .request_type
            .as_ref()
            .expect("PATCH sends a body")
            .to_string();
        assert_eq!(Some(body), e.response_type.as_ref().map(|t| t.to_string()));
        assert!(e.required_headers.iter().any(|h| h == "Authorization"));
    }
    let settings = a
        .model()
        .endpoints
        .iter()
        .find(|e| e.path.to_string() == "/deviceManagement/remoteAssistanceSettings")
        .unwrap();
    assert_eq!(
        settings.sources.len(),
        2,
        "000 and 001 describe the same endpoint"
    );
}

#[test]
fn all_eight_example_bodies_with_their_expectations() {
    let a = seeds();
    let bodies: Vec<_> = a
        .model()
        .examples
        .iter()
        .filter(|e| e.kind != ExampleKind::Resource)
        .collect();
    assert_eq!(bodies.len(), 8);
    for ex in &bodies {
        let at = a.sources.location(ex.source);
        let file = at.file.rsplit('/').next().unwrap().to_string();
        assert!(ex.valid, "{at}: body did not parse");
        assert!(ex.endpoint.is_some(), "{at}: no endpoint");
        let expected = if file.starts_with("001_") {
            Expectation::Fails(Code::PlaceholderValue)
        } else {
            Expectation::RoundTrip
        };
        assert_eq!(ex.expectation, expected, "{at}");
    }
    // 000 lost its braces in the rendered page; both of its bodies were rebuilt
    let from_000 = bodies
        .iter()
        .filter(|e| a.sources.location(e.source).file.contains("000_"))
        .count();
    assert_eq!(from_000, 2);
    let kinds: Vec<_> = bodies.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == ExampleKind::Request).count(),
        4
    );
}

#[test]
fn the_output_does_not_depend_on_input_order() {
    let forward = docgen::analyze(&["docs-input".into()]).unwrap();
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("docs-input")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.reverse();
    let backward = docgen::analyze(&files).unwrap();
    let schema = |a: &Analysis| docgen::schema::to_json(a).to_string();
    assert_eq!(schema(&forward), schema(&backward));
}

#[test]
fn enum_tables_define_members_and_values_and_outrank_prose() {
    let a = docgen::analyze(&["tests/pages/enum-table".into()]).unwrap();
    let e = a
        .model()
        .enum_def(&graph("onboardingState"))
        .expect("enum from its table");
    let members: Vec<(&str, Option<i64>)> = e
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.value))
        .collect();
    assert_eq!(
        members,
        [
            ("notOnboarded", Some(0)),
            ("onboarding", Some(1)),
            ("onboarded", Some(2)),
            ("unknownFutureValue", Some(3))
        ]
    );
    // the resource page's prose misses `onboarding`: reported against the enum page, which wins
    let conflict = a
        .diagnostics
        .iter()
        .find(|d| d.code == Code::EnumMemberConflict && d.message.contains("`onboarding`"))
        .expect("the prose list is compared with the table");
    assert!(a
        .sources
        .location(conflict.span)
        .file
        .ends_with("partner.md"));
    assert_eq!(
        properties(&a, "partner"),
        pairs(&[
            ("id", "Edm.String"),
            ("state", "microsoft.graph.onboardingState")
        ])
    );
}

#[test]
fn an_action_parameter_table_becomes_its_own_type() {
    let a = docgen::analyze(&["docs-input".into()]).unwrap();
    let m = a.model();
    let def = m
        .type_def(&graph("remoteAssistancePartnersRequestSessionRequestBody"))
        .expect("the action's parameters are a type");
    assert_eq!(def.kind, TypeKind::Parameters);
    let names: Vec<_> = def.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["managedDeviceId", "expiresAfter", "notifyUser"]);
    let endpoint = m
        .endpoints
        .iter()
        .find(|e| e.path.to_string().ends_with("/requestSession"))
        .expect("the action is an endpoint");
    assert_eq!(endpoint.method, "POST");
    assert_eq!(
        endpoint.request_type,
        Some(TypeRef::Named(graph(
            "remoteAssistancePartnersRequestSessionRequestBody"
        )))
    );
    let request = m
        .examples
        .iter()
        .find(|x| {
            x.kind == ExampleKind::Request
                && x.endpoint
                    .is_some_and(|i| std::ptr::eq(&m.endpoints[i], endpoint))
        })
        .expect("the example request is linked");
    assert_eq!(request.expectation, Expectation::RoundTrip);
    // no "unattached table": the table is part of the model
    assert!(a
        .diagnostics
        .iter()
        .all(|d| d.code.as_str() != "unattached-table"));
}
