//! `--report FILE.html`: the batch as one self-contained HTML page for the team lead (issue 21;
//! docs/batch.md): how many CVs Jobnet can find, both scores' distributions, the most common
//! blocking rules and findings, and the call list.
//!
//! One file, nothing to fetch: no script at all, the style sheet inline and allowed by its hash
//! in the page's own Content-Security-Policy (`default-src 'none'`), the charts inline SVG, each
//! with its figures as a table beside it. Every figure carries `data-figure="…"`, so a test can
//! compare it with the CSV's aggregates.

use super::batch::{cvs_da, CallList, Totals};
use base64::Engine;
use jobspor_core::cv::{self, Module};
use jobspor_core::smart::Date;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// At most this many lines of the call list in the report (the CSV has them all).
pub const CALL_LIST_MAX: usize = 2000;

const CSS: &str = "
:root{color:#1a1a1a;background:#fff;font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
body{margin:0}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}
p.lead{font-size:1.1rem;margin:.25rem 0 1rem}
.meta{color:#444}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start;break-inside:avoid}
.pair svg{flex:0 0 auto;max-width:100%;height:auto}
.pair .figures{flex:1 1 18rem}
table{border-collapse:collapse;margin:.25rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;white-space:nowrap}
th,td{border:1px solid #8a8a8a;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef3}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.no{color:#a4261b;font-weight:600}
.yes{color:#1d6b35}
.calllist td{font-size:.95rem}
.calllist td:nth-child(2){white-space:nowrap}
.key{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.key.blue{background:#1f5f8b}.key.red{background:#a4261b}.key.green{background:#1d6b35}
footer{margin-top:2rem;color:#444;font-size:.9rem}
@media print{
 :root{font-size:10.5pt}
 main{max-width:none;padding:0}
 h2{break-after:avoid}
 section,.pair,tr{break-inside:avoid}
 thead{display:table-header-group}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
";

const BLUE: &str = "#1f5f8b";
const RED: &str = "#a4261b";
const GREEN: &str = "#1d6b35";

/// The report's Content-Security-Policy: nothing may load, only the inline style sheet (by its
/// hash) may apply.
pub fn csp() -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()));
    format!("default-src 'none'; style-src 'sha256-{hash}'; img-src 'none'; base-uri 'none'; form-action 'none'")
}

/// Text for HTML (content and attribute values).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn band_label(i: usize) -> String {
    if i == 9 {
        "90–100".into()
    } else {
        format!("{}–{}", i * 10, i * 10 + 9)
    }
}

fn pct(part: u64, whole: u64) -> String {
    if whole == 0 {
        "0 %".into()
    } else {
        format!("{:.0} %", 100.0 * part as f64 / whole as f64)
    }
}

/// A vertical bar chart of the ten score bands, as inline SVG.
fn histogram_svg(id: &str, title: &str, counts: &[u32; 10]) -> String {
    let (w, h, left, bottom, top) = (440.0, 220.0, 36.0, 36.0, 18.0);
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let slot = (w - left - 8.0) / 10.0;
    let mut s = format!(
        "<svg id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title>\
         <line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1a1a1a\"/>",
        esc(title),
        h - bottom,
        w - 8.0,
        h - bottom
    );
    for (i, &c) in counts.iter().enumerate() {
        let bh = (h - bottom - top) * c as f64 / max;
        let x = left + slot * i as f64 + 3.0;
        let y = h - bottom - bh;
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{BLUE}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{c}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10.5\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>",
            slot - 6.0,
            x + (slot - 6.0) / 2.0,
            y - 4.0,
            x + (slot - 6.0) / 2.0,
            h - bottom + 14.0,
            band_label(i)
        );
    }
    let _ = write!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">point (0–100)</text></svg>",
        left + (w - left) / 2.0,
        h - 4.0
    );
    s
}

/// A horizontal bar chart of (label, count) pairs, as inline SVG.
fn bars_svg(id: &str, title: &str, items: &[(String, u32)], colour: &str) -> String {
    let (w, row, label_w) = (500.0, 26.0, 250.0);
    let h = row * items.len().max(1) as f64 + 8.0;
    let max = items.iter().map(|(_, c)| *c).max().unwrap_or(0).max(1) as f64;
    let mut s = format!(
        "<svg id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title>",
        esc(title)
    );
    if items.is_empty() {
        s += "<text x=\"4\" y=\"20\" font-size=\"13\" fill=\"#1a1a1a\">Ingen</text>";
    }
    for (i, (label, c)) in items.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let bw = (w - label_w - 50.0) * *c as f64 / max;
        let short: String = label.chars().take(34).collect();
        let short = if short.len() < label.len() { format!("{short}…") } else { short };
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{colour}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\">{c}</text>",
            2.0,
            y + row / 2.0 + 4.0,
            esc(&short),
            row - 8.0,
            label_w + bw + 4.0,
            y + row / 2.0 + 4.0
        );
    }
    s + "</svg>"
}

/// The searchable share as one stacked bar.
fn searchable_svg(yes: u64, total: u64) -> String {
    let (w, h) = (440.0, 56.0);
    let share = if total == 0 { 0.0 } else { yes as f64 / total as f64 };
    let yw = (w - 2.0) * share;
    format!(
        "<svg id=\"chart-searchable\" role=\"img\" aria-labelledby=\"chart-searchable-title\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"chart-searchable-title\">{yes} af {total} CV'er kan findes i Jobnet ({})</title>\
         <rect x=\"1\" y=\"1\" width=\"{:.1}\" height=\"30\" fill=\"{RED}\"/>\
         <rect x=\"1\" y=\"1\" width=\"{yw:.1}\" height=\"30\" fill=\"{GREEN}\"/>\
         <rect x=\"1\" y=\"1\" width=\"{:.1}\" height=\"30\" fill=\"none\" stroke=\"#1a1a1a\"/>\
         <text x=\"1\" y=\"50\" font-size=\"13\" fill=\"#1a1a1a\">{} kan findes, {} kan ikke</text></svg>",
        pct(yes, total),
        w - 2.0,
        w - 2.0,
        yes,
        total - yes
    )
}

fn rule_title(code: &str) -> String {
    cv::rules::rule_meta(code).map(|m| m.title.da.to_string()).unwrap_or_default()
}

fn severity_da(code: &str) -> &'static str {
    match cv::rules::rule_meta(code).map(|m| m.severity) {
        Some(jobspor_core::Severity::Error) => "Skal rettes",
        Some(jobspor_core::Severity::Warning) => "Bør rettes",
        _ => "Tip",
    }
}

fn histogram_section(s: &mut String, key: &str, heading: &str, intro: &str, counts: &[u32; 10]) {
    let _ = write!(s, "<section aria-labelledby=\"h-{key}\"><h2 id=\"h-{key}\">{heading}</h2><p>{intro}</p><div class=\"pair\">");
    *s += &histogram_svg(&format!("chart-{key}"), &format!("{heading}: antal CV'er i hvert pointinterval"), counts);
    let _ = write!(s, "<div class=\"figures\"><table><caption>{heading}: CV'er pr. interval</caption><thead><tr><th scope=\"col\">Point</th><th scope=\"col\" class=\"n\">CV'er</th></tr></thead><tbody>");
    for (i, c) in counts.iter().enumerate() {
        let _ = write!(s, "<tr><th scope=\"row\">{}</th><td class=\"n\" data-figure=\"{key}-band-{i}\">{c}</td></tr>", band_label(i));
    }
    *s += "</tbody></table></div></div></section>";
}

/// The report (see the module docs). `list` is sorted (call-list order).
pub fn html(t: &Totals, list: &CallList, source: &str, since: Option<Date>) -> String {
    let rows = &list.rows;
    let mut s = String::with_capacity(64 * 1024 + rows.len().min(CALL_LIST_MAX) * 400);
    let today = super::smart::system_today();
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>CV-tjek af {} – Jobspor</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        csp(),
        cvs_da(t.checked)
    );
    let not = t.checked - t.searchable;
    let _ = write!(
        s,
        "<h1>CV-tjek af medlemmernes CV'er</h1>\
         <p class=\"meta\">Kilde: {} · lavet {today} med Jobspor{}</p>\
         <p class=\"lead\"><span data-figure=\"checked\">{}</span> CV'er tjekket. \
         <span data-figure=\"searchable\">{}</span> kan findes i Jobnet ({}); \
         <span data-figure=\"not-searchable\">{not}</span> kan ikke og skal ringes op først. \
         <span data-figure=\"broken\">{}</span> kunne ikke læses.</p>",
        esc(source),
        since.map(|d| format!(" · kun CV'er opdateret {d} eller senere")).unwrap_or_default(),
        t.checked,
        t.searchable,
        pct(t.searchable, t.checked),
        t.broken.len()
    );

    // Searchable.
    s += "<section aria-labelledby=\"h-searchable\"><h2 id=\"h-searchable\">Kan findes i Jobnet</h2>\
          <p>Jobnets egen regel: uddannelse, erhvervserfaring, kontaktoplysninger, mindst ét »Jeg søger job som«, \
          ansættelsesvilkår og synlig e-mail eller telefon. Ellers finder ingen arbejdsgiver CV'et.</p><div class=\"pair\">";
    s += &searchable_svg(t.searchable, t.checked);
    let _ = write!(
        s,
        "<div class=\"figures\"><table><caption>CV'er efter Jobnets regel</caption><tbody>\
         <tr><th scope=\"row\"><span class=\"key green\"></span>Kan findes</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\
         <tr><th scope=\"row\"><span class=\"key red\"></span>Kan ikke findes</th><td class=\"n\">{not}</td><td class=\"n\">{}</td></tr>\
         <tr><th scope=\"row\">I alt</th><td class=\"n\">{}</td><td class=\"n\">100 %</td></tr></tbody></table></div></div></section>",
        t.searchable,
        pct(t.searchable, t.checked),
        pct(not, t.checked),
        t.checked
    );

    histogram_section(
        &mut s,
        "findability",
        "Søgbarhed",
        "Hvor godt de felter, arbejdsgivere søger på, er udfyldt (0–100).",
        &t.findability,
    );
    histogram_section(
        &mut s,
        "selection",
        "Udvælgelse",
        "Hvor godt resten af CV'et hjælper den, der vælger mellem de fundne CV'er (0–100).",
        &t.selection,
    );

    // Blocking rules and modules.
    let mut blocking: Vec<(&String, u32)> = t.rules.iter().filter(|(_, c)| c.blocks).map(|(k, c)| (k, c.cvs)).collect();
    blocking.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    s += "<section aria-labelledby=\"h-blocking\"><h2 id=\"h-blocking\">Det, der oftest holder CV'er ude af Jobnets søgning</h2>\
          <p>Reglerne bag »kan ikke findes«: antal CV'er, hvor reglen slår til.</p><div class=\"pair\">";
    let items: Vec<(String, u32)> = blocking.iter().map(|(k, c)| (format!("{k} {}", rule_title(k)), *c)).collect();
    s += &bars_svg("chart-blocking", "Blokerende regler: antal CV'er", &items, RED);
    s += "<div class=\"figures\"><table><caption>Blokerende regler</caption><thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Hvad</th><th scope=\"col\" class=\"n\">CV'er</th></tr></thead><tbody>";
    for (k, c) in &blocking {
        let _ = write!(s, "<tr><td>{}</td><td>{}</td><td class=\"n\" data-figure=\"blocking-rule-{}\">{c}</td></tr>", esc(k), esc(&rule_title(k)), esc(k));
    }
    if blocking.is_empty() {
        s += "<tr><td colspan=\"3\">Ingen</td></tr>";
    }
    s += "</tbody></table><table><caption>Blokerende moduler</caption><thead><tr><th scope=\"col\">Modul i Jobnet</th><th scope=\"col\" class=\"n\">CV'er</th></tr></thead><tbody>";
    for (i, m) in Module::ALL.iter().enumerate() {
        let c = t.blocking_modules[i];
        if c > 0 {
            let _ = write!(s, "<tr><th scope=\"row\">{}</th><td class=\"n\" data-figure=\"blocking-module\" data-module=\"{}\">{c}</td></tr>", esc(&m.label().da), esc(&m.label().da));
        }
    }
    s += "</tbody></table></div></div></section>";

    // Most common findings.
    let mut common: Vec<(&String, u32, u32)> = t.rules.iter().map(|(k, c)| (k, c.cvs, c.findings)).collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    common.truncate(10);
    s += "<section aria-labelledby=\"h-common\"><h2 id=\"h-common\">De hyppigste fund</h2>\
          <p>De ti regler, der slår til i flest CV'er (fund, som en rådgiver har tilsidesat, tæller ikke).</p><div class=\"pair\">";
    let items: Vec<(String, u32)> = common.iter().map(|(k, c, _)| (format!("{k} {}", rule_title(k)), *c)).collect();
    s += &bars_svg("chart-common", "De hyppigste fund: antal CV'er", &items, BLUE);
    s += "<div class=\"figures\"><table><caption>De hyppigste fund</caption><thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Hvad</th><th scope=\"col\">Alvor</th><th scope=\"col\" class=\"n\">CV'er</th><th scope=\"col\" class=\"n\">Fund</th></tr></thead><tbody>";
    for (k, c, f) in &common {
        let _ = write!(s, "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{c}</td><td class=\"n\">{f}</td></tr>", esc(k), esc(&rule_title(k)), severity_da(k));
    }
    s += "</tbody></table><table><caption>Fund i alt efter alvor</caption><tbody>";
    for (i, label) in ["Skal rettes", "Bør rettes", "Tip"].iter().enumerate() {
        let _ = write!(s, "<tr><th scope=\"row\">{label}</th><td class=\"n\" data-figure=\"severity-{i}\">{}</td></tr>", t.severities[i]);
    }
    s += "</tbody></table></div></div></section>";

    // The call list.
    let _ = write!(
        s,
        "<section aria-labelledby=\"h-calls\"><h2 id=\"h-calls\">Ringeliste</h2>\
         <p>Mest presserende først: kan ikke findes i Jobnet, så lavest søgbarhed, så lavest udvælgelse.{}</p>\
         <table class=\"calllist\"><thead><tr><th scope=\"col\" class=\"n\">#</th><th scope=\"col\">id</th><th scope=\"col\">Kan findes i Jobnet</th>\
         <th scope=\"col\" class=\"n\">Søgbarhed</th><th scope=\"col\" class=\"n\">Udvælgelse</th><th scope=\"col\" class=\"n\">Skal rettes</th>\
         <th scope=\"col\" class=\"n\">Bør rettes</th><th scope=\"col\" class=\"n\">Tip</th><th scope=\"col\">Ret først</th></tr></thead><tbody>",
        if rows.len() > CALL_LIST_MAX {
            format!(" De første {CALL_LIST_MAX} af {}; hele listen er i CSV'en (<code>--format csv</code>).", rows.len())
        } else {
            String::new()
        }
    );
    for (i, r) in rows.iter().take(CALL_LIST_MAX).enumerate() {
        let jobnet = if r.searchable {
            "<span class=\"yes\">ja</span>".to_string()
        } else {
            format!("<span class=\"no\">nej</span> – {}", esc(&r.blocking_text()))
        };
        let _ = write!(
            s,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{jobnet}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            i + 1,
            esc(list.id(r)),
            r.findability,
            r.selection,
            r.counts[0],
            r.counts[1],
            r.counts[2],
            esc(list.fix(r, 0).unwrap_or("–"))
        );
    }
    s += "</tbody></table></section>";

    if !t.broken.is_empty() {
        s += "<section aria-labelledby=\"h-broken\"><h2 id=\"h-broken\">Kunne ikke læses</h2><p>Disse filer eller linjer er ikke gyldige CV'er; ret dem og kør igen.</p>\
              <table><thead><tr><th scope=\"col\">id</th><th scope=\"col\">Fejl</th></tr></thead><tbody>";
        for (id, e) in &t.broken {
            let _ = write!(s, "<tr><td>{}</td><td>{}</td></tr>", esc(id), esc(e));
        }
        s += "</tbody></table></section>";
    }
    let _ = write!(
        s,
        "<footer><p>Lavet med <code>jobspor cv check --cvs … --report</code>. Alt er beregnet på denne computer; \
         siden henter intet og sender intet. Point og regler: se reglerne i Jobspor ({} regler).</p></footer>\n</main>\n</body>\n</html>\n",
        cv::rules::RULES.len()
    );
    s
}
