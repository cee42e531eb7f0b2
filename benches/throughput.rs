//! Throughput of each pipeline stage and of the whole per-document path on
//! the English reports in `benches/data/` (real government texts):
//! sentence splitting, currency evidence, extraction (number scan, claim
//! assembly, context), ledger rendering, and extract + render together.
//!
//! `cargo bench --bench throughput`; figures go in the README.

use std::fs;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use claimscan::extract::{self, DocumentCurrency, sentence};
use claimscan::ledger;

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data");
    let mut texts: Vec<(String, String)> = fs::read_dir(&dir)
        .expect("benches/data exists")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            (name, fs::read_to_string(&path).expect("readable UTF-8"))
        })
        .collect();
    texts.sort();
    texts
}

fn stages(c: &mut Criterion) {
    let texts = corpus();
    let bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let extractions: Vec<_> = texts.iter().map(|(_, t)| extract::extract(t)).collect();

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("sentence_split", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| sentence::split(black_box(t)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("currency_evidence", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|(_, t)| DocumentCurrency::of(black_box(t)).dollar == "USD")
                .count()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| extract::extract(black_box(t)).claims.len())
                .sum::<usize>()
        })
    });
    group.bench_function("render", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&extractions)
                .map(|((name, t), e)| ledger::render(name, black_box(t), e).len())
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("document");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("extract_and_render", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(name, t)| ledger::render(name, t, &extract::extract(black_box(t))).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
