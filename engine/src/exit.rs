//! Why a process ended (R4: fault identification).
//!
//! Every exit carries an [`ExitReason`]; links and monitors pass it on unchanged, so the
//! process that learns of a death learns its cause: a panic with its message and source
//! location, an overflowing mailbox, a lost node, or a reason the process chose.

use std::fmt;
use std::sync::Arc;

/// The cause of a process exit.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq)]
pub enum ExitReason {
    /// The process finished its work. Links ignore it unless trapping exits.
    Normal,
    /// The process was asked to stop, usually by its supervisor or node shutdown.
    Shutdown,
    /// The process was killed by `kill`, which cannot be trapped.
    Killed,
    /// A handler panicked; the process died and nothing else did.
    Panic(Arc<PanicInfo>),
    /// A reason of the process's own choosing (Erlang's `exit(Term)`).
    Custom(Arc<str>),
    /// The target of a link or monitor did not exist.
    NoProc,
    /// The node of a linked or monitored process became unreachable.
    NoConnection,
    /// A message arrived at a full mailbox of a process whose overflow policy is to exit.
    MailboxOverflow,
    /// The process's system lane (replies, timer messages, signals) reached
    /// [`crate::SYSTEM_LANE_LEN_MAX`]: it handled nothing while they poured in.
    SystemOverflow,
    /// A supervisor restarted children more often than its intensity allows and gave up.
    RestartIntensity,
    /// The shard could not hold another process (its process limit was reached).
    ProcessLimit,
}

/// What a panicking handler said, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PanicInfo {
    /// The panic message (the payload when it was a string).
    pub message: String,
    /// `file:line:column` of the panic, when the hook saw it.
    pub location: Option<String>,
}

impl ExitReason {
    /// A reason of the process's own choosing.
    pub fn custom(text: impl Into<Arc<str>>) -> Self {
        Self::Custom(text.into())
    }

    /// `normal`: what links ignore unless trapping exits.
    pub fn is_normal(&self) -> bool {
        matches!(self, Self::Normal)
    }

    /// Whether a *transient* child ending this way is restarted (OTP: everything except
    /// `normal` and `shutdown`).
    pub fn restarts_transient(&self) -> bool {
        !matches!(self, Self::Normal | Self::Shutdown)
    }
}

impl fmt::Display for ExitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Normal => f.write_str("normal"),
            Self::Shutdown => f.write_str("shutdown"),
            Self::Killed => f.write_str("killed"),
            Self::Panic(info) => match &info.location {
                Some(location) => write!(f, "panic at {location}: {}", info.message),
                None => write!(f, "panic: {}", info.message),
            },
            Self::Custom(text) => write!(f, "exit: {text}"),
            Self::NoProc => f.write_str("noproc"),
            Self::NoConnection => f.write_str("noconnection"),
            Self::MailboxOverflow => f.write_str("mailbox overflow"),
            Self::SystemOverflow => f.write_str("system lane overflow"),
            Self::RestartIntensity => f.write_str("reached max restart intensity"),
            Self::ProcessLimit => f.write_str("shard process limit reached"),
        }
    }
}

impl fmt::Debug for ExitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
