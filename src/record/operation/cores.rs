//! The name cores of a document's campaign mentions, kept without hashing
//! while they are few.

use std::collections::HashMap;

/// Name cores end to end in one string. A document names few campaigns, so
/// a linear search beats hashing `String` keys; past [`Cores::LINEAR`]
/// cores a map keeps hostile input linear.
#[derive(Default)]
pub(super) struct Cores {
    all: String,
    /// Where each core ends in `all`.
    ends: Vec<usize>,
    /// The first index of each core, once there are many.
    many: HashMap<String, usize>,
}

impl Cores {
    /// The most cores searched one by one.
    const LINEAR: usize = 16;

    /// The core `k`.
    pub(super) fn get(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.all[start..self.ends[k]]
    }

    /// The first of the cores that is `key`, if one is.
    pub(super) fn position(&self, key: &str) -> Option<usize> {
        if self.ends.len() > Self::LINEAR {
            return self.many.get(key).copied();
        }
        (0..self.ends.len()).find(|&k| self.get(k) == key)
    }

    /// Add `key` as the next core.
    pub(super) fn push(&mut self, key: &str) {
        self.all.push_str(key);
        self.ends.push(self.all.len());
        let n = self.ends.len();
        if n == Self::LINEAR + 1 {
            for k in 0..n {
                let core = self.get(k).to_string();
                self.many.entry(core).or_insert(k);
            }
        } else if n > Self::LINEAR + 1 {
            self.many.entry(key.to_string()).or_insert(n - 1);
        }
    }
}
