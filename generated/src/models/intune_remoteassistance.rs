#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use serde::Serialize;
#[allow(unused_imports)]
use crate::runtime as rt;
#[allow(unused_imports)]
use super::*;
/// `microsoft.graph.remoteAssistancePartnersRequestSessionRequestBody`, action parameters.
///
/// Source: `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:44`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RemoteAssistancePartnersRequestSessionRequestBody {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// The device to connect to.
    ///
    /// `managedDeviceId`: `Edm.String`. Source: `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:46`
    #[serde(rename = "managedDeviceId", skip_serializing_if = "rt::Property::is_absent")]
    pub managed_device_id: rt::Property<String>,
    /// How long the invitation stays open.
    ///
    /// `expiresAfter`: `Edm.Duration`. Source: `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:47`
    #[serde(rename = "expiresAfter", skip_serializing_if = "rt::Property::is_absent")]
    pub expires_after: rt::Property<rt::Duration>,
    /// Whether the device's user is told before the session starts.
    ///
    /// `notifyUser`: `Edm.Boolean`. Source: `docs-input/intune-remoteassistance-remoteassistancepartner-requestsession.md:48`
    #[serde(rename = "notifyUser", skip_serializing_if = "rt::Property::is_absent")]
    pub notify_user: rt::Property<bool>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for RemoteAssistancePartnersRequestSessionRequestBody {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistancePartnersRequestSessionRequestBody";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "managedDeviceId" => self.managed_device_id = map.next_value()?,
            "expiresAfter" => self.expires_after = map.next_value()?,
            "notifyUser" => self.notify_user = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for RemoteAssistancePartnersRequestSessionRequestBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
