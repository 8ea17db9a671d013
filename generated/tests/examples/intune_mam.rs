#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use generated::{models, runtime as rt};
/// `docs-input/intune-mam-managedapppolicy-list.md:61`: response body of `GET /deviceAppManagement/managedAppPolicies` as `Collection(microsoft.graph.managedAppPolicy)`.
#[test]
fn example_docs_input_intune_mam_managedapppolicy_list_md_61_response() {
    let json = include_str!(
        "example_docs_input_intune_mam_managedapppolicy_list_md_61_response.json"
    );
    if let Err(e) = rt::round_trip::<rt::Collection<models::AnyManagedAppPolicy>>(json) {
        panic!("{}: {e}", "docs-input/intune-mam-managedapppolicy-list.md:61");
    }
}
/// `docs-input/intune-mam-managedappregistration-get.md:60`: response body of `GET /deviceAppManagement/managedAppRegistrations/{managedAppRegistrationId}` as `microsoft.graph.managedAppRegistration`.
#[test]
fn example_docs_input_intune_mam_managedappregistration_get_md_60_response() {
    let json = include_str!(
        "example_docs_input_intune_mam_managedappregistration_get_md_60_response.json"
    );
    if let Err(e) = rt::round_trip::<models::ManagedAppRegistration>(json) {
        panic!("{}: {e}", "docs-input/intune-mam-managedappregistration-get.md:60");
    }
}
