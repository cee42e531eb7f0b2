//! The published schema of the ledger: `docs/ledger.schema.json` (JSON
//! Schema of a JSON Lines row) and the Spark DDL in the README are the
//! ones `ledger::json_schema` and `ledger::spark_ddl` build from
//! `ledger::SCHEMA`, and real JSONL rows (claims with and without pages,
//! a stream's error rows) validate against the schema while rows that
//! break it do not. `CLAIMSCAN_BLESS=1 cargo test --test schema` rewrites
//! the schema file.

use serde_json::Value;

use claimscan::error::InputError;
use claimscan::extract;
use claimscan::ledger::{self, Pages};

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ledger.schema.json");
const README: &str = include_str!("../README.md");

#[test]
fn the_published_schema_file_is_the_built_one() {
    let built = format!(
        "{}\n",
        serde_json::to_string_pretty(&ledger::json_schema()).unwrap_or_default()
    );
    if std::env::var_os("CLAIMSCAN_BLESS").is_some() {
        assert!(std::fs::write(SCHEMA_FILE, &built).is_ok());
    }
    let published = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    assert!(
        published == built,
        "docs/ledger.schema.json differs from ledger::json_schema(); \
         run CLAIMSCAN_BLESS=1 cargo test --test schema"
    );
}

#[test]
fn the_readme_shows_the_built_ddl() {
    for (page, error) in [(false, false), (true, true)] {
        let ddl = ledger::spark_ddl(page, error);
        assert!(README.contains(&ddl), "README lacks the DDL {ddl}");
    }
    assert!(
        ledger::spark_ddl(false, false).starts_with(
            "`claim_id` STRING, `file` STRING, `line` BIGINT, `sentence_index` BIGINT"
        )
    );
    assert!(
        ledger::spark_ddl(false, false)
            .contains("`value` DECIMAL(38,6), `value_max` DECIMAL(38,6)")
    );
    assert!(
        ledger::spark_ddl(true, true).ends_with("`page` BIGINT, `error` STRING, `record` BIGINT")
    );
}

/// A small validator for the part of JSON Schema the ledger's uses:
/// `type` (one or a list), `minimum`, `properties`, `required`,
/// `additionalProperties: false`, `oneOf` and local `$ref`s.
fn validate(root: &Value, schema: &Value, value: &Value) -> Result<(), String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        return validate(root, &root["$defs"][name], value);
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let fits = options
            .iter()
            .filter(|s| validate(root, s, value).is_ok())
            .count();
        return if fits == 1 {
            Ok(())
        } else {
            Err(format!("{value} fits {fits} of the oneOf options"))
        };
    }
    if let Some(ty) = schema.get("type") {
        let types: Vec<&str> = match ty {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let fits = types.iter().any(|t| match *t {
            "string" => value.is_string(),
            "integer" => value.is_u64() || value.is_i64(),
            "number" => value.is_number(),
            "null" => value.is_null(),
            "object" => value.is_object(),
            _ => false,
        });
        if !fits {
            return Err(format!("{value} is not of type {ty}"));
        }
    }
    if let (Some(min), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < min
    {
        return Err(format!("{value} is below {min}"));
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(key) {
                return Err(format!("{key} is missing from {value}"));
            }
        }
        for (key, item) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(s) => validate(root, s, item).map_err(|e| format!("{key}: {e}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{key} is not a column"));
                }
                None => {}
            }
        }
    }
    Ok(())
}

fn rows(jsonl: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(jsonl)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn jsonl_rows_validate_and_broken_rows_do_not() {
    let schema = ledger::json_schema();
    let text = "Output rose 5.2% to 3 billion yuan, between 3 and 5 tonnes.\n\
                全市地区生产总值增长5.2%，新建学校12所。\n\u{c}Page two: 1,234,567,890,123.456789 dollars.";
    let extraction = extract::extract(text);
    assert!(extraction.claims.len() >= 5, "{:?}", extraction.claims);
    let plain = rows(&ledger::render_jsonl("a.txt", text, &extraction));
    let paged = rows(&ledger::render_jsonl_with(
        "a.pdf",
        text,
        &extraction,
        &Pages::of(text, true, true),
    ));
    let mut error = Vec::new();
    for e in [
        InputError::Record {
            stream: "stdin".into(),
            line: 3,
            file: Some("b.txt".into()),
            problem: "the record has no \"text\" string".into(),
        },
        InputError::Record {
            stream: "stdin".into(),
            line: 4,
            file: None,
            problem: "not UTF-8".into(),
        },
        InputError::Internal {
            path: "c.txt".into(),
            message: "boom".into(),
        },
    ] {
        assert!(ledger::write_error_row(&mut error, &e).is_ok());
    }
    let errors = rows(&error);
    assert_eq!(
        errors[2],
        serde_json::json!({"file": "c.txt", "error": "internal error while extracting (boom); skipped, please report", "record": null})
    );
    assert!(plain.iter().any(|r| r["value_max"].is_number()));
    assert!(paged.iter().any(|r| r["page"] == 2));
    for row in plain.iter().chain(&paged).chain(&errors) {
        if let Err(e) = validate(&schema, &schema, row) {
            panic!("{e}\nrow: {row}");
        }
    }
    // Rows that break the schema are caught: a value as a string, a
    // missing column, an unknown key, a negative offset, an error row
    // with a claim's key.
    let broken = |edit: &dyn Fn(&mut serde_json::Map<String, Value>), base: &Value| {
        let mut row = base.clone();
        if let Some(object) = row.as_object_mut() {
            edit(object);
        }
        row
    };
    let claim = &plain[0];
    let bad = [
        broken(
            &|o| drop(o.insert("value".into(), Value::String("5.2".into()))),
            claim,
        ),
        broken(&|o| drop(o.remove("norm_unit")), claim),
        broken(&|o| drop(o.insert("extra".into(), Value::Null)), claim),
        broken(
            &|o| drop(o.insert("start".into(), serde_json::json!(-1))),
            claim,
        ),
        broken(&|o| drop(o.insert("kind".into(), Value::Null)), claim),
        broken(
            &|o| drop(o.insert("kind".into(), "count".into())),
            &errors[0],
        ),
    ];
    for row in bad {
        assert!(validate(&schema, &schema, &row).is_err(), "accepted {row}");
    }
}
