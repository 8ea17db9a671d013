#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use serde::Serialize;
#[allow(unused_imports)]
use crate::runtime as rt;
#[allow(unused_imports)]
use super::*;
/// ManagedAppProtection policy configuration for iOS.
///
/// `microsoft.graph.iosManagedAppProtection`, entity, derived from [`TargetedManagedAppProtection`] (its properties are included), key `id`.
///
/// Source: `docs-input/intune-mam-iosmanagedappprotection.md:20`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IosManagedAppProtection {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the entity. Inherited from managedAppPolicy
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:22`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// Policy display name. Inherited from managedAppPolicy
    ///
    /// `displayName`: `Edm.String`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:23`
    #[serde(rename = "displayName", skip_serializing_if = "rt::Property::is_absent")]
    pub display_name: rt::Property<String>,
    /// The policy's description. Inherited from managedAppPolicy
    ///
    /// `description`: `Edm.String`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:24`
    #[serde(rename = "description", skip_serializing_if = "rt::Property::is_absent")]
    pub description: rt::Property<String>,
    /// Last time the policy was modified. Inherited from managedAppPolicy
    ///
    /// `lastModifiedDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:25`
    #[serde(
        rename = "lastModifiedDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub last_modified_date_time: rt::Property<rt::DateTimeOffset>,
    /// Version of the entity. Inherited from managedAppPolicy
    ///
    /// `version`: `Edm.String`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:26`
    #[serde(rename = "version", skip_serializing_if = "rt::Property::is_absent")]
    pub version: rt::Property<String>,
    /// The period after which access is checked when the device is not connected to the internet. Inherited from managedAppProtection
    ///
    /// `periodOfflineBeforeAccessCheck`: `Edm.Duration`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:27`
    #[serde(
        rename = "periodOfflineBeforeAccessCheck",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub period_offline_before_access_check: rt::Property<rt::Duration>,
    /// Indicates whether an app-level pin is required. Inherited from managedAppProtection
    ///
    /// `pinRequired`: `Edm.Boolean`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:28`
    #[serde(rename = "pinRequired", skip_serializing_if = "rt::Property::is_absent")]
    pub pin_required: rt::Property<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is blocked or wiped. Inherited from managedAppProtection
    ///
    /// `maximumPinRetries`: `Edm.Int32`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:29`
    #[serde(
        rename = "maximumPinRetries",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub maximum_pin_retries: rt::Property<i32>,
    /// Indicates in which managed browser(s) internet links should be opened. Several may be set, comma-separated. Possible values are: `notConfigured`, `microsoftEdge`, `managedBrowser`. Inherited from managedAppProtection
    ///
    /// `managedBrowser`: `microsoft.graph.managedBrowserType`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:30`
    #[serde(rename = "managedBrowser", skip_serializing_if = "rt::Property::is_absent")]
    pub managed_browser: rt::Property<rt::Flags<ManagedBrowserType>>,
    /// Indicates if the policy is deployed to any inclusion groups or not. Inherited from targetedManagedAppProtection
    ///
    /// `isAssigned`: `Edm.Boolean`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:31`
    #[serde(rename = "isAssigned", skip_serializing_if = "rt::Property::is_absent")]
    pub is_assigned: rt::Property<bool>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// `minimumRequiredSdkVersion`: `Edm.String`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:32`
    #[serde(
        rename = "minimumRequiredSdkVersion",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub minimum_required_sdk_version: rt::Property<String>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PINRequired is set to True.
    ///
    /// `faceIdBlocked`: `Edm.Boolean`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:33`
    #[serde(rename = "faceIdBlocked", skip_serializing_if = "rt::Property::is_absent")]
    pub face_id_blocked: rt::Property<bool>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// `deployedAppCount`: `Edm.Int32`. Source: `docs-input/intune-mam-iosmanagedappprotection.md:34`
    #[serde(
        rename = "deployedAppCount",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub deployed_app_count: rt::Property<i32>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for IosManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.iosManagedAppProtection";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "lastModifiedDateTime" => self.last_modified_date_time = map.next_value()?,
            "version" => self.version = map.next_value()?,
            "periodOfflineBeforeAccessCheck" => {
                self.period_offline_before_access_check = map.next_value()?;
            }
            "pinRequired" => self.pin_required = map.next_value()?,
            "maximumPinRetries" => self.maximum_pin_retries = map.next_value()?,
            "managedBrowser" => self.managed_browser = map.next_value()?,
            "isAssigned" => self.is_assigned = map.next_value()?,
            "minimumRequiredSdkVersion" => {
                self.minimum_required_sdk_version = map.next_value()?;
            }
            "faceIdBlocked" => self.face_id_blocked = map.next_value()?,
            "deployedAppCount" => self.deployed_app_count = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for IosManagedAppProtection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// The ManagedAppPolicy resource represents a base type for platform specific policies. This page is written for docgen: the policy types below it derive from it at three depths, so wherever a managedAppPolicy is expected the generated code reads the type that `@odata.type` names.
///
/// `microsoft.graph.managedAppPolicy`, entity, key `id`.
///
/// Source: `docs-input/intune-mam-managedapppolicy.md:23`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ManagedAppPolicy {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the entity.
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-mam-managedapppolicy.md:25`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// Policy display name.
    ///
    /// `displayName`: `Edm.String`. Source: `docs-input/intune-mam-managedapppolicy.md:26`
    #[serde(rename = "displayName", skip_serializing_if = "rt::Property::is_absent")]
    pub display_name: rt::Property<String>,
    /// The policy's description.
    ///
    /// `description`: `Edm.String`. Source: `docs-input/intune-mam-managedapppolicy.md:27`
    #[serde(rename = "description", skip_serializing_if = "rt::Property::is_absent")]
    pub description: rt::Property<String>,
    /// Last time the policy was modified.
    ///
    /// `lastModifiedDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-mam-managedapppolicy.md:28`
    #[serde(
        rename = "lastModifiedDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub last_modified_date_time: rt::Property<rt::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// `version`: `Edm.String`. Source: `docs-input/intune-mam-managedapppolicy.md:29`
    #[serde(rename = "version", skip_serializing_if = "rt::Property::is_absent")]
    pub version: rt::Property<String>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for ManagedAppPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicy";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "lastModifiedDateTime" => self.last_modified_date_time = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for ManagedAppPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// Policy used to configure detailed management settings for a specified set of apps.
///
/// `microsoft.graph.managedAppProtection`, entity, derived from [`ManagedAppPolicy`] (its properties are included), key `id`.
///
/// Source: `docs-input/intune-mam-managedappprotection.md:20`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ManagedAppProtection {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the entity. Inherited from managedAppPolicy
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-mam-managedappprotection.md:22`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// Policy display name. Inherited from managedAppPolicy
    ///
    /// `displayName`: `Edm.String`. Source: `docs-input/intune-mam-managedappprotection.md:23`
    #[serde(rename = "displayName", skip_serializing_if = "rt::Property::is_absent")]
    pub display_name: rt::Property<String>,
    /// The policy's description. Inherited from managedAppPolicy
    ///
    /// `description`: `Edm.String`. Source: `docs-input/intune-mam-managedappprotection.md:24`
    #[serde(rename = "description", skip_serializing_if = "rt::Property::is_absent")]
    pub description: rt::Property<String>,
    /// Last time the policy was modified. Inherited from managedAppPolicy
    ///
    /// `lastModifiedDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-mam-managedappprotection.md:25`
    #[serde(
        rename = "lastModifiedDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub last_modified_date_time: rt::Property<rt::DateTimeOffset>,
    /// Version of the entity. Inherited from managedAppPolicy
    ///
    /// `version`: `Edm.String`. Source: `docs-input/intune-mam-managedappprotection.md:26`
    #[serde(rename = "version", skip_serializing_if = "rt::Property::is_absent")]
    pub version: rt::Property<String>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// `periodOfflineBeforeAccessCheck`: `Edm.Duration`. Source: `docs-input/intune-mam-managedappprotection.md:27`
    #[serde(
        rename = "periodOfflineBeforeAccessCheck",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub period_offline_before_access_check: rt::Property<rt::Duration>,
    /// Indicates whether an app-level pin is required.
    ///
    /// `pinRequired`: `Edm.Boolean`. Source: `docs-input/intune-mam-managedappprotection.md:28`
    #[serde(rename = "pinRequired", skip_serializing_if = "rt::Property::is_absent")]
    pub pin_required: rt::Property<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is blocked or wiped.
    ///
    /// `maximumPinRetries`: `Edm.Int32`. Source: `docs-input/intune-mam-managedappprotection.md:29`
    #[serde(
        rename = "maximumPinRetries",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub maximum_pin_retries: rt::Property<i32>,
    /// Indicates in which managed browser(s) internet links should be opened. Several may be set, comma-separated. Possible values are: `notConfigured`, `microsoftEdge`, `managedBrowser`.
    ///
    /// `managedBrowser`: `microsoft.graph.managedBrowserType`. Source: `docs-input/intune-mam-managedappprotection.md:30`
    #[serde(rename = "managedBrowser", skip_serializing_if = "rt::Property::is_absent")]
    pub managed_browser: rt::Property<rt::Flags<ManagedBrowserType>>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for ManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppProtection";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "lastModifiedDateTime" => self.last_modified_date_time = map.next_value()?,
            "version" => self.version = map.next_value()?,
            "periodOfflineBeforeAccessCheck" => {
                self.period_offline_before_access_check = map.next_value()?;
            }
            "pinRequired" => self.pin_required = map.next_value()?,
            "maximumPinRetries" => self.maximum_pin_retries = map.next_value()?,
            "managedBrowser" => self.managed_browser = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for ManagedAppProtection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization. This page is written for docgen: its relationship `appliedPolicies` holds policies of several types derived from managedAppPolicy.
///
/// `microsoft.graph.managedAppRegistration`, entity, key `id`.
///
/// Source: `docs-input/intune-mam-managedappregistration.md:23`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ManagedAppRegistration {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the entity.
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-mam-managedappregistration.md:25`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// App version
    ///
    /// `applicationVersion`: `Edm.String`. Source: `docs-input/intune-mam-managedappregistration.md:26`
    #[serde(
        rename = "applicationVersion",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub application_version: rt::Property<String>,
    /// Date and time of creation
    ///
    /// `createdDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-mam-managedappregistration.md:27`
    #[serde(rename = "createdDateTime", skip_serializing_if = "rt::Property::is_absent")]
    pub created_date_time: rt::Property<rt::DateTimeOffset>,
    /// Sequence number of the app's last synchronization with the management service; it may exceed 2^53.
    ///
    /// `syncSequenceNumber`: `Edm.Int64`. Source: `docs-input/intune-mam-managedappregistration.md:28`
    #[serde(
        rename = "syncSequenceNumber",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub sync_sequence_number: rt::Property<i64>,
    /// Zero or more policies already applied on the registered app when it last synchronized with management service.
    ///
    /// `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, a relationship (navigation property): present when the request expands it (`$expand=appliedPolicies`). Source: `docs-input/intune-mam-managedappregistration.md:33`
    #[serde(rename = "appliedPolicies", skip_serializing_if = "rt::Property::is_absent")]
    pub applied_policies: rt::Property<Vec<AnyManagedAppPolicy>>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for ManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppRegistration";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "applicationVersion" => self.application_version = map.next_value()?,
            "createdDateTime" => self.created_date_time = map.next_value()?,
            "syncSequenceNumber" => self.sync_sequence_number = map.next_value()?,
            "appliedPolicies" => self.applied_policies = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for ManagedAppRegistration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// Policy used to configure detailed management settings targeted to specific security groups.
///
/// `microsoft.graph.targetedManagedAppProtection`, entity, derived from [`ManagedAppProtection`] (its properties are included), key `id`.
///
/// Source: `docs-input/intune-mam-targetedmanagedappprotection.md:20`
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TargetedManagedAppProtection {
    /// `@odata.type`: the type of the object, such as `#microsoft.graph.user`.
    #[serde(rename = "@odata.type", skip_serializing_if = "rt::Property::is_absent")]
    pub odata_type: rt::Property<String>,
    /// Key of the entity. Inherited from managedAppPolicy
    ///
    /// `id`: `Edm.String`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:22`
    #[serde(rename = "id", skip_serializing_if = "rt::Property::is_absent")]
    pub id: rt::Property<String>,
    /// Policy display name. Inherited from managedAppPolicy
    ///
    /// `displayName`: `Edm.String`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:23`
    #[serde(rename = "displayName", skip_serializing_if = "rt::Property::is_absent")]
    pub display_name: rt::Property<String>,
    /// The policy's description. Inherited from managedAppPolicy
    ///
    /// `description`: `Edm.String`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:24`
    #[serde(rename = "description", skip_serializing_if = "rt::Property::is_absent")]
    pub description: rt::Property<String>,
    /// Last time the policy was modified. Inherited from managedAppPolicy
    ///
    /// `lastModifiedDateTime`: `Edm.DateTimeOffset`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:25`
    #[serde(
        rename = "lastModifiedDateTime",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub last_modified_date_time: rt::Property<rt::DateTimeOffset>,
    /// Version of the entity. Inherited from managedAppPolicy
    ///
    /// `version`: `Edm.String`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:26`
    #[serde(rename = "version", skip_serializing_if = "rt::Property::is_absent")]
    pub version: rt::Property<String>,
    /// The period after which access is checked when the device is not connected to the internet. Inherited from managedAppProtection
    ///
    /// `periodOfflineBeforeAccessCheck`: `Edm.Duration`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:27`
    #[serde(
        rename = "periodOfflineBeforeAccessCheck",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub period_offline_before_access_check: rt::Property<rt::Duration>,
    /// Indicates whether an app-level pin is required. Inherited from managedAppProtection
    ///
    /// `pinRequired`: `Edm.Boolean`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:28`
    #[serde(rename = "pinRequired", skip_serializing_if = "rt::Property::is_absent")]
    pub pin_required: rt::Property<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is blocked or wiped. Inherited from managedAppProtection
    ///
    /// `maximumPinRetries`: `Edm.Int32`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:29`
    #[serde(
        rename = "maximumPinRetries",
        skip_serializing_if = "rt::Property::is_absent"
    )]
    pub maximum_pin_retries: rt::Property<i32>,
    /// Indicates in which managed browser(s) internet links should be opened. Several may be set, comma-separated. Possible values are: `notConfigured`, `microsoftEdge`, `managedBrowser`. Inherited from managedAppProtection
    ///
    /// `managedBrowser`: `microsoft.graph.managedBrowserType`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:30`
    #[serde(rename = "managedBrowser", skip_serializing_if = "rt::Property::is_absent")]
    pub managed_browser: rt::Property<rt::Flags<ManagedBrowserType>>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// `isAssigned`: `Edm.Boolean`. Source: `docs-input/intune-mam-targetedmanagedappprotection.md:31`
    #[serde(rename = "isAssigned", skip_serializing_if = "rt::Property::is_absent")]
    pub is_assigned: rt::Property<bool>,
    /// Properties the docs do not list, kept as they came and written back.
    #[serde(flatten)]
    pub additional_data: BTreeMap<String, serde_json::Value>,
}
impl rt::Object for TargetedManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppProtection";
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "@odata.type" => self.odata_type = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "lastModifiedDateTime" => self.last_modified_date_time = map.next_value()?,
            "version" => self.version = map.next_value()?,
            "periodOfflineBeforeAccessCheck" => {
                self.period_offline_before_access_check = map.next_value()?;
            }
            "pinRequired" => self.pin_required = map.next_value()?,
            "maximumPinRetries" => self.maximum_pin_retries = map.next_value()?,
            "managedBrowser" => self.managed_browser = map.next_value()?,
            "isAssigned" => self.is_assigned = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_data_mut(&mut self) -> &mut BTreeMap<String, serde_json::Value> {
        &mut self.additional_data
    }
}
impl<'de> serde::Deserialize<'de> for TargetedManagedAppProtection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_object(deserializer)
    }
}
/// A `microsoft.graph.managedAppPolicy` or an object of a type derived from it, as its `@odata.type` says.
///
/// Read from JSON, an object becomes the variant its `@odata.type` names (at any depth of derivation); without one, or naming a type this crate does not compile, it is a [`ManagedAppPolicy`] that keeps its `@odata.type` and the properties it does not know in `additional_data`. Written to JSON, a derived type's variant writes its `@odata.type` when its `odata_type` is absent. Read through `serde_json`.
///
/// Source: `docs-input/intune-mam-managedapppolicy.md:23`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum AnyManagedAppPolicy {
    /// `microsoft.graph.managedAppPolicy`, or a derived type this crate does not compile.
    ManagedAppPolicy(Box<ManagedAppPolicy>),
    /// `#microsoft.graph.iosManagedAppProtection`.
    IosManagedAppProtection(Box<IosManagedAppProtection>),
    /// `#microsoft.graph.managedAppProtection`.
    ManagedAppProtection(Box<ManagedAppProtection>),
    /// `#microsoft.graph.targetedManagedAppProtection`.
    TargetedManagedAppProtection(Box<TargetedManagedAppProtection>),
}
impl Default for AnyManagedAppPolicy {
    fn default() -> Self {
        AnyManagedAppPolicy::ManagedAppPolicy(Box::default())
    }
}
impl From<ManagedAppPolicy> for AnyManagedAppPolicy {
    fn from(value: ManagedAppPolicy) -> Self {
        AnyManagedAppPolicy::ManagedAppPolicy(Box::new(value))
    }
}
impl From<IosManagedAppProtection> for AnyManagedAppPolicy {
    fn from(value: IosManagedAppProtection) -> Self {
        AnyManagedAppPolicy::IosManagedAppProtection(Box::new(value))
    }
}
impl From<ManagedAppProtection> for AnyManagedAppPolicy {
    fn from(value: ManagedAppProtection) -> Self {
        AnyManagedAppPolicy::ManagedAppProtection(Box::new(value))
    }
}
impl From<TargetedManagedAppProtection> for AnyManagedAppPolicy {
    fn from(value: TargetedManagedAppProtection) -> Self {
        AnyManagedAppPolicy::TargetedManagedAppProtection(Box::new(value))
    }
}
impl rt::Polymorphic for AnyManagedAppPolicy {
    fn from_json(
        odata_type: Option<&str>,
        json: &str,
    ) -> Result<Self, serde_json::Error> {
        Ok(
            match odata_type {
                Some("microsoft.graph.iosManagedAppProtection") => {
                    AnyManagedAppPolicy::IosManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                Some("microsoft.graph.managedAppProtection") => {
                    AnyManagedAppPolicy::ManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                Some("microsoft.graph.targetedManagedAppProtection") => {
                    AnyManagedAppPolicy::TargetedManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                _ => AnyManagedAppPolicy::ManagedAppPolicy(serde_json::from_str(json)?),
            },
        )
    }
}
impl<'de> serde::Deserialize<'de> for AnyManagedAppPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_polymorphic(deserializer)
    }
}
impl Serialize for AnyManagedAppPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyManagedAppPolicy::ManagedAppPolicy(v) => v.serialize(serializer),
            AnyManagedAppPolicy::IosManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.iosManagedAppProtection"),
                    serializer,
                )
            }
            AnyManagedAppPolicy::ManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.managedAppProtection"),
                    serializer,
                )
            }
            AnyManagedAppPolicy::TargetedManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.targetedManagedAppProtection"),
                    serializer,
                )
            }
        }
    }
}
/// A `microsoft.graph.managedAppProtection` or an object of a type derived from it, as its `@odata.type` says.
///
/// Read from JSON, an object becomes the variant its `@odata.type` names (at any depth of derivation); without one, or naming a type this crate does not compile, it is a [`ManagedAppProtection`] that keeps its `@odata.type` and the properties it does not know in `additional_data`. Written to JSON, a derived type's variant writes its `@odata.type` when its `odata_type` is absent. Read through `serde_json`.
///
/// Source: `docs-input/intune-mam-managedappprotection.md:20`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum AnyManagedAppProtection {
    /// `microsoft.graph.managedAppProtection`, or a derived type this crate does not compile.
    ManagedAppProtection(Box<ManagedAppProtection>),
    /// `#microsoft.graph.iosManagedAppProtection`.
    IosManagedAppProtection(Box<IosManagedAppProtection>),
    /// `#microsoft.graph.targetedManagedAppProtection`.
    TargetedManagedAppProtection(Box<TargetedManagedAppProtection>),
}
impl Default for AnyManagedAppProtection {
    fn default() -> Self {
        AnyManagedAppProtection::ManagedAppProtection(Box::default())
    }
}
impl From<ManagedAppProtection> for AnyManagedAppProtection {
    fn from(value: ManagedAppProtection) -> Self {
        AnyManagedAppProtection::ManagedAppProtection(Box::new(value))
    }
}
impl From<IosManagedAppProtection> for AnyManagedAppProtection {
    fn from(value: IosManagedAppProtection) -> Self {
        AnyManagedAppProtection::IosManagedAppProtection(Box::new(value))
    }
}
impl From<TargetedManagedAppProtection> for AnyManagedAppProtection {
    fn from(value: TargetedManagedAppProtection) -> Self {
        AnyManagedAppProtection::TargetedManagedAppProtection(Box::new(value))
    }
}
impl rt::Polymorphic for AnyManagedAppProtection {
    fn from_json(
        odata_type: Option<&str>,
        json: &str,
    ) -> Result<Self, serde_json::Error> {
        Ok(
            match odata_type {
                Some("microsoft.graph.iosManagedAppProtection") => {
                    AnyManagedAppProtection::IosManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                Some("microsoft.graph.targetedManagedAppProtection") => {
                    AnyManagedAppProtection::TargetedManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                _ => {
                    AnyManagedAppProtection::ManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
            },
        )
    }
}
impl<'de> serde::Deserialize<'de> for AnyManagedAppProtection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_polymorphic(deserializer)
    }
}
impl Serialize for AnyManagedAppProtection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyManagedAppProtection::ManagedAppProtection(v) => v.serialize(serializer),
            AnyManagedAppProtection::IosManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.iosManagedAppProtection"),
                    serializer,
                )
            }
            AnyManagedAppProtection::TargetedManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.targetedManagedAppProtection"),
                    serializer,
                )
            }
        }
    }
}
/// A `microsoft.graph.targetedManagedAppProtection` or an object of a type derived from it, as its `@odata.type` says.
///
/// Read from JSON, an object becomes the variant its `@odata.type` names (at any depth of derivation); without one, or naming a type this crate does not compile, it is a [`TargetedManagedAppProtection`] that keeps its `@odata.type` and the properties it does not know in `additional_data`. Written to JSON, a derived type's variant writes its `@odata.type` when its `odata_type` is absent. Read through `serde_json`.
///
/// Source: `docs-input/intune-mam-targetedmanagedappprotection.md:20`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum AnyTargetedManagedAppProtection {
    /// `microsoft.graph.targetedManagedAppProtection`, or a derived type this crate does not compile.
    TargetedManagedAppProtection(Box<TargetedManagedAppProtection>),
    /// `#microsoft.graph.iosManagedAppProtection`.
    IosManagedAppProtection(Box<IosManagedAppProtection>),
}
impl Default for AnyTargetedManagedAppProtection {
    fn default() -> Self {
        AnyTargetedManagedAppProtection::TargetedManagedAppProtection(Box::default())
    }
}
impl From<TargetedManagedAppProtection> for AnyTargetedManagedAppProtection {
    fn from(value: TargetedManagedAppProtection) -> Self {
        AnyTargetedManagedAppProtection::TargetedManagedAppProtection(Box::new(value))
    }
}
impl From<IosManagedAppProtection> for AnyTargetedManagedAppProtection {
    fn from(value: IosManagedAppProtection) -> Self {
        AnyTargetedManagedAppProtection::IosManagedAppProtection(Box::new(value))
    }
}
impl rt::Polymorphic for AnyTargetedManagedAppProtection {
    fn from_json(
        odata_type: Option<&str>,
        json: &str,
    ) -> Result<Self, serde_json::Error> {
        Ok(
            match odata_type {
                Some("microsoft.graph.iosManagedAppProtection") => {
                    AnyTargetedManagedAppProtection::IosManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
                _ => {
                    AnyTargetedManagedAppProtection::TargetedManagedAppProtection(
                        serde_json::from_str(json)?,
                    )
                }
            },
        )
    }
}
impl<'de> serde::Deserialize<'de> for AnyTargetedManagedAppProtection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize_polymorphic(deserializer)
    }
}
impl Serialize for AnyTargetedManagedAppProtection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyTargetedManagedAppProtection::TargetedManagedAppProtection(v) => {
                v.serialize(serializer)
            }
            AnyTargetedManagedAppProtection::IosManagedAppProtection(v) => {
                rt::serialize_derived(
                    &**v,
                    v
                        .odata_type
                        .is_absent()
                        .then_some("#microsoft.graph.iosManagedAppProtection"),
                    serializer,
                )
            }
        }
    }
}
/// `microsoft.graph.managedBrowserType`: an enum with an open set of values.
///
/// A flags enum: a property of this type is a `runtime::Flags` of it, several members comma-separated in one string (`"a,b"`).
///
/// Values the docs do not list are kept in `Undocumented`, so a value added to the service later still round-trips.
/// Graph's evolvable enums end with the sentinel `unknownFutureValue`; members added after it are sent only when the request has the header `Prefer: include-unknown-enum-members`.
///
/// Source: `docs-input/intune-mam-managedbrowsertype.md:18`, `docs-input/intune-mam-iosmanagedappprotection.md:30`, `docs-input/intune-mam-managedappprotection.md:30`, `docs-input/intune-mam-targetedmanagedappprotection.md:30`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedBrowserType {
    /// `notConfigured`: Not configured
    NotConfigured,
    /// `microsoftEdge`: Microsoft Edge
    MicrosoftEdge,
    /// `managedBrowser`: Intune Managed Browser
    ManagedBrowser,
    /// A value the docs do not list, kept as it came.
    Undocumented(String),
}
impl ManagedBrowserType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotConfigured => "notConfigured",
            Self::MicrosoftEdge => "microsoftEdge",
            Self::ManagedBrowser => "managedBrowser",
            Self::Undocumented(value) => value,
        }
    }
}
impl AsRef<str> for ManagedBrowserType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl From<&str> for ManagedBrowserType {
    fn from(value: &str) -> Self {
        match value {
            "notConfigured" => Self::NotConfigured,
            "microsoftEdge" => Self::MicrosoftEdge,
            "managedBrowser" => Self::ManagedBrowser,
            other => Self::Undocumented(other.to_string()),
        }
    }
}
impl std::fmt::Display for ManagedBrowserType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ManagedBrowserType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ManagedBrowserType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
