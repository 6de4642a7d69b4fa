//! Time expressions: dates, weekdays, weeks, months, relative spans, meeting anchors, recurring
//! times and frequencies, seasons, and vague non-deadlines. Each resolves to a date when `today`
//! (and for meeting anchors, the next meeting) is known.

use super::{Analysis, Feature, Frequency};
use crate::lexicon::danish;
use crate::lexicon::places::is_placeholder;
use crate::smart::config::SmartOptions;
use crate::smart::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeKind {
    /// "den 15. maj", "15/5", "2026-05-15"
    Date,
    /// "på mandag", "senest fredag"
    Weekday,
    /// "uge 12"
    Week,
    /// "inden for 3 måneder", "i morgen", "i næste uge"
    Relative,
    /// "inden udgangen af juni", "i august"
    Month,
    /// "inden jul"
    Holiday,
    /// "frem til næste samtale"
    Meeting,
    /// "inden ansøgningsfristen": a deadline set elsewhere
    Anchor,
    /// "inden den XX"
    Placeholder,
    /// "hver uge", "om ugen", "dagligt"
    Recurring,
    /// "til sommer", "i år": a time, but too loose to follow up
    Season,
    /// "hurtigst muligt", "snart", "på sigt": no deadline
    Vague,
}

impl TimeKind {
    pub(crate) fn label(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Weekday => "weekday",
            TimeKind::Week => "week",
            TimeKind::Relative => "relative_time",
            TimeKind::Month => "month",
            TimeKind::Holiday => "holiday",
            TimeKind::Meeting => "meeting",
            TimeKind::Anchor => "deadline_anchor",
            TimeKind::Placeholder => "placeholder_date",
            TimeKind::Recurring => "recurring",
            TimeKind::Season => "season",
            TimeKind::Vague => "vague_time",
        }
    }

    /// A point in time one can follow up on.
    pub(crate) fn is_deadline(self) -> bool {
        !matches!(self, TimeKind::Recurring | TimeKind::Season | TimeKind::Vague)
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Time {
    pub f: Feature,
    pub kind: TimeKind,
    pub date: Option<Date>,
    /// Days from today to the time, when known (also without `today` for relative spans).
    pub days: Option<i64>,
    /// The first date of a period ("11/5-24/5"): not the deadline.
    pub range_start: bool,
    /// A weekday named right before this date that is not the date's weekday ("torsdag d. 14/11"
    /// when the 14th is a Saturday): the named weekday, 0 = Monday.
    pub weekday_mismatch: Option<u32>,
    first: usize,
    last: usize,
}

struct Found {
    first: usize,
    last: usize,
    kind: TimeKind,
    date: Option<Date>,
    days: Option<i64>,
    per_week: Option<f64>,
}

impl Found {
    fn new(first: usize, last: usize, kind: TimeKind) -> Found {
        Found { first, last, kind, date: None, days: None, per_week: None }
    }
    fn date(mut self, d: Option<Date>) -> Found {
        self.date = d;
        self
    }
    fn days(mut self, d: Option<i64>) -> Found {
        self.days = d;
        self
    }
}

const MEETING_WORDS: &[&str] = &["samtale", "møde", "opfølgning", "opfølgningssamtale", "opfølgningsmøde", "aftale"];
const MEETING_DEFINITE: &[&str] = &["mødet", "samtalen", "opfølgningen", "opfølgningssamtalen", "opfølgningsmødet"];
const SEASONS: &[&str] = &[
    "sommer", "sommeren", "forår", "foråret", "efterår", "efteråret", "vinter", "vinteren", "sommerferien", "påske",
    "påsken", "vinterferien", "efterårsferien", "sommerferie",
];
/// Words before a time that belong to its evidence ("senest", "frem til", "på").
const LEADS: &[&str] = &["inden", "senest", "til", "frem", "fra", "før", "indtil", "den", "per", "ved", "på", "i", "næste", "allerede"];

pub(super) fn scan(a: &mut Analysis, options: &SmartOptions) {
    let n = a.words.len();
    let mut i = 0;
    while i < n {
        if a.used[i] {
            i += 1;
            continue;
        }
        let Some(mut f) = find_at(a, i, options) else {
            i += 1;
            continue;
        };
        // Leading words: "senest", "frem til", "til og med", "på".
        if f.kind != TimeKind::Vague && f.kind != TimeKind::Recurring {
            let mut steps = 0;
            while f.first > 0 && steps < 3 && !a.used[f.first - 1] && a.words[f.first - 1].sentence == a.words[f.first].sentence {
                let p = a.w(f.first - 1);
                if LEADS.contains(&p) || (p == "med" && f.first >= 3 && a.w(f.first - 2) == "og" && a.is(f.first - 3, &["til", "fra"])) {
                    f.first -= if p == "med" { 3 } else { 1 };
                    steps += 1;
                } else {
                    break;
                }
            }
        }
        for k in f.first..=f.last {
            a.used[k] = true;
        }
        let feat = a.feature(f.first, f.last);
        if let Some(pw) = f.per_week {
            a.frequencies.push(Frequency { f: feat, per_week: pw });
        }
        let days = match (f.date, a.today) {
            (Some(d), Some(t)) => Some(d.unix_days() - t.unix_days()),
            _ => f.days,
        };
        a.times.push(Time { f: feat, kind: f.kind, date: f.date, days, range_start: false, weekday_mismatch: None, first: f.first, last: f.last });
        i = f.last + 1;
    }
    // Periods: "11/5-24/5", "fra 1. juni til 30. juni", "uge 20-22". A weekday right before a
    // date names that date's day ("tirsdag d. 19. maj"): the date decides.
    for k in 1..a.times.len() {
        let (p, q) = (a.times[k - 1], a.times[k]);
        if p.kind == TimeKind::Weekday && q.kind == TimeKind::Date && q.first == p.last + 1 {
            let named = (p.first..=p.last).find_map(|w| danish::weekday(a.w(w)));
            if let (Some(n), Some(d)) = (named, q.date) {
                if d.weekday() != n {
                    a.times[k].weekday_mismatch = Some(n);
                }
            }
            a.times[k - 1].date = None;
            a.times[k - 1].days = None;
            continue;
        }
        let dated = |t: &Time| matches!(t.kind, TimeKind::Date | TimeKind::Week | TimeKind::Weekday | TimeKind::Month);
        if dated(&p) && dated(&q) && q.first == p.last + 1 {
            let between = a.punct_between(p.last);
            if between == Some('-') || between == Some('–') || a.w(q.first) == "til" {
                a.times[k - 1].range_start = true;
            }
        }
    }
}

/// Words a time expression can start with (besides numbers, weekdays and months): most words
/// are none of these. A `match` on strings (compiled to a switch on the length), so nothing is
/// built on the first check.
fn starts_time(w: &str) -> bool {
    matches!(
        w,
        "frem" | "senest" | "op" | "til" | "inden" | "før" | "ved" | "indtil" | "vores" | "den" | "næste" | "kommende" | "mødet"
            | "samtalen" | "hurtigst" | "snarest" | "så" | "på" | "i" | "med" | "når" | "snart" | "løbende" | "senere" | "asap"
            | "straks" | "engang" | "efter" | "hen" | "over" | "indenfor" | "de" | "om" | "idag" | "imorgen" | "overmorgen" | "denne"
            | "udgangen" | "månedens" | "weekenden" | "hver" | "hvert" | "alle" | "per" | "ugentligt" | "ugentlig" | "dagligt"
            | "daglig" | "hverdagligt" | "månedligt" | "månedlig" | "uge" | "ugen" | "dag" | "dagen" | "hverdag" | "hverdage"
            | "morgen" | "måned" | "måneden" | "måneder" | "weekend" | "jul" | "julen" | "juleaften" | "nytår" | "nytåret"
            | "årsskiftet" | "slutningen" | "ultimo" | "medio" | "primo" | "starten" | "begyndelsen" | "fra"
    )
}

fn find_at(a: &Analysis, i: usize, options: &SmartOptions) -> Option<Found> {
    let today = a.today;
    let w = a.w(i);
    if a.words[i].num.is_none() && !starts_time(w) && danish::weekday(w).is_none() && !danish::MONTHS.contains(&w) {
        return None;
    }

    // ---- recurring times and frequencies
    if let Some(f) = frequency_at(a, i) {
        return Some(f);
    }

    // ---- meeting anchors: "frem til næste samtale", "inden mødet"
    for prep in [&["frem", "til"][..], &["senest", "ved"], &["op", "til"], &["til"], &["inden"], &["før"], &["ved"], &["indtil"], &[]] {
        if !a.seq(i, prep) {
            continue;
        }
        let k = i + prep.len();
        let noun = if a.is(k, &["vores", "den"]) && a.is(k + 1, &["næste", "kommende"]) {
            k + 2
        } else if a.is(k, &["næste", "kommende"]) {
            k + 1
        } else if !prep.is_empty() && a.is(k, MEETING_DEFINITE) {
            return Some(Found::new(i, k, TimeKind::Meeting).date(a.meeting));
        } else {
            continue;
        };
        if a.is(noun, MEETING_WORDS) && !(prep.is_empty() && a.w(noun) == "aftale") {
            return Some(Found::new(i, noun, TimeKind::Meeting).date(a.meeting));
        }
    }

    // ---- deadlines set elsewhere: "inden ansøgningsfristen"
    if a.is(i, &["inden", "før", "senest", "indtil"])
        && (a.w(i + 1).starts_with("ansøgningsfrist") || a.is(i + 1, &["fristen", "deadline", "deadlinen", "tidsfristen"]))
    {
        return Some(Found::new(i, i + 1, TimeKind::Anchor));
    }

    // ---- vague non-deadlines
    let vague: &[&[&str]] = &[
        &["hurtigst", "muligt"],
        &["snarest", "muligt"],
        &["så", "hurtigt", "som", "muligt"],
        &["så", "snart", "som", "muligt"],
        &["på", "sigt"],
        &["i", "fremtiden"],
        &["med", "tiden"],
        &["indtil", "videre"],
        &["når", "jeg", "kan"],
        &["hurtigst"],
        &["snarest"],
        &["snart"],
        &["løbende"],
        &["senere"],
        &["asap"],
        &["straks"],
        &["engang"],
    ];
    for v in vague {
        if a.seq(i, v) {
            return Some(Found::new(i, i + v.len() - 1, TimeKind::Vague));
        }
    }

    // ---- seasons and years
    if a.is(i, &["til", "i", "inden", "før", "efter", "hen", "over"]) {
        let k = if a.seq(i + 1, &["løbet", "af"]) { i + 3 } else if a.w(i) == "hen" && a.w(i + 1) == "over" { i + 2 } else { i + 1 };
        if a.is(k, SEASONS) {
            return Some(Found::new(i, k, TimeKind::Season));
        }
        if a.w(i) == "i" && a.is(i + 1, &["år"]) {
            return Some(Found::new(i, i + 1, TimeKind::Season));
        }
        if a.seq(i, &["i", "løbet", "af", "året"]) {
            return Some(Found::new(i, i + 3, TimeKind::Season));
        }
    }
    if a.seq(i, &["næste", "år"]) {
        return Some(Found::new(i, i + 1, TimeKind::Season));
    }

    // ---- relative spans: "inden for 3 måneder", "de næste 14 dage", "om 2 uger"
    let starts: &[&[&str]] = &[
        &["inden", "for", "de", "næste"],
        &["indenfor", "de", "næste"],
        &["i", "løbet", "af", "de", "næste"],
        &["senest", "inden", "for"],
        &["inden", "for"],
        &["indenfor"],
        &["i", "løbet", "af"],
        &["i", "de", "næste"],
        &["over", "de", "næste"],
        &["de", "næste"],
        &["senest", "om"],
        &["om"],
        &["inden"],
        &["senest", "inden"],
    ];
    for s in starts {
        if a.seq(i, s) {
            if let Some((last, days, months)) = span_amount(a, i + s.len()) {
                let date = today.map(|t| if months > 0 { t.add_months(months) } else { t.add_days(days) });
                let approx = if months > 0 { months * 30 } else { days };
                return Some(Found::new(i, last, TimeKind::Relative).date(date).days(Some(approx)));
            }
        }
    }

    // ---- fixed relative times
    let fixed: &[(&[&str], &str)] = &[
        (&["i", "dag"], "today"),
        (&["idag"], "today"),
        (&["i", "aften"], "today"),
        (&["i", "eftermiddag"], "today"),
        (&["i", "morgen"], "tomorrow"),
        (&["imorgen"], "tomorrow"),
        (&["i", "overmorgen"], "day_after"),
        (&["overmorgen"], "day_after"),
        (&["i", "næste", "uge"], "next_week"),
        (&["næste", "uge"], "next_week"),
        (&["i", "den", "kommende", "uge"], "next_week"),
        (&["i", "denne", "uge"], "this_week"),
        (&["denne", "uge"], "this_week"),
        (&["inden", "udgangen", "af", "ugen"], "this_week"),
        (&["inden", "ugens", "udgang"], "this_week"),
        (&["i", "løbet", "af", "ugen"], "this_week"),
        (&["i", "næste", "måned"], "next_month"),
        (&["næste", "måned"], "next_month"),
        (&["i", "denne", "måned"], "this_month"),
        (&["denne", "måned"], "this_month"),
        (&["i", "løbet", "af", "måneden"], "this_month"),
        (&["inden", "udgangen", "af", "måneden"], "this_month"),
        (&["udgangen", "af", "måneden"], "this_month"),
        (&["inden", "månedens", "udgang"], "this_month"),
        (&["månedens", "udgang"], "this_month"),
        (&["inden", "weekenden"], "friday"),
        (&["før", "weekenden"], "friday"),
        (&["i", "weekenden"], "sunday"),
        (&["weekenden"], "sunday"),
        (&["i", "weekend"], "sunday"),
    ];
    for (p, what) in fixed {
        if a.seq(i, p) {
            let (days, date) = match *what {
                "today" => (Some(0), today),
                "tomorrow" => (Some(1), today.map(|t| t.add_days(1))),
                "day_after" => (Some(2), today.map(|t| t.add_days(2))),
                "next_week" => (None, today.map(|t| t.sunday().add_days(7))),
                "this_week" => (None, today.map(|t| t.sunday())),
                "next_month" => (None, today.and_then(|t| {
                    let n = t.add_months(1);
                    Date::end_of_month(n.year(), n.month())
                })),
                "this_month" => (None, today.and_then(|t| Date::end_of_month(t.year(), t.month()))),
                "friday" => (None, today.map(|t| if t.weekday() <= 4 { t.add_days(4 - t.weekday() as i64) } else { t.next_weekday(4) })),
                _ => (None, today.map(|t| t.sunday())),
            };
            return Some(Found::new(i, i + p.len() - 1, TimeKind::Relative).date(date).days(days));
        }
    }

    // ---- dates written with numbers
    if a.words[i].num.is_some() {
        if let Some(f) = numeric_date(a, i, options) {
            return Some(f);
        }
    }

    // ---- placeholder dates: "inden den XX", "senest d. XX"
    if a.is(i, &["den", "inden", "senest", "før"]) && i + 1 < a.words.len() && is_placeholder(a.w(i + 1)) {
        let mut last = i + 1;
        if a.punct_after(last) == Some('/') && a.glued(last) && a.words.get(last + 1).is_some_and(|w| w.num.is_some()) || (last + 1 < a.words.len() && is_placeholder(a.w(last + 1))) {
            last += 1;
        }
        return Some(Found::new(i, last, TimeKind::Placeholder));
    }

    // ---- weeks: "uge 12", "uge 20-22"
    if w == "uge" {
        if let Some(week) = a.words.get(i + 1).and_then(|x| x.num).filter(|n| (1..=53).contains(n)) {
            let mut last = i + 1;
            let mut end_week = week;
            if a.punct_after(i + 1) == Some('-') && a.glued(i + 1) {
                if let Some(e) = a.words.get(i + 2).and_then(|x| x.num).filter(|e| (week..=53).contains(e)) {
                    end_week = e;
                    last = i + 2;
                }
            }
            let date = today.and_then(|t| {
                let this = Date::iso_week_monday(t.iso_week().0, end_week).map(|m| m.add_days(6));
                match this {
                    Some(d) if d >= t => Some(d),
                    _ => Date::iso_week_monday(t.iso_week().0 + 1, end_week).map(|m| m.add_days(6)),
                }
            });
            return Some(Found::new(i, last, TimeKind::Week).date(date));
        }
    }

    // ---- weekdays: "på mandag", "mandag i næste uge"
    if let Some(d) = danish::weekday(w) {
        if a.seq(i + 1, &["i", "næste", "uge"]) {
            let date = today.map(|t| t.monday().add_days(7 + d as i64));
            return Some(Found::new(i, i + 3, TimeKind::Weekday).date(date));
        }
        let date = today.map(|t| t.next_weekday(d));
        return Some(Found::new(i, i, TimeKind::Weekday).date(date));
    }

    // ---- holidays
    if a.is(i, &["jul", "julen", "juleaften"]) {
        let date = today.and_then(|t| next_yearly(t, 12, 24));
        return Some(Found::new(i, i, TimeKind::Holiday).date(date));
    }
    if a.is(i, &["nytår", "nytåret", "årsskiftet"]) {
        let date = today.and_then(|t| next_yearly(t, 12, 31));
        return Some(Found::new(i, i, TimeKind::Holiday).date(date));
    }

    // ---- months: "inden udgangen af juni", "i august", "inden august"
    if let Some(m) = danish::MONTHS.iter().position(|x| *x == w).map(|p| p as u32 + 1) {
        let prev = |k: usize| if i >= k { a.w(i - k) } else { "" };
        let (first, which) = if prev(2) == "udgangen" && prev(1) == "af" || prev(2) == "slutningen" && prev(1) == "af" {
            (i - 2, "end")
        } else if prev(1) == "ultimo" {
            (i - 1, "end")
        } else if prev(1) == "medio" {
            (i - 1, "mid")
        } else if prev(1) == "primo" || (prev(1) == "af" && matches!(prev(2), "starten" | "begyndelsen")) {
            (if prev(1) == "af" { i - 2 } else { i - 1 }, "start")
        } else if matches!(prev(1), "inden" | "før") {
            (i, "before")
        } else if matches!(prev(1), "fra" | "per") {
            (i, "start")
        } else {
            (i, "end")
        };
        let mut last = i;
        let year = a.words.get(i + 1).filter(|x| x.digits == 4).and_then(|x| x.num).map(|y| y as i32);
        if year.is_some() {
            last = i + 1;
        }
        let date = today.and_then(|t| {
            let resolve = |y: i32| -> Option<Date> {
                match which {
                    "end" => Date::end_of_month(y, m),
                    "mid" => Date::from_ymd(y, m, 15),
                    "start" => Date::from_ymd(y, m, 1),
                    _ => Date::from_ymd(y, m, 1).map(|d| d.add_days(-1)),
                }
            };
            match year {
                Some(y) => resolve(y),
                None => {
                    let this = resolve(t.year())?;
                    let end = Date::end_of_month(t.year(), m)?;
                    if end >= t { Some(this) } else { resolve(t.year() + 1) }
                }
            }
        });
        return Some(Found::new(first, last, TimeKind::Month).date(date));
    }
    None
}

/// The next 24/12 (or any fixed day) on or after today.
fn next_yearly(t: Date, m: u32, d: u32) -> Option<Date> {
    let this = Date::from_ymd(t.year(), m, d)?;
    if this >= t {
        Some(this)
    } else {
        Date::from_ymd(t.year() + 1, m, d)
    }
}

/// "3 måneder", "14 dage", "en uge", "et halvt år": (last word, days, months).
fn span_amount(a: &Analysis, k: usize) -> Option<(usize, i64, i64)> {
    let w = a.w(k);
    let (value, unit_at): (f64, usize) = if let Some(n) = a.words.get(k).and_then(|x| x.num) {
        (n as f64, k + 1)
    } else if let Some(n) = danish::number_word(w) {
        (n as f64, k + 1)
    } else if a.is(k, &["en", "et", "én", "ét"]) {
        if a.is(k + 1, &["halvt", "halv"]) {
            (0.5, k + 2)
        } else if a.w(k + 1) == "par" {
            (2.0, k + 2)
        } else {
            (1.0, k + 1)
        }
    } else if w == "halvandet" {
        (1.5, k + 1)
    } else if a.seq(k, &["et", "par"]) {
        (2.0, k + 2)
    } else {
        return None;
    };
    if value > 10_000.0 {
        return None;
    }
    let unit = a.w(unit_at);
    let (days, months) = match unit {
        "dag" | "dage" | "dagen" | "døgn" => (value.round() as i64, 0),
        "hverdage" | "arbejdsdage" => ((value * 7.0 / 5.0).round() as i64, 0),
        "uge" | "uger" | "ugen" => ((value * 7.0).round() as i64, 0),
        "måned" | "måneder" | "måneden" => {
            if value.fract() == 0.0 {
                (0, value as i64)
            } else {
                ((value * 30.4).round() as i64, 0)
            }
        }
        "år" | "året" => {
            let m = value * 12.0;
            if m.fract() == 0.0 {
                (0, m as i64)
            } else {
                ((value * 365.0).round() as i64, 0)
            }
        }
        _ => return None,
    };
    Some((unit_at, days, months))
}

/// Frequencies (also recurring times): "om ugen", "pr. uge", "hver mandag", "dagligt", "/uge".
fn frequency_at(a: &Analysis, i: usize) -> Option<Found> {
    const MONTH: f64 = 12.0 / 52.0;
    let w = a.w(i);
    let unit = |x: &str| -> Option<f64> {
        match x {
            "uge" | "ugen" => Some(1.0),
            "dag" | "dagen" | "hverdag" | "hverdage" | "morgen" => Some(5.0),
            "måned" | "måneden" | "måneder" => Some(MONTH),
            "weekend" => Some(1.0),
            _ => None,
        }
    };
    let found = |last: usize, pw: f64| {
        let mut f = Found::new(i, last, TimeKind::Recurring);
        f.per_week = Some(pw);
        Some(f)
    };
    match w {
        "om" | "per" => {
            if let Some(pw) = unit(a.w(i + 1)).filter(|_| a.w(i + 1) != "morgen") {
                return found(i + 1, pw);
            }
        }
        "i" if a.w(i + 1) == "ugen" => return found(i + 1, 1.0),
        "hver" | "hvert" | "alle" => {
            let x = a.w(i + 1);
            if let Some(pw) = unit(x) {
                if w != "alle" || x == "hverdage" {
                    return found(i + 1, pw);
                }
            }
            if danish::weekday(x).is_some() && w != "alle" {
                return found(i + 1, 1.0);
            }
            if w != "alle" && x == "anden" {
                if let Some(pw) = unit(a.w(i + 2)) {
                    return found(i + 2, pw / 2.0);
                }
            }
            if w != "alle" && (a.words.get(i + 1).and_then(|y| y.num) == Some(14) || x == "fjortende") && a.w(i + 2) == "dag" {
                return found(i + 2, 0.5);
            }
        }
        "ugentligt" | "ugentlig" => return found(i, 1.0),
        "dagligt" | "daglig" | "hverdagligt" => return found(i, 5.0),
        "månedligt" | "månedlig" => return found(i, MONTH),
        _ => {}
    }
    // "2 ansøgninger/uge"
    if let Some(pw) = unit(w).filter(|_| w != "morgen") {
        let t = a.words[i].tok;
        if t > 0 && a.toks[t - 1].punct() == Some('/') && !a.toks[t].space_before {
            return found(i, pw);
        }
    }
    None
}

/// "15/5", "1.6.", "2026-05-15", "den 15. maj 2026", "d. 20." at word `i` (a number).
fn numeric_date(a: &Analysis, i: usize, options: &SmartOptions) -> Option<Found> {
    let today = a.today;
    let wi = &a.words[i];
    let n = wi.num?;
    if i > 0 && a.is(i - 1, &["klokken", "kl", "nummer", "telefon", "tlf", "jobnr", "uge"]) {
        return None;
    }
    // ISO: 2026-05-15
    if wi.digits == 4 && a.punct_after(i) == Some('-') && a.glued(i) && a.punct_after(i + 1) == Some('-') && a.glued(i + 1) {
        let (m, d) = (a.words[i + 1].num?, a.words[i + 2].num?);
        let date = Date::from_ymd(n as i32, m, d);
        return date.map(|d| Found::new(i, i + 2, TimeKind::Date).date(Some(d)));
    }
    if !(1..=31).contains(&n) || wi.digits > 2 {
        return None;
    }
    let day = n;
    let resolve = |m: u32, y: Option<i32>| -> Option<Date> {
        match y {
            Some(y) => Date::from_ymd(y, m, day),
            None => {
                let t = today?;
                let this = Date::from_ymd(t.year(), m, day);
                match this {
                    Some(d) if d.unix_days() >= t.unix_days() - options.past_date_days as i64 => Some(d),
                    _ => Date::from_ymd(t.year() + 1, m, day),
                }
            }
        }
    };
    // 15/5, 15.5., 15/5-2026, 15/5/26
    if matches!(a.punct_after(i), Some('/') | Some('.')) && a.glued(i) {
        let sep = a.punct_after(i);
        if let Some(m) = a.words.get(i + 1).filter(|x| x.digits > 0 && x.digits <= 2).and_then(|x| x.num).filter(|m| (1..=12).contains(m)) {
            let mut last = i + 1;
            let mut year = None;
            let ysep = a.punct_after(i + 1);
            if matches!(ysep, Some('/') | Some('.') | Some('-')) && a.glued(i + 1) {
                if let Some(y) = a.words.get(i + 2).filter(|x| x.digits == 4 || (x.digits == 2 && ysep != Some('-'))) {
                    let y = y.num? as i32;
                    year = Some(if y < 100 { 2000 + y } else { y });
                    last = i + 2;
                }
            }
            if sep == Some('.') && year.is_none() && a.words[i + 1].digits == 2 && m > 12 {
                return None;
            }
            return Some(Found::new(i, last, TimeKind::Date).date(resolve(m, year)));
        }
    }
    // 15. maj [2026], 15 maj
    let k = i + 1;
    if let Some(m) = (k < a.words.len()).then(|| danish::month(a.w(k))).flatten().filter(|_| a.w(k) != "jul") {
        let mut last = k;
        let mut year = None;
        if let Some(y) = a.words.get(k + 1).filter(|x| x.digits == 4).and_then(|x| x.num) {
            year = Some(y as i32);
            last = k + 1;
        }
        return Some(Found::new(i, last, TimeKind::Date).date(resolve(m, year)));
    }
    // "den 20." / "d. 20": a day of this or next month
    if i > 0 && a.w(i - 1) == "den" && a.punct_after(i) != Some('/') {
        let date = today.and_then(|t| {
            let (y, m, d) = t.ymd();
            if day >= d {
                Date::from_ymd(y, m, day)
            } else {
                let nm = Date::from_ymd(y, m, 1)?.add_months(1);
                Date::from_ymd(nm.year(), nm.month(), day)
            }
        });
        return Some(Found::new(i, i, TimeKind::Date).date(date));
    }
    None
}
