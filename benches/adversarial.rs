//! Adversarial input: time must stay linear in input size. Each family is
//! generated at growing sizes; criterion reports bytes per second, which
//! stays flat across sizes when the work is linear.
//!
//! ```text
//! cargo bench --bench adversarial -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Families: repeated qualifier words (`over over over ... 5%`), endless
//! number-word chains (`one two three ...`), sentences without any
//! punctuation, one long line of ordinary report sentences without a
//! newline, hyphen-joined number chains (`1-2-3-...`), and the crafted
//! inputs of issue 19 (number-dense text without a full stop, a numbered
//! table note on every line, number words past u64, formulas after
//! separators, a value past 10^24), the shapes the grammar fuzzer found
//! quadratic (numbers on one long line, `points` without a stop, digits
//! before capitals, its table rows) and dense Chinese. `extract` is
//! measured alone and with the ledger rows rendered (`end_to_end`).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use claimscan::{extract, ledger};

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;
const SIZES: &[usize] = &[256 * KIB, MIB, 4 * MIB];

/// `unit` repeated until the text is at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()))
}

/// Makes a text of at least the given size in bytes.
type Generator = fn(usize) -> String;

/// Families of adversarial text, by name, with the sizes to run (a family
/// found quadratic can run at smaller sizes until it is fixed).
fn families() -> Vec<(&'static str, Generator, &'static [usize])> {
    vec![
        (
            "qualifier_words",
            |size| {
                // Long runs of qualifiers with a rare number among them.
                let mut unit = "over ".repeat(200);
                unit.push_str("about 5% ");
                repeat_to(&unit, size)
            },
            SIZES,
        ),
        (
            "number_word_chain",
            |size| {
                repeat_to(
                    "one two three four five six seven eight nine ten eleven twelve \
                 twenty thirty hundred thousand million ",
                    size,
                )
            },
            SIZES,
        ),
        (
            "no_punctuation",
            |size| {
                repeat_to(
                    "the county built 12 new parks and planted 3,400 mu of forest \
                 while spending rose 5 percent to 2.3 billion yuan and ",
                    size,
                )
            },
            SIZES,
        ),
        (
            "long_line",
            |size| {
                repeat_to(
                    "Forest coverage climbed to 67.3%, up 1.2 percentage points. \
                 The city restored 45,000 mu (3,000 hectares) and built 12 parks. ",
                    size,
                )
            },
            SIZES,
        ),
        (
            "hyphen_chain",
            |size| repeat_to("1-2-3-4-5-6-7-8-9-", size),
            SIZES,
        ),
        // Issue 19: number-dense text without a full stop (rows once held
        // in one buffer, each repeating the sentence), a numbered table
        // note on every line (once quadratic: 3 MB took 34 s), a chain of
        // number words past u64, and formula starts after separators.
        (
            "dense_no_stop",
            |size| {
                repeat_to(
                    "12.5% of 3 billion yuan rose by 2 percentage points, ",
                    size,
                )
            },
            SIZES,
        ),
        (
            "numbered_notes",
            |size| repeat_to("(10,000 tons) 5 kg\n", size),
            SIZES,
        ),
        (
            "word_chain_overflow",
            |size| repeat_to("ninety-nine hundred ", size),
            SIZES,
        ),
        (
            "formula_separators",
            |size| repeat_to("rose 5%;=HYPERLINK(\"x\") |-2+3 \u{1}＝1 fell 3%. ", size),
            SIZES,
        ),
        // Issue 19's 44 bytes that panicked (a value past 10^24).
        (
            "scale_overflow",
            |size| repeat_to("Output was 45 and 50 trillion trillion bcm. ", size),
            SIZES,
        ),
        // Found quadratic by the grammar fuzzer (tests/fuzz_grammar.rs):
        // every number on a long line looked for the line's ends (the
        // table-cell test: 1 MB took 45 s), `points` looked for its
        // clause's end in the rest of the text, a number before capitals
        // searched the whole text for the same pair (`737 MAX`), and a
        // short table row repeated mixed all three.
        (
            "long_line_numbers",
            |size| repeat_to("rose 5% ", size),
            SIZES,
        ),
        ("points_no_stop", |size| repeat_to("5 points ", size), SIZES),
        (
            "digits_before_capitals",
            |size| repeat_to("3 GDP and 4\nGDP ", size),
            SIZES,
        ),
        (
            "fuzzer_table_rows",
            |size| {
                repeat_to(
                    "Province doubles to fourteen-tenths croresmile, up from of exceeding \
                     HKD$６．４１９ ₪。(ringgit) （颗）\n高标准农田 —\t— 佰二  -   9萬\n全省 —\n\
                     new jobs   9\t86   3\nGDP  - 2012仟百\n",
                    size,
                )
            },
            SIZES,
        ),
        (
            "chinese_dense",
            |size| {
                repeat_to(
                    "全市地区生产总值增长5.2%，新建学校12所，投资约3.5万亿元左右、",
                    size,
                )
            },
            SIZES,
        ),
    ]
}

fn label(size: usize) -> String {
    if size >= MIB {
        format!("{}MiB", size / MIB)
    } else {
        format!("{}KiB", size / KIB)
    }
}

fn bench(c: &mut Criterion) {
    for (family, generate, sizes) in families() {
        let mut group = c.benchmark_group(family);
        group.sample_size(10);
        for &size in sizes {
            let text = generate(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new("extract", label(size)),
                &text,
                |b, text| b.iter(|| extract::extract(black_box(text))),
            );
            group.bench_with_input(
                BenchmarkId::new("end_to_end", label(size)),
                &text,
                |b, text| {
                    b.iter(|| {
                        let extraction = extract::extract(black_box(text));
                        ledger::render("adversarial.txt", text, &extraction)
                    })
                },
            );
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
