//! The layering of `src/extract/`: each module imports only from the
//! modules named before it in the numbered list of `src/extract/mod.rs`'s
//! doc comment, and from nothing outside the pipeline. A lower stage that
//! imports a higher one (the old `claim` <-> `context` cycle) fails here.

use std::fs;
use std::path::{Path, PathBuf};

/// The stage modules in layer order, read from the numbered list in the
/// doc comment of `src/extract/mod.rs` (the backticked names before the
/// first colon of each item).
fn layer_order(mod_rs: &str) -> Vec<String> {
    let mut order = Vec::new();
    for line in mod_rs.lines().take_while(|l| l.starts_with("//!")) {
        let item = line.trim_start_matches("//!").trim_start();
        let Some((number, rest)) = item.split_once(". ") else {
            continue;
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let head = rest.split(':').next().unwrap_or("");
        order.extend(head.split('`').skip(1).step_by(2).map(str::to_string));
    }
    order
}

/// The module path of a file under `src/extract/` (`lang/zh/context.rs`
/// is `["lang", "zh", "context"]`, `lang/mod.rs` is `["lang"]`).
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without its test module (rustfmt puts the module's
/// closing brace alone at column 0) and without `//` comments.
fn code_of(source: &str) -> String {
    let mut out = String::new();
    let mut in_tests = false;
    for line in source.lines() {
        if line.trim() == "#[cfg(test)]" {
            in_tests = true;
        }
        if in_tests {
            if line == "}" {
                in_tests = false;
            }
            continue;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The identifier at `at` and the offset after it.
fn ident_at(code: &str, at: usize) -> (&str, usize) {
    let end = code[at..]
        .bytes()
        .position(|b| !is_ident(b))
        .map_or(code.len(), |n| at + n);
    (&code[at..end], end)
}

/// The first names of the items of a brace group starting at `at` (just
/// after `{`): `{self, Claim, units::Kind}` gives `self`, `Claim`, `units`.
fn brace_items(code: &str, at: usize) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut expect_item = true;
    let bytes = code.as_bytes();
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' if depth == 0 => break,
            b'}' => depth -= 1,
            b',' if depth == 0 => expect_item = true,
            b if is_ident(b) && expect_item && depth == 0 => {
                let (name, end) = ident_at(code, i);
                items.push(name);
                expect_item = false;
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    items
}

/// Every import of `code` (the file of module `path`) that breaks the
/// layering `order`, as messages.
fn violations(path: &[String], code: &str, order: &[String]) -> Vec<String> {
    let rank = |name: &str| order.iter().position(|m| m == name);
    let Some(own) = path.first().and_then(|m| rank(m)) else {
        return vec![format!(
            "module {} is not in the layer list of src/extract/mod.rs",
            path.join("::")
        )];
    };
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let starts = (code[i..].starts_with("super::") || code[i..].starts_with("crate::"))
            && (i == 0 || !(is_ident(bytes[i - 1]) || bytes[i - 1] == b':'));
        if !starts {
            i += 1;
            continue;
        }
        // Resolve the leading `crate::extract` or `super::super::...`.
        let mut base: Vec<&str> = path.iter().map(String::as_str).collect();
        let mut at = i;
        if code[at..].starts_with("crate::") {
            let (second, end) = ident_at(code, at + "crate::".len());
            if second != "extract" {
                found.push(format!("imports crate::{second}, outside the pipeline"));
                i = end;
                continue;
            }
            base.clear();
            at = end + "::".len();
        } else {
            while code[at..].starts_with("super::") {
                base.pop();
                at += "super::".len();
            }
        }
        i = at;
        if !base.is_empty() {
            // Inside its own module (`super::tables` from `lang::zh::reader`).
            continue;
        }
        let names = if code[at..].starts_with('{') {
            brace_items(code, at + 1)
        } else if code[at..].starts_with('*') {
            vec!["*"]
        } else {
            vec![ident_at(code, at).0]
        };
        for name in names {
            match rank(name) {
                Some(r) if r <= own => {}
                Some(_) => found.push(format!(
                    "{} imports {name}, a higher layer",
                    path.join("::")
                )),
                None => found.push(format!(
                    "{} imports {name} through the root of extract, not from its module",
                    path.join("::")
                )),
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_stage_of_extract_imports_a_higher_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
    let mod_rs = fs::read_to_string(root.join("mod.rs")).unwrap();
    let order = layer_order(&mod_rs);
    // The list names every module the root declares, once.
    let mut declared: Vec<String> = mod_rs
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';').to_string())
        .collect();
    declared.sort();
    let mut listed = order.clone();
    listed.sort();
    assert_eq!(listed, declared, "the layer list of extract/mod.rs");

    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() > order.len());
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&root).unwrap();
        let path = module_path(relative);
        if path.is_empty() {
            continue; // extract/mod.rs, the top
        }
        let source = fs::read_to_string(file).unwrap();
        found.extend(violations(&path, &code_of(&source), &order));
    }
    assert!(found.is_empty(), "layering broken:\n{}", found.join("\n"));
}

#[test]
fn the_checker_finds_upward_and_root_imports() {
    let order: Vec<String> = ["span", "model", "context", "claim"]
        .map(String::from)
        .to_vec();
    let path = |p: &str| p.split("::").map(String::from).collect::<Vec<_>>();
    // The old cycle: context took its types from claim.
    let code = code_of("use super::claim::{Qualifier, Trend};\nuse super::span::Span;\n");
    assert_eq!(
        violations(&path("context"), &code, &order),
        ["context imports claim, a higher layer"]
    );
    // A brace group through the root, and a glob.
    let code = code_of("use crate::extract::{model::Claim, Span};\nuse super::*;\n");
    assert_eq!(
        violations(&path("claim"), &code, &order),
        [
            "claim imports Span through the root of extract, not from its module",
            "claim imports * through the root of extract, not from its module"
        ]
    );
    // Nested modules resolve inside their own module; tests and comments
    // are not imports.
    let code = code_of(
        "use super::tables::X; // super::claim\n#[cfg(test)]\nmod tests {\n    use crate::extract::claim;\n}\n",
    );
    assert!(violations(&path("model::x::y"), &code, &order).is_empty());
    assert_eq!(
        violations(&path("span"), "crate::error::Error", &order),
        ["imports crate::error, outside the pipeline"]
    );
    assert_eq!(
        violations(&path("nothing"), "", &order),
        ["module nothing is not in the layer list of src/extract/mod.rs"]
    );
    let doc = "//! 1. `span`: spans.\n//! 2. `a`, `b`: x `c`.\n//!    `d`\n//! 3. this module\n";
    assert_eq!(layer_order(doc), ["span", "a", "b"]);
}
