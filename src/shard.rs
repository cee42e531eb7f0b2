//! Deterministic shards of an input list, so that N machines can split a
//! collection without talking to each other.
//!
//! A document belongs to shard `K/N` when FNV-1a 64 of its name (the path
//! as given, exactly as written in the ledger's `file` column) is `K - 1`
//! modulo `N`. The test looks at one name only, so a document keeps its
//! shard when files are added or removed elsewhere, and every document is
//! in exactly one of the shards `1/N` … `N/N`.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

/// The `K`-th of `N` shards (`1 <= K <= N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u64,
    count: u64,
}

/// Why a `K/N` shard spec was refused.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ShardError {
    #[error("'{0}' is not of the form K/N (for example 2/8)")]
    Form(String),
    #[error("'{0}': K must be between 1 and N")]
    OutOfRange(String),
    #[error("'{0}': N, the number of shards, must be at least 1")]
    NoShards(String),
}

impl Shard {
    pub fn new(index: u64, count: u64) -> Option<Shard> {
        (count >= 1 && (1..=count).contains(&index)).then_some(Shard { index, count })
    }

    /// Whether the document named `name` belongs to this shard.
    pub fn contains(&self, name: &str) -> bool {
        fnv1a(name.as_bytes()) % self.count == self.index - 1
    }
}

impl FromStr for Shard {
    type Err = ShardError;

    fn from_str(spec: &str) -> Result<Shard, ShardError> {
        let form = || ShardError::Form(spec.to_string());
        let (k, n) = spec.split_once('/').ok_or_else(form)?;
        let k: u64 = k.trim().parse().map_err(|_| form())?;
        let n: u64 = n.trim().parse().map_err(|_| form())?;
        if n == 0 {
            return Err(ShardError::NoShards(spec.to_string()));
        }
        Shard::new(k, n).ok_or_else(|| ShardError::OutOfRange(spec.to_string()))
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_shards_blames_n() {
        assert_eq!(
            "1/0".parse::<Shard>().map_err(|e| e.to_string()),
            Err("'1/0': N, the number of shards, must be at least 1".to_string())
        );
        assert_eq!(
            "3/2".parse::<Shard>().map_err(|e| e.to_string()),
            Err("'3/2': K must be between 1 and N".to_string())
        );
    }

    #[test]
    fn parses_k_of_n() {
        assert_eq!("2/8".parse(), Ok(Shard { index: 2, count: 8 }));
        assert_eq!(
            "1/1".parse::<Shard>().map(|s| s.to_string()),
            Ok("1/1".into())
        );
    }

    #[test]
    fn rejects_bad_specs() {
        assert_eq!(
            "0/4".parse::<Shard>(),
            Err(ShardError::OutOfRange("0/4".into()))
        );
        assert_eq!(
            "5/4".parse::<Shard>(),
            Err(ShardError::OutOfRange("5/4".into()))
        );
        assert_eq!(
            "1/0".parse::<Shard>(),
            Err(ShardError::NoShards("1/0".into()))
        );
        assert_eq!("2".parse::<Shard>(), Err(ShardError::Form("2".into())));
        assert_eq!("a/b".parse::<Shard>(), Err(ShardError::Form("a/b".into())));
    }

    #[test]
    fn fnv1a_known_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn every_name_in_exactly_one_shard() {
        let names = ["a.txt", "b.txt", "reports/2024/x.md", "-", "ü.txt"];
        for n in 1..=5 {
            for name in names {
                let owners = (1..=n)
                    .filter(|&k| Shard::new(k, n).is_some_and(|s| s.contains(name)))
                    .count();
                assert_eq!(owners, 1, "{name} in {n} shards");
            }
        }
    }
}
