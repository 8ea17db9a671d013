#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime as rt;
/// Get remoteAssistancePartner.
///
/// `GET /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}`
///
/// Read the properties of a remoteAssistancePartner object. This page is written for docgen: like many generated Intune pages, its response example wraps the object in `value`, which docgen reports and still checks, inside the wrapper.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.Read.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.Read.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.Read.All`, `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.Read.All`, `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-remoteassistance-remoteassistancepartner-get.md:32`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct GetRemoteAssistancePartner {
    /// Path parameter `remoteAssistancePartnerId`.
    pub remote_assistance_partner_id: String,
    /// The OData query options set (see the methods named after them).
    pub query: rt::Query,
}
impl GetRemoteAssistancePartner {
    /// The request, with its path parameters and body.
    pub fn new(remote_assistance_partner_id: impl Into<String>) -> Self {
        Self {
            remote_assistance_partner_id: remote_assistance_partner_id.into(),
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
impl rt::Endpoint for GetRemoteAssistancePartner {
    type Body = rt::NoBody;
    type Response = models::RemoteAssistancePartner;
    const METHOD: http::Method = http::Method::GET;
    const PATH_TEMPLATE: &'static str = "/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementServiceConfig.Read.All",
            "DeviceManagementServiceConfig.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementServiceConfig.Read.All",
            "DeviceManagementServiceConfig.ReadWrite.All",
        ],
    };
    fn path(&self) -> Result<String, rt::Error> {
        let mut path = String::new();
        path.push_str("/deviceManagement/remoteAssistancePartners/");
        path.push_str(
            &rt::encode_path_segment(
                "remoteAssistancePartnerId",
                &self.remote_assistance_partner_id,
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
/// remoteAssistancePartner: requestSession.
///
/// `POST /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}/requestSession`
///
/// Ask a remoteAssistancePartner to open a remote assistance session with a managed device. This page is written for docgen: it exercises an action whose request body is a table of parameters rather than a documented type.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:32`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RemoteAssistancePartnerRequestSession {
    /// Path parameter `remoteAssistancePartnerId`.
    pub remote_assistance_partner_id: String,
    /// The request body.
    pub body: models::RemoteAssistancePartnersRequestSessionRequestBody,
}
impl RemoteAssistancePartnerRequestSession {
    /// The request, with its path parameters and body.
    pub fn new(
        remote_assistance_partner_id: impl Into<String>,
        body: models::RemoteAssistancePartnersRequestSessionRequestBody,
    ) -> Self {
        Self {
            remote_assistance_partner_id: remote_assistance_partner_id.into(),
            body,
        }
    }
}
impl rt::Endpoint for RemoteAssistancePartnerRequestSession {
    type Body = models::RemoteAssistancePartnersRequestSessionRequestBody;
    type Response = ();
    const METHOD: http::Method = http::Method::POST;
    const PATH_TEMPLATE: &'static str = "/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}/requestSession";
    const SUCCESS_STATUS: u16 = 204;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &["DeviceManagementServiceConfig.ReadWrite.All"],
        delegated_personal: &[],
        application: &["DeviceManagementServiceConfig.ReadWrite.All"],
    };
    fn path(&self) -> Result<String, rt::Error> {
        let mut path = String::new();
        path.push_str("/deviceManagement/remoteAssistancePartners/");
        path.push_str(
            &rt::encode_path_segment(
                "remoteAssistancePartnerId",
                &self.remote_assistance_partner_id,
            )?,
        );
        path.push_str("/requestSession");
        Ok(path)
    }
    fn body(&self) -> Option<&Self::Body> {
        Some(&self.body)
    }
}
/// Get remoteAssistanceSession.
///
/// `GET /deviceManagement/remoteAssistanceSessions/{remoteAssistanceSessionId}`
///
/// Read the properties and relationships of a remoteAssistanceSession object. This page is written for docgen: its example expands two relationships, which the response carries as objects of their types.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.Read.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.Read.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.Read.All`, `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.Read.All`, `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/intune-remoteassistance-remoteassistancesession-get.md:32`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct GetRemoteAssistanceSession {
    /// Path parameter `remoteAssistanceSessionId`.
    pub remote_assistance_session_id: String,
    /// The OData query options set (see the methods named after them).
    pub query: rt::Query,
    /// The optional headers set (see the methods named after them).
    pub headers: rt::Headers,
}
impl GetRemoteAssistanceSession {
    /// The request, with its path parameters and body.
    pub fn new(remote_assistance_session_id: impl Into<String>) -> Self {
        Self {
            remote_assistance_session_id: remote_assistance_session_id.into(),
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
    /// Sets the `If-None-Match` header.
    pub fn if_none_match(mut self, value: impl Into<String>) -> Self {
        self.headers.set("If-None-Match", value);
        self
    }
}
impl rt::Endpoint for GetRemoteAssistanceSession {
    type Body = rt::NoBody;
    type Response = models::RemoteAssistanceSession;
    const METHOD: http::Method = http::Method::GET;
    const PATH_TEMPLATE: &'static str = "/deviceManagement/remoteAssistanceSessions/{remoteAssistanceSessionId}";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementServiceConfig.Read.All",
            "DeviceManagementServiceConfig.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementServiceConfig.Read.All",
            "DeviceManagementServiceConfig.ReadWrite.All",
        ],
    };
    fn path(&self) -> Result<String, rt::Error> {
        let mut path = String::new();
        path.push_str("/deviceManagement/remoteAssistanceSessions/");
        path.push_str(
            &rt::encode_path_segment(
                "remoteAssistanceSessionId",
                &self.remote_assistance_session_id,
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
    fn headers(&self) -> Option<&rt::Headers> {
        Some(&self.headers)
    }
}
