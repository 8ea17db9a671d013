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
/// Least-privileged permission: delegated (work or school account): `DeviceManagementApps.Read.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementApps.Read.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementApps.Read.All`, `DeviceManagementApps.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-mam-managedapppolicy-list.md:32`
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListManagedAppPolicies {
    /// The OData query options set (see the methods named after them).
    pub query: rt::Query,
    /// The optional headers set (see the methods named after them).
    pub headers: rt::Headers,
}
impl ListManagedAppPolicies {
    /// The request, with its path parameters and body.
    pub fn new() -> Self {
        Self {
            query: rt::Query::default(),
            headers: rt::Headers::default(),
        }
    }
    /// Sets `$select`: the properties to return.
    pub fn select<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, items: I) -> Self {
        self.query.set_list("$select", items);
        self
    }
    /// Sets `$expand`: the relationships to include.
    pub fn expand<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, items: I) -> Self {
        self.query.set_list("$expand", items);
        self
    }
    /// Sets `$filter`: an expression items must satisfy.
    pub fn filter(mut self, expression: impl Into<String>) -> Self {
        self.query.set("$filter", expression);
        self
    }
    /// Sets `$orderby`: the properties to sort by (`name desc` for descending).
    pub fn orderby<I: IntoIterator<Item = S>, S: AsRef<str>>(
        mut self,
        items: I,
    ) -> Self {
        self.query.set_list("$orderby", items);
        self
    }
    /// Sets `$top`: the number of items to return.
    pub fn top(mut self, n: u32) -> Self {
        self.query.set("$top", n.to_string());
        self
    }
    /// Sets `$skip`: the number of items to skip.
    pub fn skip(mut self, n: u32) -> Self {
        self.query.set("$skip", n.to_string());
        self
    }
    /// Sets `$count`: whether to return the total count of items.
    pub fn count(mut self, count: bool) -> Self {
        self.query.set("$count", count.to_string());
        self
    }
    /// Sets `$search`: the search terms (quoted as the service expects: `"displayName:x"`).
    pub fn search(mut self, expression: impl Into<String>) -> Self {
        self.query.set("$search", expression);
        self
    }
    /// Sets the `ConsistencyLevel` header.
    pub fn consistency_level(mut self, value: impl Into<String>) -> Self {
        self.headers.set("ConsistencyLevel", value);
        self
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
    fn query(&self) -> Option<&rt::Query> {
        Some(&self.query)
    }
    fn headers(&self) -> Option<&rt::Headers> {
        Some(&self.headers)
    }
}
/// Get managedAppRegistration.
///
/// `GET /deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}`
///
/// Read properties and relationships of the managedAppRegistration object. This page is written for docgen: its example expands `appliedPolicies`, policies of types derived from managedAppPolicy nested in the response.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementApps.Read.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementApps.Read.All`.
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
    /// The OData query options set (see the methods named after them).
    pub query: rt::Query,
}
impl GetManagedAppRegistration {
    /// The request, with its path parameters and body.
    pub fn new(managed_app_registration_id: impl Into<String>) -> Self {
        Self {
            managed_app_registration_id: managed_app_registration_id.into(),
            query: rt::Query::default(),
        }
    }
    /// Sets `$select`: the properties to return.
    pub fn select<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, items: I) -> Self {
        self.query.set_list("$select", items);
        self
    }
    /// Sets `$expand`: the relationships to include.
    pub fn expand<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, items: I) -> Self {
        self.query.set_list("$expand", items);
        self
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
    fn query(&self) -> Option<&rt::Query> {
        Some(&self.query)
    }
}
