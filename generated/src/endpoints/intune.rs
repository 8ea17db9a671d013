#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime as rt;
/// Update remoteAssistancePartner.
///
/// `PATCH /deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}`
///
/// Update the properties of a remoteAssistancePartner object.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/003_863e2432f754272b.txt:35`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdateRemoteAssistancePartner {
    /// Path parameter `remoteAssistancePartnerId`.
    pub remote_assistance_partner_id: String,
    /// The request body.
    pub body: models::RemoteAssistancePartner,
}
impl UpdateRemoteAssistancePartner {
    /// The request, with its path parameters and body.
    pub fn new(
        remote_assistance_partner_id: impl Into<String>,
        body: models::RemoteAssistancePartner,
    ) -> Self {
        Self {
            remote_assistance_partner_id: remote_assistance_partner_id.into(),
            body,
        }
    }
}
impl rt::Endpoint for UpdateRemoteAssistancePartner {
    type Body = models::RemoteAssistancePartner;
    type Response = models::RemoteAssistancePartner;
    const METHOD: http::Method = http::Method::PATCH;
    const PATH_TEMPLATE: &'static str = "/deviceManagement/remoteAssistancePartners/{remoteAssistancePartnerId}";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementServiceConfig.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementServiceConfig.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All",
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
        Some(&self.body)
    }
}
/// Update requestRemoteHelpSessionAccessResponse.
///
/// `PATCH /RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}`
///
/// Update the properties of a requestRemoteHelpSessionAccessResponse object.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`.
///
/// Required headers: `Authorization`.
///
/// Source: `docs-input/004_3008c6f0be4f7f03.txt:35`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequestRemoteHelpSessionAccessResponse {
    /// Path parameter `RequestRemoteHelpSessionAccessResponseId`.
    pub request_remote_help_session_access_response_id: String,
    /// The request body.
    pub body: models::RequestRemoteHelpSessionAccessResponse,
}
impl UpdateRequestRemoteHelpSessionAccessResponse {
    /// The request, with its path parameters and body.
    pub fn new(
        request_remote_help_session_access_response_id: impl Into<String>,
        body: models::RequestRemoteHelpSessionAccessResponse,
    ) -> Self {
        Self {
            request_remote_help_session_access_response_id: request_remote_help_session_access_response_id
                .into(),
            body,
        }
    }
}
impl rt::Endpoint for UpdateRequestRemoteHelpSessionAccessResponse {
    type Body = models::RequestRemoteHelpSessionAccessResponse;
    type Response = models::RequestRemoteHelpSessionAccessResponse;
    const METHOD: http::Method = http::Method::PATCH;
    const PATH_TEMPLATE: &'static str = "/RequestRemoteHelpSessionAccessResponse/{RequestRemoteHelpSessionAccessResponseId}";
    const SUCCESS_STATUS: u16 = 200;
    const PERMISSIONS: rt::Permissions = rt::Permissions {
        delegated_work: &[
            "DeviceManagementServiceConfig.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All",
        ],
        delegated_personal: &[],
        application: &[
            "DeviceManagementServiceConfig.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All",
        ],
    };
    fn path(&self) -> Result<String, rt::Error> {
        let mut path = String::new();
        path.push_str("/RequestRemoteHelpSessionAccessResponse/");
        path.push_str(
            &rt::encode_path_segment(
                "RequestRemoteHelpSessionAccessResponseId",
                &self.request_remote_help_session_access_response_id,
            )?,
        );
        Ok(path)
    }
    fn body(&self) -> Option<&Self::Body> {
        Some(&self.body)
    }
}
