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
/// A remote assistance session between a partner and a managed device. This page is written for docgen: its relationships (navigation properties) are read into typed fields when a request expands them, and one of them points to a type of another area, so that field falls back to raw JSON when only this area is compiled.
///
/// `microsoft.graph.remoteAssistanceSession`, entity, key `id`.
///
/// Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:23`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RemoteAssistanceSession {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the session.
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:25`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// When the session started.
    ///
    /// `startDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:26`
    #[serde(rename = "startDateTime", skip_serializing_if = "rt::Property::is_absent")]
    pub start_date_time: rt::Property<rt::DateTimeOffset>,
    /// The key the partner uses to join the session.
    ///
    /// `sessionKey`: `Edm.String`. Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:27`
    #[serde(rename = "sessionKey", skip_serializing_if = "rt::Property::is_absent")]
    pub session_key: rt::Property<String>,
    /// The partner that runs the session.
    ///
    /// `partner`: `microsoft.graph.remoteAssistancePartner`, a relationship (navigation property): present when the request expands it (`$expand=partner`). Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:32`
    #[serde(rename = "partner", skip_serializing_if = "rt::Property::is_absent")]
    pub partner: rt::Property<Box<RemoteAssistancePartner>>,
    /// Partners that ran earlier sessions on the same device.
    ///
    /// `previousPartners`: `Collection(microsoft.graph.remoteAssistancePartner)`, a relationship (navigation property): present when the request expands it (`$expand=previousPartners`). Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:33`
    #[serde(
        rename = "previousPartners",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub previous_partners: rt::Property<Vec<RemoteAssistancePartner>>,
    #[cfg(feature = "general")]
    /// The tenant's remote assistance settings the session runs under.
    ///
    /// `settings`: `microsoft.graph.remoteAssistanceSettings`, a relationship (navigation property): present when the request expands it (`$expand=settings`). Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:34`
    ///
    /// Its type is compiled with another area: without that area's feature the field holds the nearest base type that is compiled, else the JSON as it came.
    #[serde(rename = "settings", skip_serializing_if = "rt::Property::is_absent")]
    pub settings: rt::Property<Box<RemoteAssistanceSettings>>,
    #[cfg(not(feature = "general"))]
    /// The tenant's remote assistance settings the session runs under.
    ///
    /// `settings`: `microsoft.graph.remoteAssistanceSettings`, a relationship (navigation property): present when the request expands it (`$expand=settings`). Source: `docs-input/intune-remoteassistance-remoteassistancesession.md:34`
    ///
    /// Its type is compiled with another area: without that area's feature the field holds the nearest base type that is compiled, else the JSON as it came.
    #[serde(rename = "settings", skip_serializing_if = "rt::Property::is_absent")]
    pub settings: rt::Property<serde_json::Value>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for RemoteAssistanceSession {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistanceSession";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "startDateTime" => self.start_date_time = map.next_value()?,
            "sessionKey" => self.session_key = map.next_value()?,
            "partner" => self.partner = map.next_value()?,
            "previousPartners" => self.previous_partners = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for RemoteAssistanceSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
