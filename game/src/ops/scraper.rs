//! `hearth load --in-process --scrape-ms`: a real admin listener over the load's node and
//! a thread that asks it for a page (`/metrics`, or the observer's `/observer/state`) on a
//! schedule, to measure what observing costs.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hearth_admin::{AdminConfig, AdminServer, Exposition, Operator, ReloadError, Reloaded};

use super::{ADMIN_LISTEN_DEFAULT, NodeObserver};
use crate::node::Role;

/// An admin listener over an in-process load's node and a thread that asks it for
/// `path` every `every` (on a fixed schedule) until dropped; says on stderr how many
/// scrapes it made. For `hearth load --in-process --scrape-ms --scrape-path`.
pub fn scraper(every: Duration, path: &str) -> hearth_load::bots::Observer {
    let path: Arc<str> = Arc::from(path);
    hearth_load::bots::Observer(Arc::new(move |node, store| {
        let observer = NodeObserver::new(
            node.clone(),
            None,
            None,
            store.cloned(),
            None,
            None,
            Role::All,
        );
        Box::new(Scraping::start(observer, every, Arc::clone(&path)))
    }))
}

/// A load's node with nothing to reload.
struct LoadOperator(NodeObserver);

impl Operator for LoadOperator {
    fn metrics(&self, page: &mut Exposition) {
        self.0.write_metrics(page);
    }

    fn serving(&self) -> bool {
        true
    }

    fn reload(&self) -> Result<Reloaded, ReloadError> {
        Err(ReloadError::NoConfigFile)
    }

    fn page(&self, path: &str) -> Option<hearth_admin::Page> {
        super::observer::page(&self.0, path)
    }
}

/// A running scraper; stops when dropped.
struct Scraping {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<(u64, usize)>>,
    _server: Option<AdminServer>,
}

impl Scraping {
    fn start(observer: NodeObserver, every: Duration, path: Arc<str>) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let config = AdminConfig {
            listen: SocketAddr::new(ADMIN_LISTEN_DEFAULT.ip(), 0),
            token: None,
        };
        let server = match AdminServer::start(config, Arc::new(LoadOperator(observer))) {
            Ok(server) => server,
            Err(error) => {
                eprintln!("scraper: {error}");
                return Self {
                    stop,
                    thread: None,
                    _server: None,
                };
            }
        };
        let (addr, stopping) = (server.local_addr(), Arc::clone(&stop));
        let thread = std::thread::spawn(move || scrape_until(addr, &path, every, &stopping));
        Self {
            stop,
            thread: Some(thread),
            _server: Some(server),
        }
    }
}

impl Drop for Scraping {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some((scrapes, bytes)) = self.thread.take().and_then(|thread| thread.join().ok()) {
            eprintln!("scraper: {scrapes} scrapes, the last {bytes} bytes");
        }
    }
}

/// Scrapes `addr` every `every` until `stop`; the scrapes made and the last page's size.
fn scrape_until(addr: SocketAddr, path: &str, every: Duration, stop: &AtomicBool) -> (u64, usize) {
    use std::io::{Read, Write};
    let (mut scrapes, mut bytes) = (0, 0);
    let mut due = Instant::now();
    while !stop.load(Ordering::Acquire) {
        if let Ok(mut stream) = std::net::TcpStream::connect(addr) {
            let _ = stream.write_all(format!("GET {path} HTTP/1.1\r\n\r\n").as_bytes());
            let mut page = Vec::new();
            if stream.read_to_end(&mut page).is_ok() {
                scrapes += 1;
                bytes = page.len();
            }
        }
        due += every;
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
    }
    (scrapes, bytes)
}
