//! Unit tests of the runtime (kept out of the runtime files, which generated crates receive).

use super::*;
use serde_json::json;

#[test]
fn property_keeps_absent_null_and_value_apart() {
    #[derive(Serialize, Deserialize, Default, Debug, PartialEq)]
    struct S {
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        a: Property<i32>,
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        b: Property<i32>,
        #[serde(default, skip_serializing_if = "Property::is_absent")]
        c: Property<i32>,
    }
    let s: S = serde_json::from_str(r#"{"a": null, "b": 2}"#).unwrap();
    assert_eq!(
        s,
        S {
            a: Property::Null,
            b: Property::Value(2),
            c: Property::Absent
        }
    );
    assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"a":null,"b":2}"#);
}

#[test]
fn primitive_results_keep_their_annotations() {
    let text =
        r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Edm.Int32","value":2}"#;
    let r: PrimitiveResult<i32> = serde_json::from_str(text).unwrap();
    assert_eq!(r.value, 2);
    assert!(round_trip::<PrimitiveResult<i32>>(text).is_ok());
    assert!(serde_json::from_str::<PrimitiveResult<i32>>(r#"{"value":"two"}"#).is_err());
}

#[test]
fn date_time_offset_keeps_its_text() {
    let text = "2016-12-31T23:58:36.6670033-08:00";
    let d: DateTimeOffset = serde_json::from_value(json!(text)).unwrap();
    assert_eq!(serde_json::to_value(&d).unwrap(), json!(text));
    assert_eq!(d.to_chrono().unwrap().offset().local_minus_utc(), -8 * 3600);
    // any text is kept; only the conversions refuse it
    let odd: DateTimeOffset = serde_json::from_value(json!("DateTimeOffset")).unwrap();
    assert!(!odd.is_valid() && odd.to_chrono().is_err() && odd.checked().is_err());
    assert!(is_date_time_offset("2021-07-20T10:00:00") && !is_date_time_offset("2021-07-20"));
}

#[test]
fn scalar_checks() {
    assert!(is_date("2021-07-20") && !is_date("2021-7-20"));
    assert!(is_time_of_day("08:30:00.0000000") && !is_time_of_day("8h"));
    assert!(is_duration("P1DT2H30M") && is_duration("-PT0.5S") && is_duration("P2W"));
    assert!(
        !is_duration("P") && !is_duration("PT") && !is_duration("P1H") && !is_duration("PT1.5M")
    );
    assert!(is_guid("cfef360e-360e-cfef-0e36-efcf0e36efcf") && !is_guid("cfef360e"));
    assert!(is_binary("aGVsbG8=") && !is_binary("not base64!"));
}

#[test]
fn json_eq_compares_numbers_by_value() {
    assert!(json_eq(&json!({"a": 1}), &json!({"a": 1.0})));
    assert!(!json_eq(&json!(1), &json!(1.5)));
    assert!(json_eq(
        &json!(9007199254740993_u64),
        &json!(9007199254740993_u64)
    ));
    assert!(!json_eq(
        &json!(9007199254740993_u64),
        &json!(9007199254740992.0)
    ));
    assert!(!json_eq(&json!([1, 2]), &json!([1])));
}

#[test]
fn path_segments_cannot_escape() {
    assert_eq!(
        encode_path_segment("id", "a/b?c#d%").unwrap(),
        "a%2Fb%3Fc%23d%25"
    );
    assert_eq!(encode_path_segment("id", "a..b").unwrap(), "a..b");
    assert!(encode_path_segment("id", "..").is_err());
    assert!(encode_path_segment("id", "").is_err());
}

#[test]
fn function_strings_cannot_end_the_literal_or_the_call() {
    // a quote doubled then encoded: `'` can only come back as `''`, inside the literal
    assert_eq!(encode_function_string("it's"), "it%27%27s");
    assert_eq!(encode_function_string("a')/x?y"), "a%27%27%29%2Fx%3Fy");
    assert_eq!(encode_function_string(""), "");
    assert_eq!(encode_function_string(".."), "..");
}

#[test]
fn collections_keep_next_link_and_annotations() {
    let json = r#"{"@odata.context":"x","value":[1,2],"@odata.nextLink":"n"}"#;
    let c = round_trip::<Collection<i32>>(json).unwrap();
    assert_eq!(c.value, [1, 2]);
    assert_eq!(c.next_link, Property::Value("n".to_string()));
    assert!(round_trip::<Collection<i32>>(r#"{"a": 1}"#).is_err());
}

#[test]
fn query_options_and_headers_are_replaced_when_set_again() {
    let mut q = Query::default();
    assert!(q.is_empty());
    q.set_list("$select", ["id", "displayName"]);
    q.set("$top", "5");
    q.set("$TOP", "10");
    q.set("$filter", "a eq 'x&y=#z'");
    assert_eq!(q.get("$select"), Some("id,displayName"));
    assert_eq!(q.get("$top"), Some("10"));
    let mut url = "https://x/me".to_string();
    q.append_to(&mut url);
    assert_eq!(
        url,
        "https://x/me?$select=id,displayName&$top=10&$filter=a%20eq%20'x%26y%3D%23z'"
    );
    let mut h = Headers::default();
    h.set("Prefer", "return=minimal");
    h.set("prefer", "return=representation");
    h.set("If-Match", "W/\"1\"");
    assert_eq!(h.get("PREFER"), Some("return=representation"));
    // set again in another case: replaced, the first spelling kept
    let mut two = Headers::default();
    two.set("Prefer", "return=representation");
    two.set("If-Match", "W/\"1\"");
    assert_eq!(h, two);
}

#[test]
fn doubles_keep_the_special_strings() {
    for json in ["1.5", "2", "-0.25", "\"NaN\"", "\"INF\"", "\"-INF\""] {
        round_trip::<Double>(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    }
    let nan: Double = serde_json::from_str("\"NaN\"").unwrap();
    assert!(nan.value().is_nan());
    let inf: Double = serde_json::from_str("\"-INF\"").unwrap();
    assert_eq!(inf.value(), f64::NEG_INFINITY);
    assert_eq!(
        serde_json::to_string(&Double(f64::INFINITY)).unwrap(),
        "\"INF\""
    );
    // other spellings are not OData's
    for json in ["\"Infinity\"", "\"nan\"", "\"1.5\"", "true"] {
        assert!(round_trip::<Double>(json).is_err(), "{json}");
    }
    assert!(is_special_double("INF") && !is_special_double("Infinity"));
}

#[test]
fn decimals_keep_every_digit() {
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct S {
        a: Decimal,
        b: Decimal,
        c: Property<Decimal>,
    }
    // more digits than an f64 holds, an exponent, and the string form of IEEE754Compatible
    let text = r#"{"a":12345678901234567890.123456789,"b":1E-7,"c":"-0.10"}"#;
    let s: S = serde_json::from_str(text).unwrap();
    assert_eq!(s.a.as_str(), "12345678901234567890.123456789");
    assert!(!s.a.is_quoted());
    assert_eq!(s.c.value().map(Decimal::is_quoted), Some(true));
    assert_eq!(s.b.to_f64(), 1e-7);
    assert_eq!(serde_json::to_string(&s).unwrap(), text);
    // through serde_json::Value too
    let v: S = serde_json::from_value(json!({"a": 1.5, "b": 2, "c": null})).unwrap();
    assert_eq!(v.a.as_str(), "1.5");
    assert!(v.c.is_null());
    for bad in [r#"{"a":"12x","b":1}"#, r#"{"a":true,"b":1}"#] {
        assert!(serde_json::from_str::<S>(bad).is_err(), "{bad}");
    }
    assert!(Decimal::new("1.").is_err());
    assert!(Decimal::new("-0.5e+3").is_ok());
    for good in ["0", "-1", "3.14", "1E3", "2e-5", "10.0E+2"] {
        assert!(is_decimal(good), "{good}");
    }
    for bad in ["", "-", ".5", "1.", "1e", "+1", "1,5", "NaN", " 1"] {
        assert!(!is_decimal(bad), "{bad}");
    }
}

/// The `time` flavour of the `dates` module, as a generated crate with `dates = "time"` has it.
mod time_flavour {
    use super::*;
    include!("time.rs");
    pub use self::dates::{is_date, is_date_time_offset, is_time_of_day};
}

#[test]
fn chrono_and_time_flavours_check_the_same_texts_alike() {
    let date_times = [
        "2016-12-31T23:58:36.6670033-08:00",
        "2021-07-20T10:00:00Z",
        "2021-07-20T10:00:00.1Z",
        "2021-07-20T10:00:00.123456789+05:30",
        "2021-07-20T10:00:00",
        "2021-07-20T10:00:00.1234567",
        "2021-07-20",
        "2021-13-20T10:00:00Z",
        "2021-07-20T25:00:00Z",
        "yesterday",
        "",
        "2021-07-20 10:00:00Z",
    ];
    for t in date_times {
        assert_eq!(
            is_date_time_offset(t),
            time_flavour::is_date_time_offset(t),
            "DateTimeOffset {t:?}"
        );
    }
    for t in [
        "2021-07-20",
        "2021-02-30",
        "21-07-20",
        "2021-7-20",
        "2021-07-20T00:00:00Z",
    ] {
        assert_eq!(is_date(t), time_flavour::is_date(t), "Date {t:?}");
    }
    for t in [
        "08:30:00",
        "08:30:00.1234567",
        "8:30:00",
        "08:3:00",
        "08:30:0",
        "24:00:00",
        "08:30",
        "08:60:00",
    ] {
        assert_eq!(
            is_time_of_day(t),
            time_flavour::is_time_of_day(t),
            "TimeOfDay {t:?}"
        );
    }
    let instant = DateTimeOffset::new("2016-12-31T23:58:36.6670033-08:00")
        .unwrap()
        .to_time()
        .unwrap();
    assert_eq!(instant.offset().whole_seconds(), -8 * 3600);
    assert_eq!(instant.nanosecond(), 667_003_300);
    let utc = DateTimeOffset::new("2021-07-20T10:00:00.5")
        .unwrap()
        .to_time()
        .unwrap();
    assert!(utc.offset().is_utc());
    assert_eq!(
        Date::new("2021-07-20").unwrap().to_time().unwrap().day(),
        20
    );
    assert_eq!(
        TimeOfDay::new("08:30:00")
            .unwrap()
            .to_time()
            .unwrap()
            .hour(),
        8
    );
}

#[test]
fn object_heads_are_read_without_building_the_object() {
    let head = object_head(
        r##"{"id": {"a": [1]}, "value": [], "@odata.type": "#x.y", "@odata.type": 3}"##,
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        head,
        ObjectHead {
            odata_type: Some("#x.y".into()),
            members: 4,
            value_member: true
        }
    );
    assert_eq!(object_head("{}").unwrap().unwrap().members, 0);
    assert_eq!(
        object_head(r#"{"@odata.type": null}"#)
            .unwrap()
            .unwrap()
            .odata_type,
        None
    );
    assert_eq!(object_head("[1, {}]").unwrap(), None);
    assert_eq!(object_head("\"s\"").unwrap(), None);
    assert!(object_head("{\"a\": }").is_err());
    assert!(object_head("{} {}").is_err());
}
