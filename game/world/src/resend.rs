//! A session's resend cache: the last frames sent to the client, kept in one byte ring so
//! that caching a frame costs a copy, not an allocation (a Person caches ~26 frames a
//! second at the seed's rates).

use std::collections::VecDeque;

/// The last frames of a session, oldest dropped first past either bound.
#[derive(Debug)]
pub struct ResendCache {
    bytes: VecDeque<u8>,
    frames: VecDeque<(u64, u32)>,
    frames_max: usize,
    bytes_max: usize,
}

impl ResendCache {
    /// An empty cache of at most `frames_max` frames and `bytes_max` bytes.
    pub fn new(frames_max: usize, bytes_max: usize) -> Self {
        Self {
            bytes: VecDeque::new(),
            frames: VecDeque::new(),
            frames_max,
            bytes_max,
        }
    }

    /// Keeps `frame` as the frame of `seq` (seqs must grow). A frame larger than the
    /// whole cache empties it and is not kept.
    pub fn push(&mut self, seq: u64, frame: &[u8]) {
        if frame.len() > self.bytes_max || self.frames_max == 0 {
            self.clear();
            return;
        }
        while self.frames.len() >= self.frames_max
            || self.bytes.len() + frame.len() > self.bytes_max
        {
            self.pop_oldest();
        }
        self.bytes.extend(frame);
        self.frames.push_back((seq, frame.len() as u32));
    }

    fn pop_oldest(&mut self) {
        if let Some((_, len)) = self.frames.pop_front() {
            self.bytes.drain(..len as usize);
        }
    }

    /// The frames after `last_seq`, concatenated, and the first one's seq (0: none).
    pub fn after(&self, last_seq: u64) -> (Vec<u8>, u64) {
        let mut out = Vec::new();
        let mut first = 0;
        let mut at = 0;
        for &(seq, len) in &self.frames {
            let end = at + len as usize;
            if seq > last_seq {
                if first == 0 {
                    first = seq;
                }
                out.extend(self.bytes.range(at..end));
            }
            at = end;
        }
        (out, first)
    }

    /// Forgets every frame.
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.frames.clear();
    }

    /// Frames kept.
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    /// Whether no frame is kept.
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Bytes kept.
    pub fn bytes(&self) -> usize {
        self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random pushes and reads against a model (a list of owned frames), seeds in the
    /// failure messages.
    #[test]
    fn matches_a_model_of_owned_frames() {
        for seed in 0..500_u64 {
            fastrand::seed(seed);
            let (frames_max, bytes_max) = (fastrand::usize(1..20), fastrand::usize(1..200));
            let mut cache = ResendCache::new(frames_max, bytes_max);
            let mut model: VecDeque<(u64, Vec<u8>)> = VecDeque::new();
            for seq in 1..200_u64 {
                let frame: Vec<u8> = (0..fastrand::usize(0..60))
                    .map(|_| fastrand::u8(..))
                    .collect();
                cache.push(seq, &frame);
                if frame.len() > bytes_max {
                    model.clear();
                } else {
                    model.push_back((seq, frame));
                    while model.len() > frames_max
                        || model.iter().map(|(_, f)| f.len()).sum::<usize>() > bytes_max
                    {
                        model.pop_front();
                    }
                }
                let last = fastrand::u64(0..=seq);
                let expected: Vec<u8> = model
                    .iter()
                    .filter(|(s, _)| *s > last)
                    .flat_map(|(_, f)| f.iter().copied())
                    .collect();
                let first = model.iter().find(|(s, _)| *s > last).map_or(0, |(s, _)| *s);
                assert_eq!(
                    cache.after(last),
                    (expected, first),
                    "seed {seed} seq {seq}"
                );
                assert_eq!(cache.len(), model.len(), "seed {seed} seq {seq}");
                assert!(cache.bytes() <= bytes_max && cache.len() <= frames_max);
            }
        }
    }
}
