//! The scripts a node runs, by release: the current one, and the one before it (for
//! `rollback`). A release is checked whole before it is installed — every script
//! compiles and exports what its role needs ([`crate::check`]) — so a broken file never
//! replaces a working one.
//!
//! # Contract
//!
//! | call | effect |
//! |---|---|
//! | [`Catalog::install`] | checks the sources; if they pass, they become the current release with the next version number, and the release they replace becomes the previous one; if not, nothing changes and the error names the script, line and cause |
//! | [`Catalog::rollback`] | the previous release becomes current again, under a new version number (versions only grow, so every process sees a change and switches); the one it replaces becomes the previous |
//! | [`Catalog::version`] | the current version: one atomic load (what a process compares at each message) |
//!
//! Processes switch at their next message ([`crate::host`]); a handler already running
//! finishes on the code it started with, as Erlang's code loading does.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Bytes of one script at most (a rule file, not a data dump).
pub const SCRIPT_BYTES_MAX: usize = 256 * 1024;
/// Scripts in one release at most.
pub const SCRIPTS_MAX: usize = 16;

/// One script: its name (`ai`, `battle`, `heavy`) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The script's name: its file name without `.lua`.
    pub name: String,
    /// Its Lua text.
    pub text: Arc<str>,
}

/// A set of scripts installed together, under one version number.
#[derive(Debug, PartialEq, Eq)]
pub struct Release {
    /// Its version on this node (1 for the first; grows with each install or rollback).
    pub version: u64,
    /// Its scripts, by name.
    pub sources: Vec<Source>,
}

impl Release {
    /// The script named `name`.
    pub fn source(&self, name: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.name == name)
    }
}

/// Why scripts were not installed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// A script does not compile, or does not export what its role needs; the message
    /// names the script and line.
    #[error("{0}")]
    Script(String),
    /// The folder or a file cannot be read.
    #[error("cannot read {0}: {1}")]
    Read(String, String),
    /// A release breaks a limit (too many scripts, one too large, a bad name).
    #[error("{0}")]
    Limit(String),
    /// `rollback` with no release before the current one.
    #[error("no previous release to roll back to")]
    NothingToRollBack,
}

/// The node's releases (see the module docs). Shared by the node's shards.
#[derive(Debug)]
pub struct Catalog {
    releases: Mutex<(Arc<Release>, Option<Arc<Release>>)>,
    version: AtomicU64,
}

impl Catalog {
    /// A catalog whose first release is `sources`, checked with `check`.
    ///
    /// # Errors
    /// As [`Catalog::install`].
    pub fn new(
        sources: Vec<Source>,
        check: impl Fn(&[Source]) -> Result<(), LoadError>,
    ) -> Result<Self, LoadError> {
        let sources = checked(sources, check)?;
        Ok(Self {
            releases: Mutex::new((
                Arc::new(Release {
                    version: 1,
                    sources,
                }),
                None,
            )),
            version: AtomicU64::new(1),
        })
    }

    fn releases(&self) -> std::sync::MutexGuard<'_, (Arc<Release>, Option<Arc<Release>>)> {
        self.releases
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The current version (one atomic load).
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The current release.
    pub fn current(&self) -> Arc<Release> {
        Arc::clone(&self.releases().0)
    }

    /// The release before the current one, if any.
    pub fn previous(&self) -> Option<Arc<Release>> {
        self.releases().1.clone()
    }

    /// Installs `sources` if `check` passes them; the new version.
    ///
    /// # Errors
    /// [`LoadError`] from the limits or from `check`; nothing changed.
    pub fn install(
        &self,
        sources: Vec<Source>,
        check: impl Fn(&[Source]) -> Result<(), LoadError>,
    ) -> Result<u64, LoadError> {
        let sources = checked(sources, check)?;
        let mut releases = self.releases();
        let version = releases.0.version + 1;
        let release = Arc::new(Release { version, sources });
        let replaced = std::mem::replace(&mut releases.0, release);
        releases.1 = Some(replaced);
        self.version.store(version, Ordering::Release);
        Ok(version)
    }

    /// Makes the previous release current again, under a new version; the new version.
    ///
    /// # Errors
    /// [`LoadError::NothingToRollBack`].
    pub fn rollback(&self) -> Result<u64, LoadError> {
        let mut releases = self.releases();
        let previous = releases.1.take().ok_or(LoadError::NothingToRollBack)?;
        let version = releases.0.version + 1;
        let release = Arc::new(Release {
            version,
            sources: previous.sources.clone(),
        });
        let replaced = std::mem::replace(&mut releases.0, release);
        releases.1 = Some(replaced);
        self.version.store(version, Ordering::Release);
        Ok(version)
    }
}

/// `sources` sorted by name, within the limits and passed by `check`.
fn checked(
    mut sources: Vec<Source>,
    check: impl Fn(&[Source]) -> Result<(), LoadError>,
) -> Result<Vec<Source>, LoadError> {
    if sources.len() > SCRIPTS_MAX {
        return Err(LoadError::Limit(format!(
            "{} scripts: at most {SCRIPTS_MAX}",
            sources.len()
        )));
    }
    for source in &sources {
        if source.text.len() > SCRIPT_BYTES_MAX {
            return Err(LoadError::Limit(format!(
                "{}.lua is {} bytes: at most {SCRIPT_BYTES_MAX}",
                source.name,
                source.text.len()
            )));
        }
        let plain = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if source.name.is_empty() || !source.name.chars().all(plain) {
            return Err(LoadError::Limit(format!(
                "script name {:?}: letters, digits, '_' and '-' only",
                source.name
            )));
        }
    }
    sources.sort_by(|a, b| a.name.cmp(&b.name));
    if let Some(pair) = sources.windows(2).find(|pair| pair[0].name == pair[1].name) {
        return Err(LoadError::Limit(format!(
            "{}.lua given twice",
            pair[0].name
        )));
    }
    check(&sources)?;
    Ok(sources)
}

/// The `*.lua` files of `dir`, as sources named by their file names.
///
/// # Errors
/// [`LoadError::Read`] when the folder or a file cannot be read; [`LoadError::Limit`]
/// past [`SCRIPTS_MAX`] files or [`SCRIPT_BYTES_MAX`] bytes in one.
pub fn read_dir(dir: &std::path::Path) -> Result<Vec<Source>, LoadError> {
    let unreadable =
        |error: std::io::Error| LoadError::Read(dir.display().to_string(), error.to_string());
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let (Some(name), Some("lua")) = (
            path.file_stem().and_then(|stem| stem.to_str()),
            path.extension().and_then(|ext| ext.to_str()),
        ) else {
            continue;
        };
        if sources.len() == SCRIPTS_MAX {
            return Err(LoadError::Limit(format!(
                "{}: more than {SCRIPTS_MAX} scripts",
                dir.display()
            )));
        }
        let read =
            |error: std::io::Error| LoadError::Read(path.display().to_string(), error.to_string());
        let size = std::fs::metadata(&path).map_err(read)?.len();
        if size > SCRIPT_BYTES_MAX as u64 {
            return Err(LoadError::Limit(format!(
                "{} is {size} bytes: at most {SCRIPT_BYTES_MAX}",
                path.display()
            )));
        }
        let text = std::fs::read_to_string(&path).map_err(read)?;
        sources.push(Source {
            name: name.to_owned(),
            text: text.into(),
        });
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, text: &str) -> Source {
        Source {
            name: name.to_owned(),
            text: text.into(),
        }
    }

    fn pass(_: &[Source]) -> Result<(), LoadError> {
        Ok(())
    }

    #[test]
    fn an_install_keeps_the_previous_release_and_a_refused_one_changes_nothing() {
        let catalog = Catalog::new(vec![source("ai", "v1")], pass).unwrap();
        assert_eq!(catalog.version(), 1);
        let refuse = |_: &[Source]| Err(LoadError::Script("ai.lua:3: boom".into()));
        assert_eq!(
            catalog.install(vec![source("ai", "v2")], refuse),
            Err(LoadError::Script("ai.lua:3: boom".into()))
        );
        assert_eq!(catalog.version(), 1);
        assert_eq!(catalog.install(vec![source("ai", "v2")], pass), Ok(2));
        assert_eq!(&*catalog.current().source("ai").unwrap().text, "v2");
        assert_eq!(
            &*catalog.previous().unwrap().source("ai").unwrap().text,
            "v1"
        );

        assert_eq!(catalog.rollback(), Ok(3));
        assert_eq!(&*catalog.current().source("ai").unwrap().text, "v1");
        assert_eq!(catalog.rollback(), Ok(4), "a rollback can be rolled back");
        assert_eq!(&*catalog.current().source("ai").unwrap().text, "v2");
    }

    #[test]
    fn limits_are_checked_before_the_scripts() {
        let catalog = Catalog::new(vec![], pass).unwrap();
        assert!(matches!(
            catalog.rollback(),
            Err(LoadError::NothingToRollBack)
        ));
        let big = "x".repeat(SCRIPT_BYTES_MAX + 1);
        for bad in [
            vec![source("ai", &big)],
            vec![source("../ai", "")],
            vec![source("ai", ""), source("ai", "")],
            (0..=SCRIPTS_MAX)
                .map(|n| source(&format!("s{n}"), ""))
                .collect(),
        ] {
            assert!(matches!(
                catalog.install(bad, pass),
                Err(LoadError::Limit(_))
            ));
        }
        assert_eq!(catalog.version(), 1);
    }
}
