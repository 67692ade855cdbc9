//! Load reports on disk: the HDR histogram's percentile distribution (`.hgrm`, the
//! format of HdrHistogram's `outputPercentileDistribution`, readable by its plotter) and
//! an SVG plot of latency over time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use hdrhistogram::Histogram;

use crate::bots::WorldLoadReport;

/// Percentile ticks per halving of the distance to 100 % in the `.hgrm` file.
const HGRM_TICKS_PER_HALF: u32 = 5;
/// Plot size, pixels.
const PLOT_WIDTH: f64 = 900.0;
/// Plot height, pixels.
const PLOT_HEIGHT: f64 = 420.0;
/// Plot margin, pixels.
const PLOT_MARGIN: f64 = 60.0;

/// A plotted series: its name, colour, and value (ms) from a second's histogram.
type Series = (&'static str, &'static str, fn(&Histogram<u64>) -> f64);

/// The percentile distribution of `latency_ns` in milliseconds, as `.hgrm` text.
pub fn hgrm(latency_ns: &Histogram<u64>) -> String {
    let mut text = String::from("       Value     Percentile TotalCount 1/(1-Percentile)\n\n");
    for step in latency_ns.iter_quantiles(HGRM_TICKS_PER_HALF) {
        let quantile = step.quantile_iterated_to();
        let inverse = if quantile < 1.0 {
            format!("{:14.2}", 1.0 / (1.0 - quantile))
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "{:12.3} {:14.12} {:10} {}",
            step.value_iterated_to() as f64 / 1e6,
            quantile,
            step.count_since_last_iteration(),
            inverse
        );
    }
    let _ = writeln!(
        text,
        "#[Mean    = {:12.3}, StdDeviation   = {:12.3}]\n#[Max     = {:12.3}, Total count    = {:12}]",
        latency_ns.mean() / 1e6,
        latency_ns.stdev() / 1e6,
        latency_ns.max() as f64 / 1e6,
        latency_ns.len()
    );
    text
}

/// An SVG plot of p50, p99 and max latency (ms) per second, with `title` above.
pub fn latency_svg(title: &str, seconds: &[Histogram<u64>]) -> String {
    let series: [Series; 3] = [
        ("p50", "#1f77b4", |h| h.value_at_quantile(0.5) as f64 / 1e6),
        ("p99", "#d62728", |h| h.value_at_quantile(0.99) as f64 / 1e6),
        ("max", "#7f7f7f", |h| h.max() as f64 / 1e6),
    ];
    let top = seconds
        .iter()
        .map(|h| h.max() as f64 / 1e6)
        .fold(1.0_f64, f64::max)
        * 1.1;
    let span = seconds.len().max(2) as f64 - 1.0;
    let (width, height) = (
        PLOT_WIDTH - 2.0 * PLOT_MARGIN,
        PLOT_HEIGHT - 2.0 * PLOT_MARGIN,
    );
    let x = |second: usize| PLOT_MARGIN + second as f64 / span * width;
    let y = |ms: f64| PLOT_MARGIN + height - ms / top * height;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PLOT_WIDTH}\" height=\"{PLOT_HEIGHT}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"{PLOT_MARGIN}\" y=\"24\" font-size=\"14\">{}</text>\n",
        escape(title)
    );
    let _ = writeln!(
        svg,
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"black\"/><line x1=\"{0}\" y1=\"{2}\" x2=\"{3}\" y2=\"{2}\" stroke=\"black\"/>",
        PLOT_MARGIN,
        PLOT_MARGIN,
        PLOT_MARGIN + height,
        PLOT_MARGIN + width
    );
    for tick in 0..=4 {
        let ms = top * f64::from(tick) / 4.0;
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{ms:.1}</text><line x1=\"{PLOT_MARGIN}\" y1=\"{1:.1}\" x2=\"{:.1}\" y2=\"{1:.1}\" stroke=\"#ddd\"/>",
            PLOT_MARGIN - 6.0,
            y(ms),
            PLOT_MARGIN + width
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">second of the measurement ({} s)</text><text x=\"14\" y=\"{:.1}\" transform=\"rotate(-90 14 {:.1})\" text-anchor=\"middle\">latency, ms</text>",
        PLOT_MARGIN + width / 2.0,
        PLOT_HEIGHT - 16.0,
        seconds.len(),
        PLOT_MARGIN + height / 2.0,
        PLOT_MARGIN + height / 2.0
    );
    for (index, (name, color, value)) in series.iter().enumerate() {
        let points: Vec<String> = seconds
            .iter()
            .enumerate()
            .map(|(second, histogram)| format!("{:.1},{:.1}", x(second), y(value(histogram))))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"{color}\">{name}</text>",
            points.join(" "),
            PLOT_MARGIN + width - 40.0,
            PLOT_MARGIN + 16.0 * (index as f64 + 1.0)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A report file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {source}", path.display())]
pub struct WriteError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub source: std::io::Error,
}

/// Writes `text` to `path`.
///
/// # Errors
/// [`WriteError`]: the I/O error, with the path.
pub fn write(path: &Path, text: &str) -> Result<(), WriteError> {
    std::fs::write(path, text).map_err(|source| WriteError {
        path: path.to_owned(),
        source,
    })
}

/// Writes an in-process run's latency distribution to `histogram` (`.hgrm`) and its
/// per-second plot to `plot` (SVG).
///
/// # Errors
/// [`WriteError`] for the first file that cannot be written.
pub fn write_in_process(
    report: &WorldLoadReport,
    histogram: &Path,
    plot: &Path,
) -> Result<(), WriteError> {
    write(histogram, &hgrm(&report.latency))?;
    let title = format!(
        "hearth load-in-process: {} players, {} AI, {} shards — reply latency per second",
        report.spec.players, report.ai_started, report.spec.shards
    );
    write(plot, &latency_svg(&title, &report.seconds_latency))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Histogram<u64> {
        let mut histogram = Histogram::new_with_max(60_000_000_000, 3).unwrap();
        for ms in 1..=100 {
            histogram.record(ms * 1_000_000).unwrap();
        }
        histogram
    }

    #[test]
    fn hgrm_lists_percentiles_up_to_the_max() {
        let text = hgrm(&sample());
        let first = text.lines().nth(2).unwrap();
        assert!(first.trim_start().starts_with("1.000"), "{first}");
        assert!(text.contains("#[Max     =      100.0"), "{text}");
        assert!(text.contains("Total count    =          100]"), "{text}");
    }

    #[test]
    fn the_plot_has_one_point_per_second_per_series() {
        let svg = latency_svg("a <test>", &[sample(), sample(), sample()]);
        assert_eq!(svg.matches("<polyline").count(), 3);
        let points = svg
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(points.split(' ').count(), 3);
        assert!(svg.contains("a &lt;test&gt;"));
    }
}
