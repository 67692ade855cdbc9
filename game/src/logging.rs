//! The node's log: a filter that can change while the node runs; text (plain when
//! stderr is not a terminal: a log file or journald gets no colour escape sequences) or
//! one JSON object per line for a log pipeline.

use std::io::IsTerminal;

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Registry, reload};

/// Changes the filter of the log installed by [`init`].
pub struct LogControl {
    handle: reload::Handle<EnvFilter, Registry>,
    format: LogFormat,
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

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines (coloured on a terminal).
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, `fields`.
    Json,
}

/// Installs the process's log on stderr with `filter`, written as `format`.
///
/// # Errors
/// [`BadFilter`]; nothing is installed then.
pub fn init(filter: &str, format: LogFormat) -> Result<LogControl, BadFilter> {
    let (layer, handle) = reload::Layer::new(parse(filter)?);
    let text = (format == LogFormat::Text).then(|| {
        tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
    });
    let json = (format == LogFormat::Json).then(|| {
        tracing_subscriber::fmt::layer()
            .json()
            .with_writer(std::io::stderr)
    });
    tracing_subscriber::registry()
        .with(layer)
        .with(text)
        .with(json)
        .init();
    Ok(LogControl { handle, format })
}

impl LogControl {
    /// The format the log was installed with (it changes only at a restart).
    pub fn format(&self) -> LogFormat {
        self.format
    }

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
