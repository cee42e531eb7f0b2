//! The layering of `src/extract/`: each module imports only from the
//! modules named before it in the numbered list of `src/extract/mod.rs`'s
//! doc comment, and from nothing outside the pipeline. A lower stage that
//! imports a higher one (the old `claim` <-> `context` cycle) fails here.
//! The language packs `lang::zh` and `lang::en` keep a list of their own
//! modules in their `mod.rs` and are held to it the same way (the old
//! `reader` <-> `rules` and `numeral` <-> `context` cycles of `lang::zh`).

use std::fs;
use std::path::{Path, PathBuf};

/// The stage modules in layer order, read from the numbered list in the
/// doc comment of `src/extract/mod.rs` (the backticked names before the
/// first colon of each item; a long list of names may wrap onto the
/// item's next lines, up to that colon).
fn layer_order(mod_rs: &str) -> Vec<String> {
    let mut order = Vec::new();
    // The names of the item being read, while its colon is still to come.
    let mut open_item = false;
    for line in mod_rs.lines().take_while(|l| l.starts_with("//!")) {
        let item = line.trim_start_matches("//!").trim_start();
        let numbered = item
            .split_once(". ")
            .filter(|(number, _)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
        let head = match numbered {
            Some((_, rest)) => rest,
            None if open_item && !item.is_empty() => item,
            None => {
                open_item = false;
                continue;
            }
        };
        open_item = !head.contains(':');
        let head = head.split(':').next().unwrap_or("");
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

/// The name of the module `within` in messages (`extract`, `lang::zh`).
fn root_name(within: &[String]) -> String {
    if within.is_empty() {
        "extract".to_string()
    } else {
        within.join("::")
    }
}

/// The file holding the layer list of `within`.
fn list_of(within: &[String]) -> String {
    let dir: Vec<&str> = within.iter().map(String::as_str).collect();
    format!("src/extract/{}", [&dir[..], &["mod.rs"]].concat().join("/"))
}

/// Every import of `code` (the file of module `path`) that breaks the
/// layering `order` of the modules of `within` (`[]` for `src/extract`
/// itself, `["lang", "zh"]` for the Chinese pack), as messages. Only the
/// imports that name a module of `within` are checked here.
fn violations(within: &[String], path: &[String], code: &str, order: &[String]) -> Vec<String> {
    let rank = |name: &str| order.iter().position(|m| m == name);
    let Some(own) = path.get(within.len()).and_then(|m| rank(m)) else {
        return vec![format!(
            "module {} is not in the layer list of {}",
            path.join("::"),
            list_of(within)
        )];
    };
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let starts = (bytes[i..].starts_with(b"super::") || bytes[i..].starts_with(b"crate::"))
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
                if within.is_empty() {
                    found.push(format!("imports crate::{second}, outside the pipeline"));
                }
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
        // Down the path to `within` (`crate::extract::lang::zh::numeral`).
        while base.len() < within.len() && base[..] == within[..base.len()] {
            let (next, end) = ident_at(code, at);
            if next != within[base.len()] || !code[end..].starts_with("::") {
                break;
            }
            base.push(&within[base.len()]);
            at = end + "::".len();
        }
        i = at;
        if base[..] != within[..] {
            // Not a module of `within` (`super::tables` from
            // `lang::zh::reader` is one of `lang::zh`, not of `extract`).
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
                    "{} imports {name} through the root of {}, not from its module",
                    path.join("::"),
                    root_name(within)
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

/// The modules with a layer list: `src/extract`, the language packs and
/// the non-claim rules (English and Chinese).
const LAYERED: &[&[&str]] = &[
    &[],
    &["lang", "zh"],
    &["lang", "en"],
    &["nonclaim"],
    &["lang", "zh", "rules"],
];

/// The rule modules that a `registry.rs` lists (`year::RULE,`), in order.
fn registered_rules(registry: &str) -> Vec<String> {
    registry
        .lines()
        .filter_map(|l| l.trim().strip_suffix("::RULE,"))
        .map(str::to_string)
        .collect()
}

/// A layer list with its `rules` item replaced by the modules its
/// `registry.rs` lists: the rules form one layer, and adding one is its
/// file, its `mod` line and its registry line, not a fourth edit here.
fn with_registered_rules(order: Vec<String>, registry: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in order {
        if name == "rules" && !registry.is_empty() {
            out.extend(registered_rules(registry));
        } else {
            out.push(name);
        }
    }
    out
}

/// The module a line of a `mod.rs` declares (`pub mod token;`, `mod
/// year;`), if it declares one from a file.
fn declared_module(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("pub ")
        .or_else(|| line.strip_prefix("pub(crate) "))
        .unwrap_or(line);
    let name = rest.strip_prefix("mod ")?.strip_suffix(';')?;
    Some(name.to_string())
}

#[test]
fn no_stage_of_extract_imports_a_higher_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut found = Vec::new();
    for within in LAYERED {
        let within: Vec<String> = within.iter().map(|m| m.to_string()).collect();
        let dir = root.join(within.join("/"));
        let mod_rs = fs::read_to_string(dir.join("mod.rs")).unwrap();
        let registry = fs::read_to_string(dir.join("registry.rs")).unwrap_or_default();
        let order = with_registered_rules(layer_order(&mod_rs), &registry);
        // The list names every module the module declares, once.
        let mut declared: Vec<String> = mod_rs.lines().filter_map(declared_module).collect();
        declared.sort();
        let mut listed = order.clone();
        listed.sort();
        assert!(!listed.is_empty(), "no layer list in {}", list_of(&within));
        assert_eq!(listed, declared, "the layer list of {}", list_of(&within));
        let inside: Vec<&PathBuf> = files.iter().filter(|f| f.starts_with(&dir)).collect();
        assert!(inside.len() > order.len());
        for file in inside {
            let path = module_path(file.strip_prefix(&root).unwrap());
            if path.len() <= within.len() {
                continue; // the module's own mod.rs, the top
            }
            let source = fs::read_to_string(file).unwrap();
            found.extend(violations(&within, &path, &code_of(&source), &order));
        }
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
        violations(&[], &path("context"), &code, &order),
        ["context imports claim, a higher layer"]
    );
    // A brace group through the root, and a glob.
    let code = code_of("use crate::extract::{model::Claim, Span};\nuse super::*;\n");
    assert_eq!(
        violations(&[], &path("claim"), &code, &order),
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
    assert!(violations(&[], &path("model::x::y"), &code, &order).is_empty());
    assert_eq!(
        violations(&[], &path("span"), "crate::error::Error", &order),
        ["imports crate::error, outside the pipeline"]
    );
    assert_eq!(
        violations(&[], &path("nothing"), "", &order),
        ["module nothing is not in the layer list of src/extract/mod.rs"]
    );
    // Inside a language pack: its own list, reached by `super::` or from
    // the crate root; imports of the pipeline's stages are not its business.
    let zh = path("lang::zh");
    let order: Vec<String> = ["tables", "context", "numeral", "reader"]
        .map(String::from)
        .to_vec();
    let code = code_of(
        "use super::numeral::Passage;\nuse super::tables::is_han;\nuse crate::extract::lang::zh::{reader, tables};\nuse crate::extract::model::Trend;\nuse crate::error::Error;\n",
    );
    assert_eq!(
        violations(&zh, &path("lang::zh::context"), &code, &order),
        [
            "lang::zh::context imports numeral, a higher layer",
            "lang::zh::context imports reader, a higher layer"
        ]
    );
    assert!(violations(&zh, &path("lang::zh::reader"), &code, &order).is_empty());
    assert_eq!(
        violations(&zh, &path("lang::zh::link"), "", &order),
        ["module lang::zh::link is not in the layer list of src/extract/lang/zh/mod.rs"]
    );
    let doc = "//! 1. `span`: spans.\n//! 2. `a`, `b`: x `c`.\n//!    `d`\n//! 3. this module\n";
    assert_eq!(layer_order(doc), ["span", "a", "b"]);
    // A list of names wrapped onto the next lines, up to its colon.
    let doc = "//! 1. `a`, `b`,\n//!    `c`: x `d`\n//!    `e`.\n//!\n//! `f`\n//! 2. `g`\n";
    assert_eq!(layer_order(doc), ["a", "b", "c", "g"]);
    assert_eq!(declared_module("pub mod token;"), Some("token".to_string()));
    assert_eq!(declared_module("mod year;"), Some("year".to_string()));
    assert_eq!(declared_module("mod tests {"), None);
    let order = ["rule", "rules", "registry"].map(String::from).to_vec();
    assert_eq!(
        with_registered_rules(order, "&[\n    year::RULE,\n    date::RULE,\n];"),
        ["rule", "year", "date", "registry"]
    );
}

/// The longest a function may be, from its `fn` line to its closing
/// brace (issue 11: a function longer than a screen hides its structure).
const MAX_FUNCTION_LINES: usize = 80;

/// Functions over the limit that another change is rewriting. Each must
/// still be over it: remove it from here once it is not.
const BEING_REWRITTEN: &[(&str, &str)] = &[];

/// The words that may stand before `fn` in a function's first line.
const FN_QUALIFIERS: &[&str] = &["pub", "const", "async", "unsafe", "extern", "default"];

/// The name of the function that `line` starts (`pub(super) const fn
/// name<T>(`), or `None` when no function starts there. A comment or doc
/// line never starts one.
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("fn ") {
            let end = after.find(|c: char| !is_ident(c as u8) || !c.is_ascii());
            let name = &after[..end.unwrap_or(after.len())];
            return (!name.is_empty()).then_some(name);
        }
        let (word, after) = rest.split_once(' ')?;
        let qualifier = FN_QUALIFIERS.contains(&word)
            || (word.starts_with("pub(") && word.ends_with(')'))
            || (word.starts_with('"') && word.ends_with('"'));
        if !qualifier {
            return None;
        }
        rest = after;
    }
}

/// The functions of `source` longer than `limit` lines, counted from the
/// `fn` line to the closing brace, as (name, line of `fn`, length).
///
/// Read the way rustfmt lays code out, not by counting braces (a brace
/// in a string or a comment counts for nothing): the signature ends at the
/// first line from the `fn` line that ends in `{`, `;` (a declaration
/// without a body) or `}` (a body on the same line, `fn f() {}`); a body
/// ends at the first later line that is exactly the `fn` line's indent
/// and `}`. A nested function or a method is measured on its own, and
/// counts in the function around it too. A `fn` line with no such end (in
/// a string) is none.
fn long_functions(source: &str, limit: usize) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else {
            continue;
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        let ends_signature = |l: &&str| {
            let code = l.trim_end();
            let code = if code.ends_with(['{', ';', '}']) {
                code
            } else {
                code.split("//").next().unwrap_or("").trim_end()
            };
            code.ends_with(['{', ';', '}'])
        };
        let Some(signature) = lines[i..].iter().position(ends_signature).map(|n| i + n) else {
            continue;
        };
        if !lines[signature].trim_end().ends_with('{') {
            continue;
        }
        let closing = format!("{indent}}}");
        let Some(end) = lines[signature + 1..]
            .iter()
            .position(|l| l.trim_end() == closing)
            .map(|n| signature + 1 + n)
        else {
            continue;
        };
        let length = end - i + 1;
        if length > limit {
            found.push((name.to_string(), i + 1, length));
        }
    }
    found
}

#[test]
fn no_function_in_src_is_over_80_lines() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&manifest.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "src/ has {} Rust files", files.len());
    let mut too_long = Vec::new();
    let mut still_long = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(manifest).unwrap().to_string_lossy();
        let relative = relative.replace('\\', "/");
        let source = fs::read_to_string(file).unwrap();
        for (name, line, length) in long_functions(&source, MAX_FUNCTION_LINES) {
            if BEING_REWRITTEN.contains(&(relative.as_str(), name.as_str())) {
                still_long.push((relative.clone(), name));
            } else {
                too_long.push(format!("{relative}:{line} {name} is {length} lines"));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines (split them along their structure):\n{}",
        too_long.join("\n")
    );
    for &(file, name) in BEING_REWRITTEN {
        assert!(
            still_long.iter().any(|(f, n)| f == file && n == name),
            "{file} {name} is no longer over {MAX_FUNCTION_LINES} lines: remove it from BEING_REWRITTEN"
        );
    }
}

/// A source for the counter: a multi-line signature, a nested function,
/// braces in strings and comments, a trait's declarations and a one-line
/// body, a method, and `fn` in a comment and a string.
const SAMPLE: &str = r#"pub(crate) fn outer<T>(
    t: T,
) -> u32
where
    T: Copy,
{
    fn inner() {
        let x = "{";
        let y = '}';
    }
    // }
    1
}
trait Tr {
    fn declared(&self) -> u32;
    fn empty(&self) {}
}
impl Tr for S {
    pub const fn long(&self) { // {
        let s = "
}
        }";
        let t = 3;
    }
}
// fn commented() {
const S: &str = "fn in_line() {";
const T: &str = "
fn in_string() {
";
"#;

#[test]
fn the_counter_measures_functions_by_their_closing_brace() {
    let found = |limit| long_functions(SAMPLE, limit);
    let named = |name: &str, line, length| (name.to_string(), line, length);
    assert_eq!(
        found(0),
        [
            named("outer", 1, 13),
            named("inner", 7, 4),
            named("long", 19, 6)
        ]
    );
    assert_eq!(found(5), [named("outer", 1, 13), named("long", 19, 6)]);
    assert!(found(13).is_empty());
    assert_eq!(
        fn_name("    pub(super) const fn name<'a>(x: &'a str)"),
        Some("name")
    );
    assert_eq!(fn_name("    let f = |x| x; // fn f"), None);
    assert_eq!(fn_name("/// fn documented() {"), None);
}

#[test]
fn the_counter_catches_a_function_of_81_lines() {
    let function = |body_lines| format!("fn big() {{\n{}}}\n", "    step();\n".repeat(body_lines));
    assert!(long_functions(&function(78), MAX_FUNCTION_LINES).is_empty());
    assert_eq!(
        long_functions(&function(79), MAX_FUNCTION_LINES),
        [("big".to_string(), 1, 81)]
    );
}

/// What is wrong with the registry of non-claim rules: `registry` is the
/// text of `src/extract/nonclaim/registry.rs`, `files` the name and text of
/// every other file of that folder. A rule file is one that defines
/// `pub const RULE: Rule`; each must be listed once in `RULES` (a rule not
/// listed never runs), and each listed rule needs a file with a `//!` doc,
/// a `///` doc on its `RULE`, an id that is its file's name in kebab case,
/// a one-line `what`, an `example` and a unit test.
fn registry_problems(registry: &str, files: &[(String, String)]) -> Vec<String> {
    let listed = registered_rules(registry);
    let listed: Vec<&str> = listed.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    for (i, name) in listed.iter().enumerate() {
        if listed[..i].contains(name) {
            problems.push(format!("{name} is listed twice in RULES"));
        }
        let Some((_, source)) = files.iter().find(|(f, _)| f == name) else {
            problems.push(format!("{name} is listed in RULES but has no file"));
            continue;
        };
        let lines: Vec<&str> = source.lines().collect();
        let Some(at) = lines
            .iter()
            .position(|l| l.starts_with("pub const RULE: Rule"))
        else {
            problems.push(format!("{name}.rs defines no `pub const RULE: Rule`"));
            continue;
        };
        let field = |key: &str| {
            lines[at..]
                .iter()
                .take_while(|l| !l.starts_with("};"))
                .find_map(|l| l.trim().strip_prefix(key))
                .map(|v| v.trim_end_matches(',').trim_matches('"').to_string())
        };
        let kebab = name.replace('_', "-");
        if !source.starts_with("//!") {
            problems.push(format!("{name}.rs has no //! doc"));
        }
        if at == 0 || !lines[at - 1].starts_with("///") {
            problems.push(format!("{name}.rs: RULE has no /// doc"));
        }
        if field("id: ").as_deref() != Some(kebab.as_str()) {
            problems.push(format!("{name}.rs: the id is not {kebab:?}"));
        }
        for key in ["what: ", "example: "] {
            if field(key).is_none_or(|v| v.is_empty()) {
                problems.push(format!(
                    "{name}.rs: RULE has no {}",
                    key.trim_end_matches(": ")
                ));
            }
        }
        if !source.contains("#[test]") {
            problems.push(format!("{name}.rs has no unit test"));
        }
    }
    for (name, source) in files {
        if source.contains("pub const RULE: Rule") && !listed.contains(&name.as_str()) {
            problems.push(format!(
                "{name}.rs is a rule missing from RULES in registry.rs"
            ));
        }
    }
    problems
}

/// The folders of non-claim rules, each with a `registry.rs`, and how many
/// rules each holds at least.
const RULE_FOLDERS: &[(&str, usize)] = &[
    ("src/extract/nonclaim", 19),
    ("src/extract/lang/zh/rules", 13),
];

#[test]
fn every_nonclaim_rule_file_is_registered_and_documented() {
    for &(folder, at_least) in RULE_FOLDERS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let problems = rule_folder_problems(&dir, at_least);
        assert!(problems.is_empty(), "{folder}:\n{}", problems.join("\n"));
    }
}

/// The problems of the rule folder `dir` (see [`registry_problems`]).
fn rule_folder_problems(dir: &Path, at_least: usize) -> Vec<String> {
    let registry = fs::read_to_string(dir.join("registry.rs")).unwrap();
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.extension().is_some_and(|e| e == "rs") && name != "registry" {
            files.push((name, fs::read_to_string(&path).unwrap()));
        }
    }
    let rules = files
        .iter()
        .filter(|(_, s)| s.contains("pub const RULE: Rule"))
        .count();
    assert!(rules >= at_least, "{rules} rule files in {}", dir.display());
    registry_problems(&registry, &files)
}

#[test]
fn the_registry_check_finds_a_forgotten_line() {
    let rule = |id: &str| {
        format!(
            "//! `{id}`: a rule.\n\n/// Rejects.\npub const RULE: Rule = Rule {{\n    id: \"{id}\",\n    what: \"it rejects\",\n    example: \"In 2023\",\n    gives: &[NonClaim::Year],\n    check: year,\n}};\n\n#[cfg(test)]\nmod tests {{\n    #[test]\n    fn t() {{}}\n}}\n"
        )
    };
    let files = vec![
        ("year".to_string(), rule("year")),
        ("early_year".to_string(), rule("early-year")),
        ("around".to_string(), "//! Helpers.\n".to_string()),
    ];
    let registry = "pub const RULES: &[Rule] = &[\n    year::RULE,\n    early_year::RULE,\n];\n";
    assert!(registry_problems(registry, &files).is_empty());
    let forgot = "pub const RULES: &[Rule] = &[\n    year::RULE,\n];\n";
    assert_eq!(
        registry_problems(forgot, &files),
        ["early_year.rs is a rule missing from RULES in registry.rs"]
    );
    let undocumented = vec![(
        "year".to_string(),
        rule("yr")
            .replace("/// Rejects.\n", "")
            .replace("    example: \"In 2023\",\n", ""),
    )];
    assert_eq!(
        registry_problems(forgot, &undocumented),
        [
            "year.rs: RULE has no /// doc",
            "year.rs: the id is not \"year\"",
            "year.rs: RULE has no example"
        ]
    );
}

/// The most lines `src/main.rs` may have (issue 11): the binary parses
/// arguments, calls a workflow of the library (`app`), prints and maps
/// the outcome to the exit code; the workflows themselves live in the
/// library, where they are tested.
const MAX_MAIN_LINES: usize = 80;

/// What is wrong with `source` as the binary's `main.rs`: more than
/// [`MAX_MAIN_LINES`] lines, counted as an editor numbers them (blank
/// lines and comments count, and so does a last line without a line
/// break).
fn main_too_long(source: &str) -> Option<String> {
    let lines = source.lines().count();
    (lines > MAX_MAIN_LINES).then(|| {
        format!(
            "src/main.rs has {lines} lines, more than {MAX_MAIN_LINES}: \
             move the work into the library (`app`)"
        )
    })
}

#[test]
fn main_rs_is_at_most_80_lines() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = fs::read_to_string(manifest.join("src/main.rs")).unwrap();
    assert!(source.contains("fn main()"), "src/main.rs was not read");
    if let Some(why) = main_too_long(&source) {
        panic!("{why}");
    }
}

#[test]
fn the_main_counter_catches_a_file_of_81_lines() {
    let file =
        |lines: usize| "fn f() {}\n\n// a comment\n".repeat(lines / 3) + &"\n".repeat(lines % 3);
    assert_eq!(file(80).lines().count(), 80);
    assert_eq!(main_too_long(&file(80)), None);
    assert_eq!(
        main_too_long(&file(81)).as_deref(),
        Some("src/main.rs has 81 lines, more than 80: move the work into the library (`app`)")
    );
    // A last line without a line break counts.
    assert!(main_too_long(&format!("{}}}", file(80))).is_some());
    assert_eq!(main_too_long(""), None);
}
