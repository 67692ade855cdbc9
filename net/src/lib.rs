//! `hearth-net`: distribution between Hearth nodes — TCP transport on the shard's io loop,
//! cookie-authenticated handshake, validated rkyv frames, and remote links, monitors,
//! spawns and names. Not built yet: see the distribution issue.
