//! Time grows linearly with input on the hostile recipes of issue 14 (and
//! one the time-aware fuzz target found since): the
//! input at twice the size may cost at most 2.5 times as much.
//!
//! Each recipe is a fragment repeated to a size (or a run of distinct
//! names), chosen to make one stage scan again for every mention: a label
//! search to the end of the text per label, a date search per campaign
//! mention, each agency compared with every earlier one, a backward name
//! extension over a run of head words.
//!
//! Sizes are large enough that a quadratic path costs many times a linear
//! one even in a debug build, and small enough that the whole file runs in
//! seconds. `LINEAR_REPORT=5000 cargo test --release --test linear -- --nocapture report`
//! prints the timings at 5 MB and 10 MB (`LINEAR_REPORT=64` at 64 KB and
//! 128 KB; add `LINEAR_RECIPE=bureau` for the recipes whose name holds
//! `bureau`). The recipes live in `benches/support/hostile.rs`.

use std::time::{Duration, Instant};

use police_bulletin::Parser;

#[path = "../benches/support/hostile.rs"]
mod hostile;

use hostile::{Make, RECIPES};

/// The best of a few runs of a full parse of `text`.
fn time(text: &str) -> Duration {
    let parser = Parser::new().reference_date("2024-06-01".parse().unwrap());
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let b = parser.parse(std::hint::black_box(text)).unwrap();
            std::hint::black_box(&b);
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// The time at `n` bytes and at `2n`, and whether the ratio holds.
fn measure(make: Make, n: usize) -> (Duration, Duration, f64) {
    let (small, large) = (make(n), make(2 * n));
    let (t1, t2) = (time(&small), time(&large));
    (t1, t2, t2.as_secs_f64() / t1.as_secs_f64().max(1e-9))
}

/// Base size: in a debug build smaller, so the whole file stays fast.
const N: usize = if cfg!(debug_assertions) {
    32 << 10
} else {
    512 << 10
};

/// Timed tests run one at a time: the test harness runs tests on parallel
/// threads, and two timings sharing a core would measure each other.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check(recipe: &str) {
    let _alone = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let &(_, make) = RECIPES.iter().find(|(n, _)| *n == recipe).unwrap();
    // A noisy machine can slow one run; a real quadratic path fails every
    // attempt.
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let (t1, t2, ratio) = measure(make, N);
        if ratio <= 2.5 {
            return;
        }
        ratios.push(format!("{t1:?} -> {t2:?} ({ratio:.2}x)"));
    }
    panic!("{recipe}: 2x input cost more than 2.5x time: {ratios:?}");
}

#[test]
fn editor_label() {
    check("editor_label");
}

#[test]
fn source_label() {
    check("source_label");
}

#[test]
fn quoted_operation() {
    check("quoted_operation");
}

#[test]
fn day_campaign() {
    check("day_campaign");
}

#[test]
fn distinct_operations() {
    check("distinct_operations");
}

#[test]
fn quoted_operation_sentences() {
    check("quoted_operation_sentences");
}

#[test]
fn distinct_agencies() {
    check("distinct_agencies");
}

#[test]
fn bureau_run() {
    check("bureau_run");
}

#[test]
fn quotes_and_day_campaigns() {
    check("quotes_and_day_campaigns");
}

#[test]
fn glued_source_labels() {
    check("glued_source_labels");
}

#[test]
fn glued_editor_labels() {
    check("glued_editor_labels");
}

#[test]
fn blank_run_then_figures() {
    check("blank_run_then_figures");
}

#[test]
fn digit_groups() {
    check("digit_groups");
}

#[test]
fn cjk_quoted_names() {
    check("cjk_quoted_names");
}

#[test]
fn dialled_figures() {
    check("dialled_figures");
}

#[test]
fn plural_changes() {
    check("plural_changes");
}

#[test]
fn bare_rates() {
    check("bare_rates");
}

#[test]
fn named_rates() {
    check("named_rates");
}

#[test]
fn percent_run() {
    check("percent_run");
}

#[test]
fn seized_list() {
    check("seized_list");
}

#[test]
fn called_warnings() {
    check("called_warnings");
}

/// The sizes, printed: every recipe at 5 MB and 10 MB. Run it in
/// release with `LINEAR_REPORT=1`; otherwise it does nothing.
#[test]
fn report() {
    let Ok(size) = std::env::var("LINEAR_REPORT") else {
        return;
    };
    // In KB (10^3 bytes); 5000 by default.
    let kb: usize = size.parse().unwrap_or(5000);
    let only = std::env::var("LINEAR_RECIPE").unwrap_or_default();
    for &(name, make) in RECIPES.iter().filter(|(n, _)| n.contains(only.as_str())) {
        let (t1, t2, ratio) = measure(make, kb * 1000);
        println!(
            "{name:28} {kb:>6} KB {t1:>12.3?}  {:>6} KB {t2:>12.3?}  {ratio:.2}x",
            2 * kb
        );
    }
}
