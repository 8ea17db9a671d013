#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use serde::Serialize;
#[allow(unused_imports)]
use crate::runtime as rt;
#[allow(unused_imports)]
use super::*;
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
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
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
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
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
impl<'de> serde::Deserialize<'de> for RemoteAssistancePartner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
#[cfg(feature = "general")]
/// Remote assistance settings for the account
///
/// `microsoft.graph.remoteAssistanceSettings`, entity, derived from `microsoft.graph.entity`, key `id`.
///
/// Source: `docs-input/002_67c7e21d78dd0a32.txt:28`, `docs-input/000_fcd99e383d4978eb.txt:35`, `docs-input/001_c02039f78c687c2d.txt:47`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RemoteAssistanceSettings {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// The remote assistance settings identifier
    ///
    /// `id`: `Edm.String`. Source: `docs-input/002_67c7e21d78dd0a32.txt:30`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// The current state of remote assistance for the account. Possible values are: disabled, enabled. This setting is configurable by the admin. Remote assistance settings that have not yet been configured by the admin have a disabled state. Returned by default. Possible values are: `disabled`, `enabled`.
    ///
    /// `remoteAssistanceState`: `microsoft.graph.remoteAssistanceState`. Source: `docs-input/002_67c7e21d78dd0a32.txt:31`
    #[serde(
        rename = "remoteAssistanceState",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub remote_assistance_state: rt::Property<RemoteAssistanceState>,
    /// Indicates if sessions to unenrolled devices are allowed for the account. This setting is configurable by the admin. Default value is false.
    ///
    /// `allowSessionsToUnenrolledDevices`: `Edm.Boolean`. Source: `docs-input/002_67c7e21d78dd0a32.txt:32`
    #[serde(
        rename = "allowSessionsToUnenrolledDevices",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub allow_sessions_to_unenrolled_devices: rt::Property<bool>,
    /// Indicates if sessions to block chat function. This setting is configurable by the admin. Default value is false.
    ///
    /// `blockChat`: `Edm.Boolean`. Source: `docs-input/002_67c7e21d78dd0a32.txt:33`
    #[serde(rename = "blockChat", skip_serializing_if = "rt::Property::is_absent")]
    pub block_chat: rt::Property<bool>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
#[cfg(feature = "general")]
impl rt::Object for RemoteAssistanceSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistanceSettings";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "remoteAssistanceState" => self.remote_assistance_state = map.next_value()?,
            "allowSessionsToUnenrolledDevices" => {
                self.allow_sessions_to_unenrolled_devices = map.next_value()?;
            }
            "blockChat" => self.block_chat = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
#[cfg(feature = "general")]
impl<'de> serde::Deserialize<'de> for RemoteAssistanceSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
/// `microsoft.graph.remoteAssistanceOnboardingStatus`: an enum with an open set of values.
///
/// Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.
/// Graph's evolvable enums end with the sentinel `unknownFutureValue`; members added after it are sent only when the request has the header `Prefer: include-unknown-enum-members`.
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
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
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
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
impl AsRef<str> for RemoteAssistanceOnboardingStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
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
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
impl std::fmt::Display for RemoteAssistanceOnboardingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
impl Serialize for RemoteAssistanceOnboardingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "intune", feature = "intune-remoteassistance"))]
impl<'de> serde::Deserialize<'de> for RemoteAssistanceOnboardingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
#[cfg(feature = "general")]
/// `microsoft.graph.remoteAssistanceState`: an enum with an open set of values.
///
/// Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.
/// Graph's evolvable enums end with the sentinel `unknownFutureValue`; members added after it are sent only when the request has the header `Prefer: include-unknown-enum-members`.
///
/// Source: `docs-input/002_67c7e21d78dd0a32.txt:31`, `docs-input/000_fcd99e383d4978eb.txt:37`, `docs-input/001_c02039f78c687c2d.txt:51`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RemoteAssistanceState {
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value the docs do not list, kept as it came.
    Undocumented(String),
}
#[cfg(feature = "general")]
impl RemoteAssistanceState {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Undocumented(value) => value,
        }
    }
}
#[cfg(feature = "general")]
impl AsRef<str> for RemoteAssistanceState {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
#[cfg(feature = "general")]
impl From<&str> for RemoteAssistanceState {
    fn from(value: &str) -> Self {
        match value {
            "disabled" => Self::Disabled,
            "enabled" => Self::Enabled,
            other => Self::Undocumented(other.to_string()),
        }
    }
}
#[cfg(feature = "general")]
impl std::fmt::Display for RemoteAssistanceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "general")]
impl Serialize for RemoteAssistanceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "general")]
impl<'de> serde::Deserialize<'de> for RemoteAssistanceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
