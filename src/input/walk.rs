//! Finds the input files the way ripgrep and fd do, with the `ignore`
//! crate: folders are walked recursively, hidden files and
//! folders (a name starting with `.`) are skipped, and so is every path
//! that a `.gitignore`, `.ignore` or `.claimscanignore` file (in the
//! folder or any folder above it, also outside a git repository), git's
//! `info/exclude` or the global git excludes file ignores. `--hidden` and
//! `--no-ignore` opt back in; `-g/--glob` keeps (or, with `!`, drops)
//! walked paths that match a glob; `-t/--type` narrows the walk to some of
//! the readable extensions ([`super::EXTENSIONS`]). A folder's files come
//! sorted by their name as the `file` column writes it (byte order:
//! `x-1.txt` before `x/a.txt`), so a ledger sorted by `file` (a Spark or
//! shard join) has the single-machine run's order.
//!
//! Files named on the command line are read whatever their name, extension
//! or ignore rules say (as ripgrep does): naming a file is asking for it.
//! A file reached twice (named twice, or named and also found in a named
//! folder) is read once, under the name it was first reached by. The
//! ledger being written (`skip`) is never read back.
//!
//! Symbolic links are followed; a link loop is reported, not followed.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use ignore::overrides::{Override, OverrideBuilder};
use ignore::{DirEntry, WalkBuilder};

use super::{EXTENSIONS, Source, path_name};
use crate::error::InputError;

/// The ignore file of claimscan's own, read beside `.gitignore` and
/// `.ignore`: for paths that git should keep but claimscan should not read
/// (a corpus folder's `SOURCES.md`).
pub const IGNORE_FILE: &str = ".claimscanignore";

/// How folders are walked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WalkOptions {
    /// Walk hidden files and folders too.
    pub hidden: bool,
    /// Read ignored paths too (`.gitignore`, `.ignore`, `.claimscanignore`,
    /// git excludes).
    pub no_ignore: bool,
    /// Globs over the walked paths, relative to the folder named on the
    /// command line; `!GLOB` drops what matches. With a positive glob, only
    /// what matches one is read.
    pub globs: Vec<String>,
    /// Extensions to read (lowercase, among [`EXTENSIONS`]); empty means
    /// all of them.
    pub types: Vec<String>,
}

impl WalkOptions {
    /// Checks every glob; the message names the bad one.
    pub fn validate(&self) -> Result<(), String> {
        self.overrides(Path::new(".")).map(|_| ())
    }

    fn overrides(&self, root: &Path) -> Result<Override, String> {
        let mut builder = OverrideBuilder::new(root);
        for glob in &self.globs {
            builder
                .add(glob)
                .map_err(|e| format!("invalid glob '{glob}': {}", glob_problem(&e)))?;
        }
        builder
            .build()
            .map_err(|e| format!("invalid glob: {}", glob_problem(&e)))
    }

    /// Whether a walked file's extension is one to read.
    fn wants(&self, path: &Path) -> bool {
        let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
            return false;
        };
        let known = EXTENSIONS
            .iter()
            .find(|x| x.eq_ignore_ascii_case(extension));
        known.is_some_and(|x| self.types.is_empty() || self.types.iter().any(|t| t == x))
    }
}

/// The glob error without the crate's own `error parsing glob '...':`
/// preamble, which repeats the glob.
fn glob_problem(e: &ignore::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once("': ") {
        Some((_, problem)) => problem.to_string(),
        None => text,
    }
}

/// The sources named by `paths`: files as given, folders walked (see the
/// module doc), `-` for standard input. Paths that cannot be used are
/// returned as errors, in order, beside the sources. `skip` is the ledger
/// being written: it is never a source.
pub fn discover(
    paths: &[PathBuf],
    stdin_name: &str,
    options: &WalkOptions,
    skip: Option<&Path>,
) -> (Vec<Source>, Vec<InputError>) {
    let mut found = Found {
        seen: HashSet::new(),
        skip: skip.and_then(identity),
        sources: Vec::new(),
        errors: Vec::new(),
    };
    for path in paths {
        let shown = path_name(path);
        if shown == "-" {
            found.sources.push(Source::Stdin {
                name: stdin_name.to_string(),
            });
            continue;
        }
        match fs::metadata(path) {
            Err(e) => found.errors.push(unusable(path, e)),
            Ok(meta) if meta.is_dir() => walk(path, options, &mut found),
            Ok(_) => found.push(path.clone()),
        }
    }
    (found.sources, found.errors)
}

/// What the walk has found so far.
struct Found {
    /// The identity of every file taken, to take each once.
    seen: HashSet<PathBuf>,
    /// The identity of the ledger being written.
    skip: Option<PathBuf>,
    sources: Vec<Source>,
    errors: Vec<InputError>,
}

impl Found {
    fn push(&mut self, path: PathBuf) {
        match identity(&path) {
            Some(id) if self.skip.as_ref() == Some(&id) => {}
            Some(id) => {
                if self.seen.insert(id) {
                    self.sources.push(Source::File(path));
                }
            }
            // Not resolvable: reading it will name the problem.
            None => self.sources.push(Source::File(path)),
        }
    }
}

/// The input that writing the ledger to `ledger` would replace, as it is
/// shown: an input named on the command line that is the same file, or a
/// report inside a named folder (a readable extension, and not itself a
/// ledger of an earlier run, which the walk skips).
pub fn replaced_input(ledger: &Path, inputs: &[PathBuf]) -> Option<String> {
    let target = identity(ledger)?;
    if let Some(input) = inputs
        .iter()
        .find(|input| identity(input).as_ref() == Some(&target))
    {
        return Some(path_name(input));
    }
    let readable = ledger
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
    let inside = inputs.iter().any(|input| {
        fs::metadata(input).is_ok_and(|m| m.is_dir())
            && identity(input).is_some_and(|folder| target.starts_with(folder))
    });
    (readable && inside && !looks_like_a_ledger(&target)).then(|| path_name(ledger))
}

/// Whether the file starts as a CSV or JSONL ledger does.
fn looks_like_a_ledger(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let n = file.read(&mut head).unwrap_or(0);
    let head = &head[..n];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.starts_with(b"claim_id,") || head.starts_with(b"{\"claim_id\"")
}

/// The one name of a file, whatever path reached it (`a.txt`, `./a.txt`,
/// `dir/../a.txt`, a link to it).
fn identity(path: &Path) -> Option<PathBuf> {
    fs::canonicalize(path).ok()
}

fn walk(root: &Path, options: &WalkOptions, found: &mut Found) {
    let overrides = match options.overrides(root) {
        Ok(overrides) => overrides,
        Err(message) => {
            found.errors.push(InputError::Walk {
                path: path_name(root),
                message,
            });
            return;
        }
    };
    let respect = !options.no_ignore;
    let mut builder = WalkBuilder::new(root);
    builder
        .follow_links(true)
        .hidden(!options.hidden)
        .parents(respect)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .require_git(false)
        .overrides(overrides)
        .sort_by_file_name(|a, b| a.cmp(b));
    if respect {
        builder.add_custom_ignore_filename(IGNORE_FILE);
    }
    let walker = builder.build();
    let mut files = Vec::new();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if is_file(&entry) && options.wants(entry.path()) {
                    files.push((path_name(entry.path()), entry.into_path()));
                }
            }
            Err(e) => found.errors.push(walk_error(root, &e)),
        }
    }
    // The ledger's order is the `file` string's, not the walk's: a walk
    // puts `x/a.txt` (inside folder `x`) before `x-1.txt`, but a ledger
    // sorted by `file` (Spark's, a shard join's) has `x-1.txt` first.
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, path) in files {
        found.push(path);
    }
}

fn is_file(entry: &DirEntry) -> bool {
    entry.file_type().is_some_and(|t| t.is_file())
}

/// One walk error as `path: problem`, the path being the entry's (the
/// crate nests errors in path, depth and loop wrappers).
fn walk_error(root: &Path, error: &ignore::Error) -> InputError {
    let mut path = root.to_path_buf();
    let mut error = error;
    loop {
        match error {
            ignore::Error::WithPath { path: p, err } => {
                path = p.clone();
                error = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                error = err;
            }
            ignore::Error::Loop { child, .. } => {
                return InputError::Walk {
                    path: path_name(child),
                    message: "symbolic link loop; not followed".to_string(),
                };
            }
            ignore::Error::Io(io) => return unusable(&path, clone_io(io)),
            other => {
                return InputError::Walk {
                    path: path_name(&path),
                    message: other.to_string(),
                };
            }
        }
    }
}

/// Why `path` cannot be read, worded the same whether it was named or
/// walked: a link whose target is gone says so instead of "no such file".
fn unusable(path: &Path, error: std::io::Error) -> InputError {
    let shown = path_name(path);
    let dangling = error.kind() == std::io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        InputError::Walk {
            path: shown,
            message: "broken symbolic link (its target does not exist)".to_string(),
        }
    } else {
        InputError::io(&shown, error)
    }
}

/// An owned copy of an I/O error that keeps its kind and message.
fn clone_io(error: &std::io::Error) -> std::io::Error {
    match error.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::new(error.kind(), error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sources: &[Source]) -> Vec<String> {
        sources.iter().map(Source::name).collect()
    }

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        for (name, text) in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
            }
            fs::write(path, text).unwrap_or_else(|e| panic!("write: {e}"));
        }
        dir
    }

    fn walked(dir: &Path, options: &WalkOptions) -> Vec<String> {
        let (sources, errors) = discover(&[dir.join("r")], "-", options, None);
        assert!(errors.is_empty(), "{errors:?}");
        let prefix = format!("{}/", dir.display());
        names(&sources)
            .into_iter()
            .map(|n| n.trim_start_matches(&prefix).to_string())
            .collect()
    }

    #[test]
    fn hidden_and_ignored_paths_are_skipped_until_asked_for() {
        let dir = tree(&[
            ("r/.gitignore", "build/\n*.draft.txt\n"),
            ("r/a.txt", "5%"),
            ("r/b.draft.txt", "5%"),
            ("r/build/c.txt", "5%"),
            ("r/.hidden/d.txt", "5%"),
            ("r/.e.md", "5%"),
            ("r/sub/f.md", "5%"),
            ("r/sub/g.csv", "5%"),
        ]);
        let d = dir.path();
        assert_eq!(
            walked(d, &WalkOptions::default()),
            ["r/a.txt", "r/sub/f.md"]
        );
        let hidden = WalkOptions {
            hidden: true,
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(d, &hidden),
            ["r/.e.md", "r/.hidden/d.txt", "r/a.txt", "r/sub/f.md"]
        );
        let no_ignore = WalkOptions {
            no_ignore: true,
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(d, &no_ignore),
            ["r/a.txt", "r/b.draft.txt", "r/build/c.txt", "r/sub/f.md"]
        );
    }

    #[test]
    fn nested_files_sort_by_their_written_name_not_by_walk() {
        // Walk order would give x/a.txt, x/b/c.txt, x-1.txt, x.txt, xa.txt.
        let dir = tree(&[
            ("r/x/a.txt", "5%"),
            ("r/x/b/c.txt", "5%"),
            ("r/x-1.txt", "5%"),
            ("r/x.txt", "5%"),
            ("r/xa.txt", "5%"),
            ("r/X.md", "5%"),
        ]);
        assert_eq!(
            walked(dir.path(), &WalkOptions::default()),
            [
                "r/X.md",
                "r/x-1.txt",
                "r/x.txt",
                "r/x/a.txt",
                "r/x/b/c.txt",
                "r/xa.txt"
            ]
        );
    }

    #[test]
    fn claimscanignore_drops_what_git_keeps() {
        let dir = tree(&[
            ("r/.claimscanignore", "SOURCES.md\n"),
            ("r/SOURCES.md", "5%"),
            ("r/a.txt", "5%"),
        ]);
        assert_eq!(walked(dir.path(), &WalkOptions::default()), ["r/a.txt"]);
    }

    #[test]
    fn globs_and_types_select() {
        let dir = tree(&[
            ("r/a.txt", "5%"),
            ("r/b.md", "5%"),
            ("r/SOURCES.md", "5%"),
            ("r/y2024/c.txt", "5%"),
        ]);
        let d = dir.path();
        let glob = |globs: &[&str]| WalkOptions {
            globs: globs.iter().map(|g| g.to_string()).collect(),
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(d, &glob(&["!SOURCES.md"])),
            ["r/a.txt", "r/b.md", "r/y2024/c.txt"]
        );
        assert_eq!(walked(d, &glob(&["y2024/**"])), ["r/y2024/c.txt"]);
        let md = WalkOptions {
            types: vec!["md".into()],
            ..WalkOptions::default()
        };
        assert_eq!(walked(d, &md), ["r/SOURCES.md", "r/b.md"]);
    }

    #[test]
    fn a_bad_glob_is_named() {
        let options = WalkOptions {
            globs: vec!["a{b".into()],
            ..WalkOptions::default()
        };
        let message = options.validate().err().unwrap_or_default();
        assert!(message.starts_with("invalid glob 'a{b': "), "{message}");
    }

    #[test]
    fn a_file_reached_twice_is_read_once_and_the_ledger_never() {
        let dir = tree(&[("r/a.txt", "5%"), ("r/b.txt", "5%")]);
        let d = dir.path();
        let paths = [d.join("r/a.txt"), d.join("r/./a.txt"), d.join("r")];
        let skip = d.join("r/b.txt");
        let (sources, errors) = discover(&paths, "-", &WalkOptions::default(), Some(&skip));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(names(&sources), [d.join("r/a.txt").to_string_lossy()]);
    }
}
