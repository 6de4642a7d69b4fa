//! Where the stateful matcher's time goes per CV (issue 14): parse (`parse_cv`, and serde alone,
//! and serde skipping everything, and the search view the NDJSON path reads) vs search vs result, and the whole NDJSON path against
//! `rank_cvs` of the JSON array. One JSON line; nothing asserted but the two results' agreement.
//!
//!   cargo run --release -p jobspor-core --example rank_profile -- 100000
//!
//! (`--release` is opt-level "z" as the wasm modules are.) With `ONLY_NDJSON=1` it runs only the
//! matcher's NDJSON path three times, for a profiler (`perf record`).
use jobspor_core::joborder::{self as jo};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let order_text = std::fs::read_to_string("tests/fixtures/joborder/job-order.json").unwrap();
    let (order, options) = jo::prepare_json(&order_text, None).unwrap();
    let cvs = jo::generate_cvs(n, 42);
    let lines: Vec<String> = cvs.iter().map(|c| serde_json::to_string(c).unwrap()).collect();
    let ndjson = lines.join("\n");
    let array = format!("[{}]", lines.join(","));
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    if std::env::var_os("ONLY_NDJSON").is_some() {
        let m = jo::Matcher::new(&order, &options);
        for _ in 0..3 {
            let mut r = jo::Ranker::new(&m);
            jo::push_ndjson(&m, &mut r, &ndjson).unwrap();
            std::hint::black_box(r.finish_compact(&order));
        }
        return;
    }

    let t = Instant::now();
    let parsed: Vec<_> = lines.iter().map(|l| jobspor_core::cv::parse_cv(l).unwrap()).collect();
    let parse = ms(t);
    let t = Instant::now();
    for l in &lines {
        let _: jobspor_core::cv::model::Cv = serde_json::from_str(l).unwrap();
    }
    let serde_only = ms(t);
    let t = Instant::now();
    for l in &lines {
        let _: serde::de::IgnoredAny = serde_json::from_str(l).unwrap();
    }
    let ignored = ms(t);
    let t = Instant::now();
    let mut view = jo::CvView::default();
    for l in &lines {
        assert!(view.read(l));
    }
    let view_ms = ms(t);
    let m = jo::Matcher::new(&order, &options);
    let t = Instant::now();
    let mut r = jo::Ranker::new(&m);
    for cv in &parsed {
        r.push(&m, cv);
    }
    let search = ms(t);
    let t = Instant::now();
    let c = r.finish_compact(&order);
    let finish = ms(t);
    let t = Instant::now();
    let mut r = jo::Ranker::new(&m);
    jo::push_ndjson(&m, &mut r, &ndjson).unwrap();
    let c2 = r.finish_compact(&order);
    let stream = ms(t);
    assert_eq!(c, c2);
    let t = Instant::now();
    let full = jo::rank_cvs(&jo::parse_cvs(&array).unwrap(), &order, &options);
    let text = ms(t);
    let t = Instant::now();
    let _ = serde_json::to_string(&full).unwrap();
    let ser = ms(t);
    println!(
        "{{\"cvs\":{n},\"ndjson_mb\":{:.1},\"parse_cv_ms\":{parse:.1},\"serde_only_ms\":{serde_only:.1},\"ignored_any_ms\":{ignored:.1},\"view_read_ms\":{view_ms:.1},\"search_ms\":{search:.1},\"finish_ms\":{finish:.1},\"matcher_ndjson_ms\":{stream:.1},\"rank_cvs_json_ms\":{text:.1},\"serialize_full_ms\":{ser:.1}}}",
        ndjson.len() as f64 / 1e6
    );
}
