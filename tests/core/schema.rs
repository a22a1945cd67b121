//! `data/schema.json` describes exactly what the validator accepts: the
//! same fields per object, the same enumerations.

use netzwerk_matrix::core::model::Role;
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(include_str!("../../data/schema.json")).expect("schema is JSON")
}

fn dataset() -> Value {
    serde_json::from_str(netzwerk_matrix::core::BUILT_IN_DATASET).unwrap()
}

/// The property names a schema definition allows.
fn allowed(schema: &Value, def: &str) -> Vec<String> {
    let obj = if def.is_empty() {
        schema
    } else {
        &schema["$defs"][def]
    };
    assert_eq!(
        obj["additionalProperties"],
        Value::Bool(false),
        "{def} must be closed"
    );
    obj["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn every_field_of_the_dataset_is_in_the_schema() {
    let (s, d) = (schema(), dataset());
    let check = |def: &str, items: &Value| {
        let allowed = allowed(&s, def);
        for item in items.as_array().unwrap() {
            for key in item.as_object().unwrap().keys() {
                assert!(allowed.contains(key), "{def}.{key} is not in the schema");
            }
        }
    };
    check("network", &d["networks"]);
    check("member", &d["members"]);
    check("membership", &d["memberships"]);
    check("hosting", &d["hosts"]);
    check("source", &d["sources"]);
    let evidence: Vec<Value> = d["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .chain(d["hosts"].as_array().unwrap())
        .flat_map(|m| m["evidence"].as_array().unwrap().clone())
        .collect();
    check("evidence", &Value::Array(evidence));
    for key in d.as_object().unwrap().keys() {
        assert!(allowed(&s, "").contains(key), "{key} is not in the schema");
    }
    assert_eq!(d["$schema"], "./schema.json");
}

#[test]
fn the_validator_rejects_a_field_the_schema_does_not_know() {
    // The schema is closed, and so is the validator.
    let mut d = dataset();
    d["members"][0]["population"] = 300_000.into();
    assert!(netzwerk_matrix::core::parse(&d.to_string()).is_err());
}

#[test]
fn enumerations_match_the_model() {
    let s = schema();
    let roles: Vec<String> = s["$defs"]["membership"]["properties"]["role"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let model: Vec<String> = Role::ALL.iter().map(|r| r.key().to_string()).collect();
    assert_eq!(roles, model);
    for (def, field, variants) in [
        (
            "network",
            "kind",
            vec![
                "congress",
                "forum",
                "network",
                "foundation",
                "state_programme",
            ],
        ),
        ("member", "kind", vec!["city", "district", "organisation"]),
    ] {
        let e: Vec<&str> = s["$defs"][def]["properties"][field]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(e, variants);
        // Each listed value is one serde accepts.
        for v in variants {
            let json = format!("\"{v}\"");
            let ok = if def == "network" {
                serde_json::from_str::<netzwerk_matrix::core::model::NetworkKind>(&json).is_ok()
            } else {
                serde_json::from_str::<netzwerk_matrix::core::model::MemberKind>(&json).is_ok()
            };
            assert!(ok, "{def}.{field} = {v}");
        }
    }
}

/// The keys the model gives its enums (the widget's reader and the editor
/// use them) are the words serde writes and reads, and the schema lists.
#[test]
fn enum_keys_are_the_words_of_the_file() {
    use netzwerk_matrix::core::model::{MemberKind, NetworkKind, QuoteKind};
    fn check<
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + Copy,
    >(
        all: &[T],
        key: fn(T) -> &'static str,
        from_key: fn(&str) -> Option<T>,
    ) {
        for &v in all {
            let json = format!("\"{}\"", key(v));
            assert_eq!(serde_json::to_string(&v).unwrap(), json);
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
            assert_eq!(from_key(key(v)), Some(v));
        }
        assert_eq!(from_key("unknown"), None);
    }
    check(&Role::ALL, Role::key, Role::from_key);
    check(&NetworkKind::ALL, NetworkKind::key, NetworkKind::from_key);
    check(&MemberKind::ALL, MemberKind::key, MemberKind::from_key);
    check(&QuoteKind::ALL, QuoteKind::key, QuoteKind::from_key);
    let s = schema();
    for (def, keys) in [
        ("network", NetworkKind::ALL.map(NetworkKind::key).to_vec()),
        ("member", MemberKind::ALL.map(MemberKind::key).to_vec()),
    ] {
        let listed: Vec<&str> = s["$defs"][def]["properties"]["kind"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(listed, keys, "{def}.kind");
    }
}
