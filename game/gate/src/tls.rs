//! TLS for clients, optional: a gate configured with a certificate serves the same
//! protocol over TLS on a port of its own, beside the plain one.
//!
//! - rustls (TLS 1.3 and 1.2, ring's cryptography, classical key exchange), a
//!   certificate chain and a private key from PEM files, no client certificates.
//! - The connection checks that need no bytes (per-address throttle, the node's
//!   connection limit) run before the TLS handshake; the handshake then has
//!   [`TLS_HANDSHAKE_TIMEOUT`]. A client that fails it is closed without a goodbye (there
//!   is no channel to say one on) and counted in `/metrics`.
//! - Inside TLS everything is as on the plain port (`docs/protocol.md`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// Time a client has to finish the TLS handshake.
pub const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why TLS cannot be set up.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// The certificate file holds no certificate, or cannot be read.
    #[error("TLS certificate {0}: {1}")]
    Certificate(PathBuf, String),
    /// The key file holds no private key, or cannot be read.
    #[error("TLS key {0}: {1}")]
    Key(PathBuf, String),
    /// rustls refused the pair (a key that does not match, an unsupported algorithm).
    #[error("TLS certificate and key: {0}")]
    Config(String),
}

/// A gate's TLS port: where it listens and what it presents.
#[derive(Clone)]
pub struct ClientTls {
    /// The TLS listen address (every shard listens).
    pub listen: std::net::SocketAddr,
    /// The server side of the handshake.
    pub config: Arc<ServerConfig>,
    /// Where its certificate chain and key were read from (a reload compares them).
    pub files: (PathBuf, PathBuf),
}

impl ClientTls {
    /// TLS on `listen` with the certificate chain in `cert` and the key in `key` (PEM).
    ///
    /// # Errors
    /// See [`TlsError`].
    pub fn load(listen: std::net::SocketAddr, cert: &Path, key: &Path) -> Result<Self, TlsError> {
        Ok(Self {
            listen,
            config: server_config(cert, key)?,
            files: (cert.to_owned(), key.to_owned()),
        })
    }
}

impl std::fmt::Debug for ClientTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientTls")
            .field("listen", &self.listen)
            .finish_non_exhaustive()
    }
}

/// The server configuration for the certificate chain in `cert` and the key in `key`
/// (PEM files).
///
/// # Errors
/// See [`TlsError`].
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, TlsError> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|error| TlsError::Certificate(cert.to_owned(), error.to_string()))?
        .collect::<Result<_, _>>()
        .map_err(|error| TlsError::Certificate(cert.to_owned(), error.to_string()))?;
    if chain.is_empty() {
        return Err(TlsError::Certificate(
            cert.to_owned(),
            "no certificate in the file".into(),
        ));
    }
    let key_der = PrivateKeyDer::from_pem_file(key)
        .map_err(|error| TlsError::Key(key.to_owned(), error.to_string()))?;
    // ring, not aws-lc-rs: ring already seals node links, and aws-lc-rs is a long C and
    // cmake build. rustls deprecates ring's provider because it has no post-quantum key
    // exchange (X25519MLKEM768): client sessions here use classical X25519/P-256.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| TlsError::Config(error.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key_der)
        .map_err(|error| TlsError::Config(error.to_string()))?;
    Ok(Arc::new(config))
}
