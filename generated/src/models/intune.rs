#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use serde::Serialize;
#[allow(unused_imports)]
use crate::runtime as rt;
#[allow(unused_imports)]
use super::*;
/// `microsoft.graph.remoteAssistancePartner`, entity, key `id`.
///
/// Source: `docs-input/003_863e2432f754272b.txt:49`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RemoteAssistancePartner {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Unique identifier of the partner.
    ///
    /// `id`: `Edm.String`. Source: `docs-input/003_863e2432f754272b.txt:51`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// Display name of the partner.
    ///
    /// `displayName`: `Edm.String`. Source: `docs-input/003_863e2432f754272b.txt:52`
    #[serde(rename = "displayName", skip_serializing_if = "rt::Property::is_absent")]
    pub display_name: rt::Property<String>,
    /// URL of the partner's onboarding portal, where an administrator can configure their Remote Assistance service.
    ///
    /// `onboardingUrl`: `Edm.String`. Source: `docs-input/003_863e2432f754272b.txt:53`
    #[serde(rename = "onboardingUrl", skip_serializing_if = "rt::Property::is_absent")]
    pub onboarding_url: rt::Property<String>,
    /// A friendly description of the current TeamViewer connector status. Possible values are: `notOnboarded`, `onboarding`, `onboarded`.
    ///
    /// `onboardingStatus`: `microsoft.graph.remoteAssistanceOnboardingStatus`. Source: `docs-input/003_863e2432f754272b.txt:54`
    #[serde(
        rename = "onboardingStatus",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub onboarding_status: rt::Property<RemoteAssistanceOnboardingStatus>,
    /// Timestamp of the last request sent to Intune by the TEM partner.
    ///
    /// `lastConnectionDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/003_863e2432f754272b.txt:55`
    #[serde(
        rename = "lastConnectionDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub last_connection_date_time: rt::Property<rt::DateTimeOffset>,
    /// When the OnboardingStatus is Onboarding, This is the date time when the onboarding request expires.
    ///
    /// `onboardingRequestExpiryDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/003_863e2432f754272b.txt:56`
    #[serde(
        rename = "onboardingRequestExpiryDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub onboarding_request_expiry_date_time: rt::Property<rt::DateTimeOffset>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for RemoteAssistancePartner {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistancePartner";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "onboardingUrl" => self.onboarding_url = map.next_value()?,
            "onboardingStatus" => self.onboarding_status = map.next_value()?,
            "lastConnectionDateTime" => {
                self.last_connection_date_time = map.next_value()?;
            }
            "onboardingRequestExpiryDateTime" => {
                self.onboarding_request_expiry_date_time = map.next_value()?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for RemoteAssistancePartner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// `microsoft.graph.requestRemoteHelpSessionAccessResponse`, entity.
///
/// Source: `docs-input/004_3008c6f0be4f7f03.txt:49`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RequestRemoteHelpSessionAccessResponse {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// The unique identifier for a session
    ///
    /// `sessionKey`: `Edm.String`. Source: `docs-input/004_3008c6f0be4f7f03.txt:51`
    #[serde(rename = "sessionKey", skip_serializing_if = "rt::Property::is_absent")]
    pub session_key: rt::Property<String>,
    /// Remote Help Session Type. Possible values are: `viewScreen`, `takeFullControl`, `elevation`, `unattended`, `unknownFutureValue`.
    ///
    /// `sessionType`: `microsoft.graph.allowedRemoteAssistanceActions`. Source: `docs-input/004_3008c6f0be4f7f03.txt:52`
    #[serde(rename = "sessionType", skip_serializing_if = "rt::Property::is_absent")]
    pub session_type: rt::Property<AllowedRemoteAssistanceActions>,
    /// The unique identifier for encrypting client messages sent to PubSub
    ///
    /// `pubSubEncryptionKey`: `Edm.String`. Source: `docs-input/004_3008c6f0be4f7f03.txt:53`
    #[serde(
        rename = "pubSubEncryptionKey",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub pub_sub_encryption_key: rt::Property<String>,
    /// AES encryption Initialization Vector for encrypting client messages sent to PubSub
    ///
    /// `pubSubEncryption`: `Edm.String`. Source: `docs-input/004_3008c6f0be4f7f03.txt:54`
    #[serde(
        rename = "pubSubEncryption",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub pub_sub_encryption: rt::Property<String>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for RequestRemoteHelpSessionAccessResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.requestRemoteHelpSessionAccessResponse";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "sessionKey" => self.session_key = map.next_value()?,
            "sessionType" => self.session_type = map.next_value()?,
            "pubSubEncryptionKey" => self.pub_sub_encryption_key = map.next_value()?,
            "pubSubEncryption" => self.pub_sub_encryption = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for RequestRemoteHelpSessionAccessResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// `microsoft.graph.allowedRemoteAssistanceActions`: an enum with an open set of values.
///
/// Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.
///
/// Source: `docs-input/004_3008c6f0be4f7f03.txt:52`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AllowedRemoteAssistanceActions {
    /// `viewScreen`
    ViewScreen,
    /// `takeFullControl`
    TakeFullControl,
    /// `elevation`
    Elevation,
    /// `unattended`
    Unattended,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the docs do not list, kept as it came.
    Undocumented(String),
}
impl AllowedRemoteAssistanceActions {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ViewScreen => "viewScreen",
            Self::TakeFullControl => "takeFullControl",
            Self::Elevation => "elevation",
            Self::Unattended => "unattended",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Undocumented(value) => value,
        }
    }
}
impl From<&str> for AllowedRemoteAssistanceActions {
    fn from(value: &str) -> Self {
        match value {
            "viewScreen" => Self::ViewScreen,
            "takeFullControl" => Self::TakeFullControl,
            "elevation" => Self::Elevation,
            "unattended" => Self::Unattended,
            "unknownFutureValue" => Self::UnknownFutureValue,
            other => Self::Undocumented(other.to_string()),
        }
    }
}
impl std::fmt::Display for AllowedRemoteAssistanceActions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AllowedRemoteAssistanceActions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AllowedRemoteAssistanceActions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// `microsoft.graph.remoteAssistanceOnboardingStatus`: an enum with an open set of values.
///
/// Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.
///
/// Source: `docs-input/003_863e2432f754272b.txt:54`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RemoteAssistanceOnboardingStatus {
    /// `notOnboarded`
    NotOnboarded,
    /// `onboarding`
    Onboarding,
    /// `onboarded`
    Onboarded,
    /// A value the docs do not list, kept as it came.
    Undocumented(String),
}
impl RemoteAssistanceOnboardingStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotOnboarded => "notOnboarded",
            Self::Onboarding => "onboarding",
            Self::Onboarded => "onboarded",
            Self::Undocumented(value) => value,
        }
    }
}
impl From<&str> for RemoteAssistanceOnboardingStatus {
    fn from(value: &str) -> Self {
        match value {
            "notOnboarded" => Self::NotOnboarded,
            "onboarding" => Self::Onboarding,
            "onboarded" => Self::Onboarded,
            other => Self::Undocumented(other.to_string()),
        }
    }
}
impl std::fmt::Display for RemoteAssistanceOnboardingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RemoteAssistanceOnboardingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RemoteAssistanceOnboardingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
