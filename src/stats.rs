//! `claimscan stats`: how many claims a ledger holds per file and kind,
//! like `xsv frequency` on the `kind` column, grouped by file. Kinds are
//! columns in the contract's order, only those that occur; files are rows
//! in ledger order, then a `total` row. Nothing here prints: the table is
//! written to whatever writer the caller hands over.

use std::io::{self, Write};

use crate::check::Row;
use crate::extract::units::ALL_KINDS;

/// Claims per file and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// The kinds that occur, in the contract's order (an unknown kind,
    /// from an edited ledger, after them).
    pub kinds: Vec<String>,
    /// Each file with its count per kind (in `kinds` order) and its total.
    pub files: Vec<(String, Vec<usize>, usize)>,
}

impl Stats {
    pub fn of(rows: &[Row]) -> Stats {
        let mut kinds: Vec<String> = Vec::new();
        for row in rows {
            let kind = row.get("kind").unwrap_or_default();
            if !kinds.iter().any(|k| k == kind) {
                kinds.push(kind.to_string());
            }
        }
        let order = |kind: &String| {
            ALL_KINDS
                .iter()
                .position(|k| k.as_str() == kind)
                .unwrap_or(ALL_KINDS.len())
        };
        kinds.sort_by_key(order);
        let mut files: Vec<(String, Vec<usize>, usize)> = Vec::new();
        for row in rows {
            if files.last().is_none_or(|(file, _, _)| file != row.file()) {
                files.push((row.file().to_string(), vec![0; kinds.len()], 0));
            }
            let kind = row.get("kind").unwrap_or_default();
            if let (Some(i), Some((_, counts, total))) =
                (kinds.iter().position(|k| k == kind), files.last_mut())
            {
                counts[i] += 1;
                *total += 1;
            }
        }
        Stats { kinds, files }
    }

    /// Every kind's count over all files, and the number of claims.
    fn totals(&self) -> (Vec<usize>, usize) {
        let mut counts = vec![0; self.kinds.len()];
        for (_, file_counts, _) in &self.files {
            for (sum, n) in counts.iter_mut().zip(file_counts) {
                *sum += n;
            }
        }
        let claims = counts.iter().sum();
        (counts, claims)
    }

    /// The table for people: aligned columns, a `total` row.
    pub fn write_text<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let (totals, claims) = self.totals();
        let mut header = vec!["file".to_string(), "claims".to_string()];
        header.extend(self.kinds.iter().cloned());
        let mut table = vec![header];
        for (file, counts, total) in &self.files {
            let mut line = vec![file.clone(), total.to_string()];
            line.extend(counts.iter().map(usize::to_string));
            table.push(line);
        }
        let mut last = vec![
            match self.files.len() {
                1 => "total (1 file)".to_string(),
                n => format!("total ({n} files)"),
            },
            claims.to_string(),
        ];
        last.extend(totals.iter().map(usize::to_string));
        table.push(last);
        let widths: Vec<usize> = (0..table[0].len())
            .map(|c| {
                table
                    .iter()
                    .map(|line| line[c].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for line in &table {
            let mut text = String::new();
            for (c, (cell, width)) in line.iter().zip(&widths).enumerate() {
                if c == 0 {
                    text.push_str(cell);
                    text.push_str(&" ".repeat(width - cell.chars().count()));
                } else {
                    text.push_str("  ");
                    text.push_str(&" ".repeat(width - cell.chars().count()));
                    text.push_str(cell);
                }
            }
            writeln!(out, "{}", text.trim_end())?;
        }
        Ok(())
    }

    /// The table as CSV: `file,claims,<kinds>…`, a row per file, no total.
    pub fn write_csv<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        let mut header = vec!["file".to_string(), "claims".to_string()];
        header.extend(self.kinds.iter().cloned());
        writer.write_record(&header)?;
        for (file, counts, total) in &self.files {
            let mut line = vec![crate::ledger::inert(file).into_owned(), total.to_string()];
            line.extend(counts.iter().map(usize::to_string));
            writer.write_record(&line)?;
        }
        writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(csv_rows: &[(&str, usize, &str)]) -> Vec<Row> {
        let mut text = crate::ledger::COLUMNS.join(",");
        text.push('\n');
        for (file, start, kind) in csv_rows {
            text.push_str(&format!(
                "c0,{file},1,1,{start},{},x,{kind},1,,,1,,,,,s\n",
                start + 1
            ));
        }
        crate::check::parse("t.csv", &text).unwrap_or_default()
    }

    #[test]
    fn counts_per_file_and_kind_in_contract_order() {
        let stats = Stats::of(&rows(&[
            ("a.txt", 1, "money"),
            ("a.txt", 5, "percent"),
            ("a.txt", 9, "percent"),
            ("b.txt", 1, "count"),
        ]));
        assert_eq!(stats.kinds, ["percent", "money", "count"]);
        let mut out = Vec::new();
        let _ = stats.write_text(&mut out);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "file             claims  percent  money  count\n\
             a.txt                 3        2      1      0\n\
             b.txt                 1        0      0      1\n\
             total (2 files)       4        2      1      1\n"
        );
        let mut out = Vec::new();
        let _ = stats.write_csv(&mut out);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "file,claims,percent,money,count\na.txt,3,2,1,0\nb.txt,1,0,0,1\n"
        );
    }
}
