//! `claimscan._claimscan`: the Rust half of the Python package. It runs
//! the library's own pipeline (`input` to read, `extract` to find claims,
//! `ledger::for_each_row` to type each row by `ledger::SCHEMA`) and turns
//! each row into a `dict` keyed by the ledger's column names: integers as
//! `int`, the decimal columns (`value`, `value_max`, `norm_value`) as
//! `decimal.Decimal` built from the very digits the CSV writes, so no
//! value is rounded through a float; an empty `value_max` (and `page` of a
//! file without pages) is `None`.
//!
//! Reading and extracting run with the GIL released (`Python::detach`), so
//! Python threads calling in run in parallel. A file that cannot be read
//! raises `claimscan.ReadError(message, file)`; the message starts with
//! the file, as the command line writes it.

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use claimscan::extract as extractor;
use claimscan::input::{self, Source, WalkOptions};
use claimscan::ledger::{self, Cell, PAGE, Pages, SCHEMA};

/// A cell that outlives the extraction, made while the GIL is released.
enum Owned {
    Text(String),
    Integer(usize),
    /// The ledger's digits of an exact decimal.
    Decimal(String),
    Null,
}

impl From<&Cell<'_>> for Owned {
    fn from(cell: &Cell<'_>) -> Self {
        match cell {
            Cell::Text(s) => Owned::Text(s.to_string()),
            Cell::Integer(n) => Owned::Integer(*n),
            Cell::Decimal(d) => Owned::Decimal(ledger::format_number(*d)),
            Cell::Null => Owned::Null,
        }
    }
}

/// Why a document gave no rows.
enum Failure {
    /// It could not be read: the CLI's message, which names the file.
    Read { file: String, message: String },
    /// The extractor panicked on it.
    Internal { file: String, message: String },
}

/// The rows of one document and the warnings of reading it.
struct Done {
    rows: Vec<Vec<Owned>>,
    warnings: Vec<String>,
}

fn rows_of(name: &str, text: &str, paged: bool, page_column: bool) -> Result<Done, Failure> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        let extraction = extractor::extract(text);
        let pages = Pages::of(text, paged, page_column);
        let mut rows = Vec::with_capacity(extraction.claims.len());
        ledger::for_each_row(name, text, &extraction, &pages, |cells| {
            rows.push(cells.iter().map(Owned::from).collect());
        });
        Done {
            rows,
            warnings: Vec::new(),
        }
    }))
    .map_err(|payload| Failure::Internal {
        file: name.to_string(),
        message: payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string()),
    })
}

fn read_and_extract(source: &Source, page_column: bool) -> Result<Done, Failure> {
    let doc = input::read(source).map_err(|e| Failure::Read {
        file: source.name(),
        message: e.to_string(),
    })?;
    let mut done = rows_of(&doc.name, &doc.text, doc.paged, page_column)?;
    done.warnings = doc.warnings;
    Ok(done)
}

fn raise(py: Python<'_>, failure: Failure) -> PyErr {
    match failure {
        Failure::Read { file, message } => read_error(py, &message, &file),
        Failure::Internal { file, message } => PyRuntimeError::new_err(format!(
            "{file}: internal error while extracting ({message}); please report"
        )),
    }
}

/// `claimscan.ReadError(message, file)`, defined in the package's Python
/// half.
fn read_error(py: Python<'_>, message: &str, file: &str) -> PyErr {
    let error = py
        .import("claimscan")
        .and_then(|m| m.getattr("ReadError"))
        .and_then(|class| class.call1((message, file)));
    match error {
        Ok(error) => PyErr::from_value(error),
        Err(e) => e,
    }
}

/// The rows as a list of dicts keyed by `names`.
fn to_python<'py>(
    py: Python<'py>,
    names: &[&'static str],
    docs: Vec<Done>,
) -> PyResult<Bound<'py, PyList>> {
    let decimal = py.import("decimal")?.getattr("Decimal")?;
    let warn = py.import("warnings")?.getattr("warn")?;
    let list = PyList::empty(py);
    for doc in docs {
        for warning in doc.warnings {
            warn.call1((warning,))?;
        }
        for row in doc.rows {
            let dict = PyDict::new(py);
            for (name, cell) in names.iter().zip(row) {
                match cell {
                    Owned::Text(s) => dict.set_item(name, s)?,
                    Owned::Integer(n) => dict.set_item(name, n)?,
                    Owned::Decimal(digits) => dict.set_item(name, decimal.call1((digits,))?)?,
                    Owned::Null => dict.set_item(name, py.None())?,
                }
            }
            list.append(dict)?;
        }
    }
    Ok(list)
}

fn names(page_column: bool) -> Vec<&'static str> {
    let page = page_column.then_some(PAGE.name);
    SCHEMA.iter().map(|c| c.name).chain(page).collect()
}

/// extract(text, file=None) -> list[dict]
///
/// The claims of one text, one dict per claim keyed by the ledger's
/// columns. `file` is the name written in the `file` column and hashed
/// into `claim_id` (default `-`, as for standard input on the command
/// line).
#[pyfunction]
#[pyo3(signature = (text, file=None))]
fn extract<'py>(py: Python<'py>, text: &str, file: Option<&str>) -> PyResult<Bound<'py, PyList>> {
    let file = file.unwrap_or("-");
    let done = py
        .detach(|| rows_of(file, text, false, false))
        .map_err(|f| raise(py, f))?;
    to_python(py, &names(false), vec![done])
}

/// extract_files(paths, threads=None) -> list[dict]
///
/// The claims of files and folders (walked as the command line walks them:
/// recursively, sorted, skipping hidden and ignored paths), in ledger
/// order. `threads`: worker threads, default all cores; the result never
/// depends on it. The first file that cannot be read raises `ReadError`.
#[pyfunction]
#[pyo3(signature = (paths, threads=None))]
fn extract_files<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    if paths.is_empty() {
        return Ok(PyList::empty(py));
    }
    let threads = threads.filter(|&n| n > 0).unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let result = py.detach(|| -> Result<(bool, Vec<Done>), Failure> {
        let (sources, errors) = input::discover(&paths, "-", &WalkOptions::default(), None);
        if let Some(error) = errors.into_iter().next() {
            return Err(Failure::Read {
                file: error_path(&error),
                message: error.to_string(),
            });
        }
        let page_column = input::any_paged(&sources);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| Failure::Internal {
                file: String::new(),
                message: format!("cannot start {threads} threads: {e}"),
            })?;
        use rayon::prelude::*;
        let docs: Result<Vec<Done>, Failure> = pool.install(|| {
            sources
                .par_iter()
                .map(|source| read_and_extract(source, page_column))
                .collect()
        });
        Ok((page_column, docs?))
    });
    let (page_column, docs) = result.map_err(|f| raise(py, f))?;
    to_python(py, &names(page_column), docs)
}

/// The path an input error is about.
fn error_path(error: &claimscan::error::InputError) -> String {
    use claimscan::error::InputError::*;
    match error {
        NotFound { path }
        | Io { path, .. }
        | Binary { path, .. }
        | Walk { path, .. }
        | Unreadable { path, .. }
        | NotRegular { path, .. }
        | TooLarge { path, .. }
        | Internal { path, .. } => path.clone(),
        Record { stream, file, .. } => file.clone().unwrap_or_else(|| stream.clone()),
    }
}

/// The ledger's schema: a list of `(column, type)` pairs in column order,
/// the last one (`page`) present only in ledgers of paged inputs. Types:
/// `text`, `integer`, `decimal`, `decimal?`, `integer?` (`?`: may be
/// `None`).
#[pyfunction]
fn schema() -> Vec<(&'static str, &'static str)> {
    SCHEMA
        .iter()
        .chain([&PAGE])
        .map(|c| (c.name, c.ty.as_str()))
        .collect()
}

#[pymodule]
fn _claimscan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_files, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
