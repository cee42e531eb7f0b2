mod invariants;
#[test]
fn replay() {
    let mut counts = std::collections::BTreeMap::new();
    for e in std::fs::read_dir("target/fuzz-corpus/extract").unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let k = match invariants::check(&text) {
            invariants::Outcome::Holds => "holds".to_string(),
            invariants::Outcome::KnownBug(b) => format!("{b:?}"),
            invariants::Outcome::Broken(w) => format!("BROKEN {w}"),
        };
        *counts.entry(k).or_insert(0) += 1;
    }
    println!("{counts:#?}");
}
