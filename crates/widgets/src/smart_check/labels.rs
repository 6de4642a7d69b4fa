//! The SMART widget's own UI words in Danish and English. Criterion names, verdicts, messages and
//! suggestions come from the core (`jobspor_core::smart`).

use crate::i18n::Lang;

crate::i18n::labels! {
    title: "Tjek dine aftaler", "Check your agreements";
    intro: "Skriv aftalen, som den skal stå i Min Plan. Du ser, mens du skriver, om den er Specifik, Målbar, Attraktiv, Realistisk og Tidsbestemt. Det, du skriver, bliver i din browser.",
        "Write the agreement as it will stand in Min Plan. As you type you see whether it is Specific, Measurable, Attractive, Realistic and Time-bound. What you write stays in your browser.";
    agreement: "Aftale", "Agreement";
    goal: "Jobmål", "Job goal";
    kind: "Type", "Type";
    add_agreement: "Tilføj aftale", "Add an agreement";
    add_goal: "Tilføj jobmål", "Add a job goal";
    remove: "Fjern", "Remove";
    today: "I dag:", "Today:";
    meeting: "Næste samtale:", "Next meeting:";
    not_given: "ikke angivet", "not given";
    of_5: "af 5 opfyldt", "of 5 met";
    deadline: "Frist:", "Deadline:";
    no_deadline: "ingen dato", "no date";
    show_words: "Vis ordene i teksten for", "Show the words in the text for";
    words_for: "Ord i teksten for", "Words in the text for";
    no_words: "Ingen ord i teksten tæller for", "No words in the text count for";
    against: " (taler imod)", " (counts against)";
    dashed: "stiplet: taler imod", "dashed: counts against";
    suggestion: "Forslag:", "Suggestion:";
    err_today: "Datoen for i dag (today) kan ikke bruges:", "Today's date (today) can't be used:";
    err_meeting: "Datoen for næste samtale (next-meeting) kan ikke bruges:", "The next meeting's date (next-meeting) can't be used:";
    err_kind: "Typen (kind) kan ikke bruges:", "The type (kind) can't be used:";
    err_value: "Teksten (value) kunne ikke indlæses:", "The text (value) could not be loaded:";
    err_limit: "Antallet af viste aftaler (render-limit) kan ikke bruges:", "The number of agreements shown (render-limit) can't be used:";
    many_agreements: "aftaler", "agreements";
    many_goals: "jobmål", "job goals";
}

/// Danish month names (also for the English date, which uses English names).
const MONTHS_DA: [&str; 12] =
    ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// "2026-05-15" → "15. maj 2026" (Danish) or "15 May 2026" (English); other text as it is.
pub fn fmt_date(lang: Lang, iso: &str) -> String {
    let Some((y, m, d)) = jobspor_core::smart::Date::parse(iso).map(|d| d.ymd()) else {
        return iso.to_string();
    };
    let i = (m as usize).saturating_sub(1).min(11);
    match lang {
        Lang::Da => format!("{d}. {} {y}", MONTHS_DA[i]),
        Lang::En => format!("{d} {} {y}", MONTHS_EN[i]),
    }
}
