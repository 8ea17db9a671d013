#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime as rt;
/// Update remoteAssistanceSettings.
///
/// `PATCH /deviceManagement/remoteAssistanceSettings`
///
/// Update the properties of a remoteAssistanceSettings object.
///
/// Least-privileged permission: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`.
///
/// Permissions, least privileged first: delegated (work or school account): `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`; delegated (personal Microsoft account): not supported; application: `DeviceManagementServiceConfig.ReadWrite.All`, `DeviceManagementConfiguration.ReadWrite.All`.
///
/// Required headers: `Authorization`, `Content-Type`.
///
/// Source: `docs-input/000_fcd99e383d4978eb.txt:21`, `docs-input/001_c02039f78c687c2d.txt:33`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdateRemoteAssistanceSettings {
    /// The request body.
    pub body: models::RemoteAssistanceSettings,
}
impl UpdateRemoteAssistanceSettings {
    /// The request, with its path parameters and body.
    pub fn new(body: models::RemoteAssistanceSettings) -> Self {
        Self { body }
    }
}
impl rt::Endpoint for UpdateRemoteAssistanceSettings {
    type Body = models::RemoteAssistanceSettings;
    type Response = models::RemoteAssistanceSettings;
    const METHOD: http::Method = http::Method::PATCH;
    const PATH_TEMPLATE: &'static str = "/deviceManagement/remoteAssistanceSettings";
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
        Ok("/deviceManagement/remoteAssistanceSettings".to_string())
    }
    fn body(&self) -> Option<&Self::Body> {
        Some(&self.body)
    }
}
