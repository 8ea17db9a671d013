#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use serde::Serialize;
#[allow(unused_imports)]
use crate::runtime as rt;
#[allow(unused_imports)]
use super::*;
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
/// `unknownFutureValue` is Graph's evolvable-enum sentinel: members added to the service later are sent only when the request has the header `Prefer: include-unknown-enum-members`, and as `unknownFutureValue` otherwise.
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
impl AsRef<str> for AllowedRemoteAssistanceActions {
    fn as_ref(&self) -> &str {
        self.as_str()
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
