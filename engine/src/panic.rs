//! Turning a handler's panic into an exit reason with its message and location (R4).
//!
//! A process-wide panic hook is installed once. While a handler runs (a thread-local
//! depth), the hook records the panic's location and message for the engine instead of
//! printing it; outside handlers it defers to the hook that was there before, so panics
//! elsewhere still print as usual. A storm of handler panics therefore costs no I/O.

use std::cell::{Cell, RefCell};
use std::panic::PanicHookInfo;
use std::sync::{Arc, Once};

use crate::exit::PanicInfo;

thread_local! {
    static HANDLER_DEPTH: Cell<u32> = const { Cell::new(0) };
    static LAST_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

static INSTALL: Once = Once::new();

/// Installs the hook (idempotent).
pub(crate) fn install_hook() {
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            if HANDLER_DEPTH.with(Cell::get) > 0 {
                let location = info
                    .location()
                    .map(|at| format!("{}:{}:{}", at.file(), at.line(), at.column()));
                LAST_LOCATION.with(|last| *last.borrow_mut() = location);
            } else {
                previous(info);
            }
        }));
    });
}

/// Handlers nest (a spawn runs the child's `init` inside the parent's handler), so this
/// is a depth, not a flag.
pub(crate) fn enter_handler() {
    HANDLER_DEPTH.with(|depth| depth.set(depth.get() + 1));
}

pub(crate) fn leave_handler() {
    HANDLER_DEPTH.with(|depth| depth.set(depth.get() - 1));
}

/// The text of a panic's payload.
pub(crate) fn message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "non-string panic payload".to_owned()
    }
}

/// The message of a caught panic, with the location the hook recorded.
pub(crate) fn take_info(payload: Box<dyn std::any::Any + Send>) -> Arc<PanicInfo> {
    let message = message(payload.as_ref());
    let location = LAST_LOCATION.with(|last| last.borrow_mut().take());
    Arc::new(PanicInfo { message, location })
}
