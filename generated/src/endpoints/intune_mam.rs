#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime as rt;
/// List managedAppPolicies.
///
/// `GET /deviceAppManagement/managedAppPolicies`
///
/// List properties and relationships of the managedAppPolicy objects. This page is written for docgen: the policies listed are of types derived from managedAppPolicy at every depth, one of a type these pages do not describe, and one of the base type itself.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-mam-managedapppolicy-list.md:32`
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListManagedAppPolicies {}
impl ListManagedAppPolicies {
    /// The request, with its path parameters and body.
    pub fn new() -> Self {
        Self {}
    }
}
impl rt::Endpoint for ListManagedAppPolicies {
    type Body = rt::NoBody;
    type Response = rt::Collection<models::AnyManagedAppPolicy>;
    const METHOD: http::Method = http::Method::GET;
    const PATH_TEMPLATE: &'static str = "/deviceAppManagement/managedAppPolicies";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementApps.Read.All",
            "DeviceManagementApps.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementApps.Read.All",
            "DeviceManagementApps.ReadWrite.All",
        ],
    };
    fn path(&self) -> Result<String, rt::Error> {
        Ok("/deviceAppManagement/managedAppPolicies".to_string())
    }
    fn body(&self) -> Option<&Self::Body> {
        None
    }
}
/// Get managedAppRegistration.
///
/// `GET /deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}`
///
/// Read properties and relationships of the managedAppRegistration object. This page is written for docgen: its example expands `appliedPolicies`, policies of types derived from managedAppPolicy nested in the response.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-mam-managedappregistration-get.md:32`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct GetManagedAppRegistration {
    /// Path parameter `managedAppRegistrationId`.
    pub managed_app_registration_id: String,
}
impl GetManagedAppRegistration {
    /// The request, with its path parameters and body.
    pub fn new(managed_app_registration_id: impl Into<String>) -> Self {
        Self {
            managed_app_registration_id: managed_app_registration_id.into(),
        }
    }
}
impl rt::Endpoint for GetManagedAppRegistration {
    type Body = rt::NoBody;
    type Response = models::ManagedAppRegistration;
    const METHOD: http::Method = http::Method::GET;
    const PATH_TEMPLATE: &'static str = "/deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementApps.Read.All",
            "DeviceManagementApps.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementApps.Read.All",
            "DeviceManagementApps.ReadWrite.All",
        ],
    };
    fn path(&self) -> Result<String, rt::Error> {
        let mut path = String::new();
        path.push_str("/deviceAppManagement/managedAppRegistrations/");
        path.push_str(
            &rt::encode_path_segment(
                "managedAppRegistrationId",
                &self.managed_app_registration_id,
            )?,
        );
        Ok(path)
    }
    fn body(&self) -> Option<&Self::Body> {
        None
    }
}
