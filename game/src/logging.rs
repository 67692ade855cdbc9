//! The node's log: a filter that can change while the node runs, and plain text when
//! stderr is not a terminal (a log file or journald gets no colour escape sequences).

use std::io::IsTerminal;

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Registry, reload};

/// Changes the filter of the log installed by [`init`].
pub struct LogControl {
    handle: reload::Handle<EnvFilter, Registry>,
}

/// A filter that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("log filter {filter:?}: {why}")]
pub struct BadFilter {
    filter: String,
    why: String,
}

/// Parses `filter` (tracing's `EnvFilter` syntax: `info`, `hearth_gate=debug,warn`).
///
/// # Errors
/// [`BadFilter`] with the parser's reason.
pub fn parse(filter: &str) -> Result<EnvFilter, BadFilter> {
    EnvFilter::try_new(filter).map_err(|error| BadFilter {
        filter: filter.to_owned(),
        why: error.to_string(),
    })
}

/// Installs the process's log on stderr with `filter`.
///
/// # Errors
/// [`BadFilter`]; nothing is installed then.
pub fn init(filter: &str) -> Result<LogControl, BadFilter> {
    let (layer, handle) = reload::Layer::new(parse(filter)?);
    let format = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    tracing_subscriber::registry()
        .with(layer)
        .with(format)
        .init();
    Ok(LogControl { handle })
}

impl LogControl {
    /// Replaces the filter; what is logged from now on follows it.
    ///
    /// # Errors
    /// [`BadFilter`]; the old filter stays.
    pub fn set(&self, filter: &str) -> Result<(), BadFilter> {
        let parsed = parse(filter)?;
        self.handle.reload(parsed).map_err(|error| BadFilter {
            filter: filter.to_owned(),
            why: error.to_string(),
        })
    }
}
