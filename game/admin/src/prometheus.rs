//! Prometheus' text exposition format (version 0.0.4), written exactly.
//!
//! ```text
//! # HELP hearth_spawns_total Processes created.
//! # TYPE hearth_spawns_total counter
//! hearth_spawns_total{shard="0"} 12
//! ```
//!
//! Invariants the writer keeps (a scraper rejects the whole page otherwise):
//! - every family's `HELP` and `TYPE` come once, before its samples, and its samples are
//!   contiguous (one [`Exposition::family`] call writes them all);
//! - names match `[a-zA-Z_:][a-zA-Z0-9_:]*` and label names `[a-zA-Z_][a-zA-Z0-9_]*`
//!   (asserted: they are the program's own constants);
//! - help text escapes `\` and newline; label values escape `\`, `"` and newline;
//! - a counter's name ends in `_total`.

use std::fmt::Write as _;

/// The content type of the page.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// What a family's samples mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Only goes up (restarts at zero with the process).
    Counter,
    /// Goes up and down.
    Gauge,
    /// Observations counted in cumulative buckets, with their sum and count.
    Histogram,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Self::Counter => "counter",
            Self::Gauge => "gauge",
            Self::Histogram => "histogram",
        }
    }
}

/// One sample: label pairs and a value.
pub type Sample<'a> = (&'a [(&'a str, &'a str)], f64);

/// A page of metrics being written.
#[derive(Debug, Default)]
pub struct Exposition {
    text: String,
    /// Families written so far (a name twice would make the page invalid).
    names: Vec<&'static str>,
}

impl Exposition {
    /// An empty page.
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes the family `name` with `help` and all its samples.
    ///
    /// # Panics
    /// If `name` or a label name is not a valid metric name, a counter's name does not end
    /// in `_total`, or the family was written already: programmer errors.
    pub fn family<'a>(
        &mut self,
        name: &'static str,
        kind: Kind,
        help: &str,
        samples: impl IntoIterator<Item = Sample<'a>>,
    ) {
        assert!(valid_name(name, true), "bad metric name {name:?}");
        assert!(
            kind != Kind::Counter || name.ends_with("_total"),
            "counter {name} must end in _total"
        );
        assert!(!self.names.contains(&name), "family {name} written twice");
        self.names.push(name);
        let _ = writeln!(self.text, "# HELP {name} {}", escape(help, false));
        let _ = writeln!(self.text, "# TYPE {name} {}", kind.name());
        for (labels, value) in samples {
            self.sample(name, labels, value);
        }
    }

    /// Writes the histogram family `name`: per series, its labels, the count in each
    /// bucket of `bounds` and past the last (not cumulative: the writer adds them up),
    /// and the observations' sum.
    ///
    /// # Panics
    /// If a series' counts are not one more than the bounds, or the bounds do not rise:
    /// programmer errors.
    pub fn histogram<'a>(
        &mut self,
        name: &'static str,
        help: &str,
        bounds: &[f64],
        series: impl IntoIterator<Item = (&'a [(&'a str, &'a str)], &'a [u64], f64)>,
    ) {
        assert!(
            bounds.windows(2).all(|pair| pair[0] < pair[1]),
            "bounds rise"
        );
        self.family(name, Kind::Histogram, help, []);
        let les: Vec<String> = bounds.iter().map(|bound| format!("{bound}")).collect();
        for (labels, counts, sum) in series {
            assert_eq!(
                counts.len(),
                bounds.len() + 1,
                "a count per bucket and +Inf"
            );
            let mut cumulative = 0;
            for (index, count) in counts.iter().enumerate() {
                cumulative += count;
                let le = les.get(index).map_or("+Inf", String::as_str);
                let mut with_le = labels.to_vec();
                with_le.push(("le", le));
                self.sample(&format!("{name}_bucket"), &with_le, cumulative as f64);
            }
            self.sample(&format!("{name}_sum"), labels, sum);
            self.sample(&format!("{name}_count"), labels, cumulative as f64);
        }
    }

    /// Writes a family of one unlabelled sample.
    pub fn single(&mut self, name: &'static str, kind: Kind, help: &str, value: f64) {
        self.family(name, kind, help, [(&[][..], value)]);
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        self.text.push_str(name);
        if !labels.is_empty() {
            self.text.push('{');
            for (index, (label, label_value)) in labels.iter().enumerate() {
                assert!(valid_name(label, false), "bad label name {label:?}");
                if index > 0 {
                    self.text.push(',');
                }
                let _ = write!(self.text, "{label}=\"{}\"", escape(label_value, true));
            }
            self.text.push('}');
        }
        self.text.push(' ');
        write_value(&mut self.text, value);
        self.text.push('\n');
    }

    /// The page.
    pub fn into_text(self) -> String {
        self.text
    }
}

/// Integers print without a fraction; the format's special values by their names.
fn write_value(out: &mut String, value: f64) {
    if value.is_nan() {
        out.push_str("NaN");
    } else if value.is_infinite() {
        out.push_str(if value > 0.0 { "+Inf" } else { "-Inf" });
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        let _ = write!(out, "{}", value as i64);
    } else {
        let _ = write!(out, "{value}");
    }
}

fn valid_name(name: &str, colons: bool) -> bool {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || (colons && c == ':'));
    first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || (colons && c == ':'))
}

fn escape(text: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '"' if quotes => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_written_exactly() {
        let mut page = Exposition::new();
        page.family(
            "hearth_spawns_total",
            Kind::Counter,
            "Processes created.",
            [(&[("shard", "0")][..], 12.0), (&[("shard", "1")][..], 3.0)],
        );
        page.single("hearth_uptime_seconds", Kind::Gauge, "Since start.", 1.5);
        assert_eq!(
            page.into_text(),
            "# HELP hearth_spawns_total Processes created.\n\
             # TYPE hearth_spawns_total counter\n\
             hearth_spawns_total{shard=\"0\"} 12\n\
             hearth_spawns_total{shard=\"1\"} 3\n\
             # HELP hearth_uptime_seconds Since start.\n\
             # TYPE hearth_uptime_seconds gauge\n\
             hearth_uptime_seconds 1.5\n"
        );
    }

    #[test]
    fn a_histogram_is_cumulative_with_sum_and_count() {
        let mut page = Exposition::new();
        let labels = [("kind", "echo")];
        page.histogram(
            "t_seconds",
            "Latency.",
            &[0.001, 0.01],
            [(&labels[..], &[2, 0, 1][..], 5.5)],
        );
        assert_eq!(
            page.into_text(),
            "# HELP t_seconds Latency.\n\
             # TYPE t_seconds histogram\n\
             t_seconds_bucket{kind=\"echo\",le=\"0.001\"} 2\n\
             t_seconds_bucket{kind=\"echo\",le=\"0.01\"} 2\n\
             t_seconds_bucket{kind=\"echo\",le=\"+Inf\"} 3\n\
             t_seconds_sum{kind=\"echo\"} 5.5\n\
             t_seconds_count{kind=\"echo\"} 3\n"
        );
    }

    #[test]
    fn help_and_label_values_are_escaped() {
        let mut page = Exposition::new();
        page.family(
            "hearth_info",
            Kind::Gauge,
            "a \\ b\nc",
            [(&[("version", "x\"y\\z\nw")][..], 1.0)],
        );
        let text = page.into_text();
        assert!(text.contains("# HELP hearth_info a \\\\ b\\nc\n"), "{text}");
        assert!(
            text.contains("hearth_info{version=\"x\\\"y\\\\z\\nw\"} 1\n"),
            "{text}"
        );
    }

    #[test]
    fn special_values_use_the_formats_names() {
        let mut out = String::new();
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -2.0, 0.25] {
            write_value(&mut out, value);
            out.push(' ');
        }
        assert_eq!(out, "NaN +Inf -Inf -2 0.25 ");
    }

    #[test]
    #[should_panic(expected = "must end in _total")]
    fn a_counter_without_total_is_a_programmer_error() {
        Exposition::new().single("hearth_spawns", Kind::Counter, "x", 1.0);
    }

    #[test]
    #[should_panic(expected = "written twice")]
    fn a_family_twice_is_a_programmer_error() {
        let mut page = Exposition::new();
        page.single("hearth_up", Kind::Gauge, "x", 1.0);
        page.single("hearth_up", Kind::Gauge, "x", 1.0);
    }

    #[test]
    fn names_are_checked() {
        assert!(valid_name("hearth:rate_5m", true));
        assert!(!valid_name("hearth:rate", false));
        assert!(!valid_name("9lives", true));
        assert!(!valid_name("", true));
        assert!(!valid_name("a-b", true));
    }
}
