//! The handshake, both sides, against a peer whose bytes are the input: the accepting
//! side reads a `Hello` and a `Proof`, the connecting side a `HelloAck` and a `Verdict`.
//! Every input ends in an error (the input cannot know the challenge, so it cannot
//! prove the cookie), never a panic, and never a peer let in.

#![no_main]

use futures_lite::future::block_on;
use futures_lite::io::AssertAsync;
use hearth_engine::NodeId;
use hearth_net::handshake::{self, Cookie, Identity};
use libfuzzer_sys::fuzz_target;
use std::io::{Cursor, Read, Write};

/// A stream that replays the input and throws away what is written.
struct Scripted(Cursor<Vec<u8>>);

impl Read for Scripted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl Write for Scripted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn identity() -> Identity {
    Identity {
        node: NodeId(1),
        name: "fuzzed".into(),
        listen: "127.0.0.1:4000".parse().unwrap(),
        catalogue: vec![(1, "a"), (2, "b")],
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&side, data)) = data.split_first() else {
        return;
    };
    let mut stream = AssertAsync::new(Scripted(Cursor::new(data.to_vec())));
    let (identity, cookie) = (identity(), Cookie::new("fuzz-cookie"));
    let result = if side % 2 == 0 {
        block_on(handshake::accept(&mut stream, &identity, &cookie))
    } else {
        block_on(handshake::connect(&mut stream, &identity, &cookie))
    };
    assert!(result.is_err(), "a peer without the cookie was let in");
});
