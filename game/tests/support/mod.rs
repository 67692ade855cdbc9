//! Starting `hearth` node processes for the end-to-end tests.

#![allow(dead_code, unreachable_pub)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hearth_protocol::client::{Client, ClientError};

/// Not a `hearth` flag: tells [`start`] to leave the node's login default (the
/// development secret in its data directory).
pub const DEFAULT_LOGIN: &str = "--default-login";

/// The cluster secret of the tests.
pub const COOKIE: &str = "e2e-cookie-not-secret";
/// The login secret of the tests' nodes (unless a test gives its own, or `--open-login`).
pub const LOGIN_SECRET: &str = "e2e-login-secret-not-secret";
/// Seconds a test's login ticket lives.
const TICKET_LIFETIME_S: u64 = 300;

/// A fresh login ticket for `user` under [`LOGIN_SECRET`].
pub fn ticket(user: &str) -> String {
    hearth_protocol::ticket::issue_fresh(LOGIN_SECRET.as_bytes(), user, TICKET_LIFETIME_S)
}

/// A client logged in as `user` with a fresh ticket.
pub fn log_in(client: &mut Client, user: &str) -> Result<hearth_protocol::LoginOk, ClientError> {
    client.login(user, &ticket(user))
}

/// A file holding [`LOGIN_SECRET`] (written once per test process).
pub fn login_secret_file() -> PathBuf {
    static FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let path =
            std::env::temp_dir().join(format!("hearth-e2e-login-secret-{}", std::process::id()));
        std::fs::write(&path, format!("{LOGIN_SECRET}\n")).unwrap();
        path
    })
    .clone()
}
/// How long a node may take to start.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// How often [`wait_offline`] asks (a pace well inside the strictest test rate limit,
/// 20 requests a second).
const OFFLINE_POLL: Duration = Duration::from_millis(100);

/// The most of a node's stderr a test keeps (its last bytes; a node that logs without
/// end must not fill the pipe and block, nor fill the test's memory).
const STDERR_KEPT_BYTES: usize = 4 * 1024 * 1024;

/// A `hearth` process; killed when dropped.
pub struct NodeProcess {
    pub child: Child,
    pub clients: Option<SocketAddr>,
    pub node: Option<SocketAddr>,
    pub admin: Option<SocketAddr>,
    pub ws: Option<SocketAddr>,
    /// Reads the node's stderr as it comes; yields the last [`STDERR_KEPT_BYTES`].
    stderr: Option<std::thread::JoinHandle<String>>,
    /// The node's own data directory (its embedded store), removed with it; `None` for a
    /// directory the test keeps across nodes ([`start_in`]).
    data: Option<PathBuf>,
}

impl Drop for NodeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(data) = &self.data {
            let _ = std::fs::remove_dir_all(data);
        }
    }
}

/// A data directory no other node of this test run uses.
fn data_dir() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("hearth-e2e-data-{}-{n}", std::process::id()))
}

impl NodeProcess {
    /// The node's own data directory, if it has one ([`start`]).
    pub fn data_dir(&self) -> Option<&std::path::Path> {
        self.data.as_deref()
    }

    /// Kills the node (SIGKILL) and hands back its data directory, kept for a restart.
    pub fn kill_keeping_data(mut self) -> PathBuf {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.data
            .take()
            .expect("a node with a data directory of its own")
    }

    /// Sends `signal` (libc number).
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.child.id() as i32, signal) };
    }

    /// Waits for the process to exit; its exit code and stderr.
    pub fn wait(mut self, timeout: Duration) -> (Option<i32>, String) {
        let started = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status.code();
            }
            if started.elapsed() >= timeout {
                panic!(
                    "node did not exit within {timeout:?}\n{}",
                    threads_of(self.child.id())
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        (status, self.stderr())
    }

    /// What the node wrote to stderr, once it has exited (or closed its stderr).
    fn stderr(&mut self) -> String {
        self.stderr
            .take()
            .and_then(|reader| reader.join().ok())
            .unwrap_or_default()
    }
}

/// Reads `pipe` to its end on a thread of its own, keeping the last
/// [`STDERR_KEPT_BYTES`].
fn collect(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut chunk = [0; 8192];
        while let Ok(read @ 1..) = pipe.read(&mut chunk) {
            kept.extend_from_slice(&chunk[..read]);
            if kept.len() > STDERR_KEPT_BYTES {
                kept.drain(..kept.len() - STDERR_KEPT_BYTES);
            }
        }
        String::from_utf8_lossy(&kept).into_owned()
    })
}

/// What the threads of process `pid` are doing, from `/proc` (state, kernel wait
/// channel and stack) and its io_uring instances' queues: read when a node does not
/// answer, without stopping it (a debugger's attach interrupts its waits).
fn threads_of(pid: u32) -> String {
    let mut report = String::new();
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
        .into_iter()
        .flatten();
    for task in tasks.flatten() {
        let path = task.path();
        let read = |file: &str| std::fs::read_to_string(path.join(file)).unwrap_or_default();
        let stat = read("stat");
        let state = stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .next();
        report += &format!(
            "thread {} {:?} state {} wchan {}\n{}",
            task.file_name().to_string_lossy(),
            read("comm").trim(),
            state.unwrap_or("?"),
            read("wchan"),
            read("stack")
        );
    }
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten();
    for fd in fds.flatten() {
        let target = std::fs::read_link(fd.path()).unwrap_or_default();
        if target.to_string_lossy().contains("io_uring") {
            let info = format!("/proc/{pid}/fdinfo/{}", fd.file_name().to_string_lossy());
            let info = std::fs::read_to_string(info).unwrap_or_default();
            let head: String = info.lines().take(16).collect::<Vec<_>>().join(" | ");
            report += &format!("io_uring fd {}: {head}\n", fd.file_name().to_string_lossy());
        }
    }
    report
}

/// A scratch directory for one test.
pub fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hearth-e2e-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An App node named `app1` and a Gate node joined to it (clients on a free loopback
/// port), in a cluster of the test cookie (written to `dir`); `app_extra` and
/// `gate_extra` are each node's further flags.
pub fn app_and_gate(
    dir: &std::path::Path,
    app_extra: &[&str],
    gate_extra: &[&str],
) -> (NodeProcess, NodeProcess) {
    let cookie = cookie_file(dir);
    let mut app_args = vec!["--role", "app", "--name", "app1", "--listen", "127.0.0.1:0"];
    app_args.extend(["--cookie-file", &cookie]);
    app_args.extend_from_slice(app_extra);
    let app = start(&app_args);
    let app_node = app.node.expect("app listens").to_string();
    let mut gate_args = vec!["--role", "gate", "--client-listen", "127.0.0.1:0"];
    gate_args.extend(["--join", &app_node, "--cookie-file", &cookie]);
    gate_args.extend_from_slice(gate_extra);
    let gate = start(&gate_args);
    (app, gate)
}

/// Writes the test cookie to a file in `dir`.
pub fn cookie_file(dir: &std::path::Path) -> String {
    let path = dir.join("cookie");
    std::fs::write(&path, COOKIE).unwrap();
    path.to_str().unwrap().to_owned()
}

fn command(args: &[&str], data: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hearth"));
    hearth_args(&mut command, args, data);
    command
}

/// [`start`] inside the network namespace `netns` (`ip netns exec`, which then becomes
/// the `hearth` process).
pub fn start_in_netns(netns: &str, args: &[&str]) -> NodeProcess {
    start_in_netns_on(netns, args, data_dir())
}

/// [`start_in_netns`] on the data directory `data` (kept from a node killed with
/// [`NodeProcess::kill_keeping_data`]; removed with this node).
pub fn start_in_netns_on(netns: &str, args: &[&str], data: PathBuf) -> NodeProcess {
    let mut command = Command::new("ip");
    command
        .args(["netns", "exec", netns])
        .arg(env!("CARGO_BIN_EXE_hearth"));
    hearth_args(&mut command, args, &data);
    let mut node = ready(command);
    node.data = Some(data);
    node
}

/// The flags every test node gets: 2 unpinned shards, warnings only (unless a config
/// file is given: its `log` setting then counts; or `HEARTH_TEST_LOG` says otherwise), and [`LOGIN_SECRET`] (unless the test
/// gives a login flag of its own, or [`DEFAULT_LOGIN`]).
fn hearth_args(command: &mut Command, args: &[&str], data: &std::path::Path) {
    command.args(["--shards", "2", "--no-pin"]);
    if !args.contains(&"--config") {
        // `HEARTH_TEST_LOG=info` (or a tracing filter) to see more of what nodes do.
        let level = std::env::var("HEARTH_TEST_LOG").unwrap_or_else(|_| "warn".into());
        command.args(["--log", &level]);
    }
    let own_login = ["--auth-secret-file", "--open-login", DEFAULT_LOGIN]
        .iter()
        .any(|flag| args.contains(flag));
    if !own_login {
        command.arg("--auth-secret-file").arg(login_secret_file());
    }
    let args: Vec<&str> = args
        .iter()
        .copied()
        .filter(|arg| *arg != DEFAULT_LOGIN)
        .collect();
    let args = &args[..];
    command.arg("--data-dir").arg(data).args(args);
    command.env_remove("HEARTH_COOKIE");
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
}

/// [`start`] with clients and the admin listener on free loopback ports, and `args`.
pub fn start_observed(args: &[&str]) -> NodeProcess {
    let mut all = vec![
        "--client-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "127.0.0.1:0",
    ];
    all.extend_from_slice(args);
    start(&all)
}

/// Starts `hearth` with `args` (plus 2 unpinned shards and a data directory of its own)
/// and waits for its ready line.
pub fn start(args: &[&str]) -> NodeProcess {
    let data = data_dir();
    let mut node = start_in(args, &data);
    node.data = Some(data);
    node
}

/// [`start`] with the data directory `data`, which outlives the node (a restart finds
/// its players there).
pub fn start_in(args: &[&str], dir: &std::path::Path) -> NodeProcess {
    ready(command(args, dir))
}

/// Limits the open files of the process `command` starts to `limit` (soft and hard).
fn limit_open_files(command: &mut Command, limit: u64) {
    use std::os::unix::process::CommandExt;
    let rlimit = libc::rlimit {
        rlim_cur: limit,
        rlim_max: limit,
    };
    // SAFETY: setrlimit is async-signal-safe and touches only the child's own limits.
    unsafe {
        command.pre_exec(move || {
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raw const rlimit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
}

/// [`start`] under an open-files limit of `limit`.
pub fn start_with_open_files(args: &[&str], limit: u64) -> NodeProcess {
    let data = data_dir();
    let mut command = command(args, &data);
    limit_open_files(&mut command, limit);
    let mut node = ready(command);
    node.data = Some(data);
    node
}

/// [`fails`] under an open-files limit of `limit`.
pub fn fails_with_open_files(args: &[&str], limit: u64) -> (Option<i32>, String) {
    let data = data_dir();
    let mut command = command(args, &data);
    limit_open_files(&mut command, limit);
    let result = exited(command);
    let _ = std::fs::remove_dir_all(&data);
    result
}

/// The first line `child` writes to stdout, within [`START_TIMEOUT`] (`None` past it).
fn first_line(child: &mut Child) -> Option<String> {
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout piped"));
    let (sender, receiver) = std::sync::mpsc::sync_channel(1);
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let _ = sender.send(line);
    });
    receiver.recv_timeout(START_TIMEOUT).ok()
}

/// Starts `command` and waits for its ready line (within [`START_TIMEOUT`]; past it the
/// test fails with what the node's threads were doing and what it logged).
fn ready(mut command: Command) -> NodeProcess {
    let child = command.spawn().expect("start hearth");
    let mut process = NodeProcess {
        child,
        clients: None,
        node: None,
        admin: None,
        ws: None,
        stderr: None,
        data: None,
    };
    process.stderr = process.child.stderr.take().map(collect);
    let Some(line) = first_line(&mut process.child) else {
        let threads = threads_of(process.child.id());
        let (_, stderr) = process.wait_stderr();
        panic!("hearth did not start within {START_TIMEOUT:?}\n{threads}\n{stderr}");
    };
    if !line.starts_with("hearth ready") {
        let (_, stderr) = process.wait_stderr();
        panic!("hearth did not start: {line:?}\n{stderr}");
    }
    let field = |key: &str| {
        line.split_whitespace()
            .find_map(|pair| pair.strip_prefix(key))
            .and_then(|value| value.parse().ok())
    };
    process.clients = field("clients=");
    process.node = field("node=");
    process.admin = field("admin=");
    process.ws = field("ws=");
    process
}

impl NodeProcess {
    fn wait_stderr(&mut self) -> (Option<i32>, String) {
        let _ = self.child.kill();
        let status = self.child.wait().ok().and_then(|status| status.code());
        (status, self.stderr())
    }

    /// The client address.
    pub fn clients(&self) -> SocketAddr {
        self.clients.expect("a gate role")
    }
}

/// Runs `hearth` with `args` expecting it to fail at once; its exit code and stderr.
pub fn fails(args: &[&str]) -> (Option<i32>, String) {
    let data = data_dir();
    let result = exited(command(args, &data));
    let _ = std::fs::remove_dir_all(&data);
    result
}

/// Runs `command` to its exit, within [`START_TIMEOUT`] (past it the process is killed
/// and the test fails: it was expected to stop by itself); its exit code and stderr.
fn exited(mut command: Command) -> (Option<i32>, String) {
    let mut child = command.stdout(Stdio::null()).spawn().expect("run hearth");
    let stderr = child.stderr.take().map(collect);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() >= START_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hearth did not stop by itself within {START_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = stderr.and_then(|reader| reader.join().ok());
    (status.code(), stderr.unwrap_or_default())
}

/// A logged-in client, retrying while the cluster forms (up to the start timeout).
pub fn logged_in(gate: SocketAddr, user: &str) -> Client {
    let started = Instant::now();
    loop {
        let attempt =
            Client::connect(gate).and_then(|mut client| log_in(&mut client, user).map(|_| client));
        match attempt {
            Ok(client) => return client,
            Err(error) if started.elapsed() < START_TIMEOUT => {
                let _ = error;
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(error) => panic!("{user} cannot log in: {error}"),
        }
    }
}

/// The error a request or login ended with.
pub fn code_of<T: std::fmt::Debug>(result: Result<T, ClientError>) -> hearth_protocol::ErrorCode {
    result
        .expect_err("an error")
        .code()
        .expect("a protocol error")
}

/// Reads until the server says goodbye.
pub trait UntilBye {
    fn recv_until_bye(&mut self) -> Result<(), ClientError>;
}

impl UntilBye for Client {
    fn recv_until_bye(&mut self) -> Result<(), ClientError> {
        loop {
            if let hearth_protocol::client::Incoming::Bye(bye) = self.recv()? {
                let code = hearth_protocol::ErrorCode::try_from(bye.reason)
                    .unwrap_or(hearth_protocol::ErrorCode::ErrorUnspecified);
                return Err(ClientError::Bye {
                    code,
                    message: bye.message,
                });
            }
        }
    }
}

/// Moves `client` to (x, y); the cell it is in then.
pub fn go(client: &mut Client, x: i32, y: i32) -> u32 {
    let moved = client
        .request(hearth_protocol::request::Body::Move(
            hearth_protocol::Move { x, y },
        ))
        .unwrap();
    match moved.body {
        Some(hearth_protocol::reply::Body::Moved(moved)) => moved.cell,
        other => panic!("expected Moved, got {other:?}"),
    }
}

/// Waits until `player`'s Person has ended (its session expired or was closed): `watcher`
/// whispers to the player, which the world refuses once no Person answers to its name.
/// Fails after `timeout`, saying what it waited for. Returns how long it waited.
pub fn wait_offline(watcher: &mut Client, player: u64, timeout: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let whisper = hearth_protocol::Whisper {
            to_player: player,
            text: "still there?".into(),
        };
        match watcher.request(hearth_protocol::request::Body::Whisper(whisper)) {
            Ok(_) => {}
            Err(ClientError::Failed { code, message, .. })
                if code == hearth_protocol::ErrorCode::ErrorInvalid
                    && message.contains("not online") =>
            {
                return started.elapsed();
            }
            Err(error) => panic!("waiting for player {player} to go offline: {error}"),
        }
        assert!(
            started.elapsed() < timeout,
            "waiting {timeout:?} for player {player}'s session to end"
        );
        std::thread::sleep(OFFLINE_POLL);
    }
}

// ----- the admin listener ------------------------------------------------------------

/// How long a metric may take to show what happened (a scrape reads live counters; the
/// wait covers a busy machine).
pub const METRIC_WAIT: Duration = Duration::from_secs(10);
const METRIC_POLL: Duration = Duration::from_millis(50);
/// The admin token of the tests.
pub const TOKEN: &str = "admin-token-not-secret";

/// One HTTP exchange: the status and the body.
pub fn http(addr: SocketAddr, method: &str, path: &str, token: Option<&str>) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("admin listener");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let auth = token.map_or(String::new(), |token| {
        format!("Authorization: Bearer {token}\r\n")
    });
    let request = format!("{method} {path} HTTP/1.1\r\nContent-Length: 0\r\n{auth}\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().expect("a status code");
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    (status, body.to_owned())
}

/// The value of `series` (name and labels, exactly as printed) on the metrics page.
pub fn metric(admin: SocketAddr, series: &str) -> Option<f64> {
    let (status, page) = http(admin, "GET", "/metrics", None);
    assert_eq!(status, 200, "{page}");
    page.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// Waits until `series` reads `value`.
pub fn wait_metric(admin: SocketAddr, series: &str, value: f64) {
    wait_metric_until(admin, series, &format!("read {value}"), |now| {
        now == Some(value)
    });
}

/// Waits until `series` on `admin`'s `/metrics` satisfies `holds` (described as `what`),
/// polling for up to [`METRIC_WAIT`]; its value then.
pub fn wait_metric_until(
    admin: SocketAddr,
    series: &str,
    what: &str,
    holds: impl Fn(Option<f64>) -> bool,
) -> Option<f64> {
    let started = Instant::now();
    loop {
        let now = metric(admin, series);
        if holds(now) {
            return now;
        }
        assert!(
            started.elapsed() < METRIC_WAIT,
            "waited {METRIC_WAIT:?} for {series} to {what}; it reads {now:?}"
        );
        std::thread::sleep(METRIC_POLL);
    }
}
