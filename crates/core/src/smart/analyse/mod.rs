//! The Danish text analyser behind the SMART rules.
//!
//! One pass of tokenising, then recognisers that each walk the words once: time expressions
//! first (they consume their words, so "uge 12" is not a quantity of 12), then amounts, actions,
//! objects, the personal "why" and the kontrolcirkel. Every feature keeps its byte range, so a
//! rule's evidence points at the words that carry it. Work is linear in the text; the only
//! per-word lookups are hash lookups.
//!
//! Words in a *why* clause ("fordi …", "så du kan …"), an *ellers* clause or a reference ("jf. …")
//! are *aside*: they explain the agreement but are not what the citizen agrees to do, so "så du
//! får et job" is a reason, not an outcome outside the kontrolcirkel.

mod amount;
mod time;

pub(crate) use time::{Time, TimeKind};

use super::config::SmartOptions;
use super::date::Date;
use super::model::Kind;
use crate::lexicon::danish::{self, ActionClass, ACTION_NOUNS};
use crate::lexicon::tokens::{tokenize, Token, TokenKind};
use crate::lexicon::{lexicon, phrase_words, places, Lexicon};

/// A byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

/// One word (or number) of the text.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Index of its token.
    pub tok: usize,
    pub start: usize,
    pub end: usize,
    /// What the analyser reads when it differs from the token's lower-case text: an abbreviation
    /// expanded, æøå restored, a typo corrected. Read it with [`Analysis::w`].
    pub fixed: Option<String>,
    /// Its value, for a number of at most nine digits.
    pub num: Option<u32>,
    pub digits: usize,
    pub capital: bool,
    pub all_caps: bool,
    pub sentence: usize,
    pub sentence_start: bool,
    /// In a why clause, an "ellers" clause or a reference.
    pub aside: bool,
}

/// A recognised feature: its range and whether it is aside (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Feature {
    pub span: Span,
    pub aside: bool,
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Action {
    pub f: Feature,
    pub class: ActionClass,
    /// A noun standing for the action ("2 ansøgninger pr. uge").
    pub nominal: bool,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Occupation {
    pub f: Feature,
    /// Index into `lexicon::occupations()`; `None` for a host's extra vocabulary.
    pub occ: Option<usize>,
}

/// What a counted noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounClass {
    Apply,
    Contact,
    Outcome,
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Quantity {
    pub f: Feature,
    pub value: f64,
    pub class: NounClass,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Frequency {
    pub f: Feature,
    /// Occurrences per week (a day counts 5 working days, a month 12/52 weeks).
    pub per_week: f64,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub f: Feature,
    /// A step on the way decided by others (a job interview, an answer), not the job itself.
    pub intermediate: bool,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Why {
    /// The whole clause, from its marker to the end of the sentence.
    pub f: Feature,
    /// The reason is someone else's demand ("fordi jobcentret kræver det", "ellers mister du …").
    pub external: bool,
}

/// Objects found by [`Analysis::find_objects`], merged into the analysis afterwards.
#[derive(Default)]
struct Objects {
    occupations: Vec<Occupation>,
    names: Vec<Feature>,
    places: Vec<Feature>,
    placeholders: Vec<Feature>,
    sites: Vec<Feature>,
    orgs: Vec<Feature>,
    deliverables: Vec<Feature>,
    educations: Vec<Feature>,
    generic_educations: Vec<Feature>,
    events: Vec<Feature>,
    openings: Vec<Feature>,
    areas: Vec<(Feature, &'static str)>,
    universals: Vec<Feature>,
}

/// Everything the recognisers found in one text.
#[derive(Debug, Default)]
pub(crate) struct Analysis {
    pub text: String,
    pub kind: Kind,
    pub today: Option<Date>,
    pub meeting: Option<Date>,
    pub toks: Vec<Token>,
    pub words: Vec<Word>,
    /// Words consumed by a time expression.
    pub used: Vec<bool>,
    pub actions: Vec<Action>,
    pub occupations: Vec<Occupation>,
    /// Specific educations, courses leading to a certificate, apprenticeships.
    pub educations: Vec<Feature>,
    /// "en uddannelse", "et kursus": education without saying which.
    pub generic_educations: Vec<Feature>,
    pub areas: Vec<(Feature, &'static str)>,
    /// Named employers, organisations and persons ("hos XYZ", "Danish Crown", "din tidligere chef").
    pub names: Vec<Feature>,
    /// Kinds of organisation concrete enough to act on ("vikarbureauer", "din a-kasse").
    pub orgs: Vec<Feature>,
    pub placeholders: Vec<Feature>,
    pub places: Vec<Feature>,
    pub sites: Vec<Feature>,
    /// Concrete events: "jobmessen", "informationsmødet", "truckkurset".
    pub events: Vec<Feature>,
    pub deliverables: Vec<Feature>,
    /// Concrete openings: "uopslået stilling", "stillingen som …", "elevplads", "praktik hos …".
    pub openings: Vec<Feature>,
    pub quantities: Vec<Quantity>,
    pub frequencies: Vec<Frequency>,
    pub universals: Vec<Feature>,
    pub vague_amounts: Vec<Feature>,
    pub hedges: Vec<Feature>,
    pub whys: Vec<Why>,
    pub outcomes: Vec<Outcome>,
    pub times: Vec<Time>,
    /// "parallelt med …" clauses (aside): context, not the agreement's object.
    pub parallels: Vec<Span>,
}

/// Words that stand for a job-search object when counted ("3 ansøgninger", "5 virksomheder").
pub(crate) fn noun_class(w: &str) -> Option<NounClass> {
    const APPLY: &[&str] = &[
        "ansøgning", "ansøgninger", "ansøgningen", "stilling", "stillinger", "stillingen", "job", "jobs", "jobbet", "opslag",
        "jobopslag", "stillingsopslag", "jobannoncer", "annoncer",
    ];
    const CONTACT_PREFIX: &[&str] = &[
        "virksomhed", "firma", "arbejdsgiver", "opkald", "henvendelse", "vikarbureau", "byggeplads", "butik", "kontakt",
        "arbejdsplads", "forretning", "håndværksfirma", "vognm", "restaurant", "hotel", "institution", "person", "steder",
        "mail", "besøg", "netværksm", "kommune",
    ];
    if APPLY.contains(&w) {
        return Some(NounClass::Apply);
    }
    if w.starts_with("jobsamtale") || w == "samtaler" || w == "jobtilbud" {
        return Some(NounClass::Outcome);
    }
    if CONTACT_PREFIX.iter().any(|p| w.starts_with(p)) || w == "folk" {
        return Some(NounClass::Contact);
    }
    None
}

const EXTERNAL: &[&str] = &[
    "jobcentret", "jobcenteret", "jobcenter", "a-kassen", "akassen", "kassen", "kræver", "krav", "kravet", "kravene",
    "sanktion", "sanktioner", "sanktioneret", "undgå", "dagpenge", "dagpengene", "ydelsen", "mister", "miste", "trukket",
    "skal", "pligt", "tvunget",
];

const SUBJECTS: &[&str] = &[
    "jeg", "du", "han", "hun", "vi", "man", "de", "det", "der", "arbejdsgivere", "arbejdsgiveren", "arbejdsgiverne",
    "virksomhederne", "virksomheder", "andre",
];

impl Analysis {
    /// Analyses a text. Linear in its length.
    pub(crate) fn new(text: &str, options: &SmartOptions) -> Analysis {
        let lex = lexicon();
        let mut a = Analysis::times_only(text, options);
        a.scan_actions(options);
        a.scan_hedges_and_outcomes(options);
        // "finde et job": the verb of an outcome is not the citizen's own action.
        let outcomes = std::mem::take(&mut a.outcomes);
        a.actions.retain(|x| !outcomes.iter().any(|o| o.f.span.start == x.f.span.start));
        a.outcomes = outcomes;
        amount::scan_quantities(&mut a);
        a.scan_objects(lex, options);
        a
    }

    /// Only the words and the time expressions of a text (for another check's "when" field, see
    /// [`crate::smart::find_time`]): no actions, objects or amounts.
    pub(crate) fn times_only(text: &str, options: &SmartOptions) -> Analysis {
        let mut a = Analysis {
            text: text.to_string(),
            kind: options.kind,
            today: options.today_date(),
            meeting: options.meeting_date(),
            toks: tokenize(text),
            ..Default::default()
        };
        a.build_words(lexicon());
        a.used = vec![false; a.words.len()];
        a.mark_asides();
        time::scan(&mut a, options);
        a
    }

    // ---------------------------------------------------------------- words

    fn build_words(&mut self, lex: &Lexicon) {
        let toks = &self.toks;
        // A text in capitals says nothing with its capitals.
        let letters = toks.iter().filter(|t| t.is_word()).count();
        let caps = toks.iter().filter(|t| t.all_caps).count();
        let caps_text = letters >= 3 && caps * 2 > letters;
        let mut sentence = 0;
        let mut sentence_start = true;
        for (ti, t) in toks.iter().enumerate() {
            if t.line_before && ti > 0 {
                if !sentence_start {
                    sentence += 1;
                }
                sentence_start = true;
            }
            match t.kind {
                TokenKind::Punct => {
                    let c = t.punct().unwrap_or(' ');
                    let ends = match c {
                        '!' | '?' | ';' => true,
                        '.' => !self.dot_continues(ti),
                        _ => false,
                    };
                    if ends && !sentence_start {
                        sentence += 1;
                        sentence_start = true;
                    }
                }
                TokenKind::Word | TokenKind::Number => {
                    // A capitalised word inside a sentence is likely a name: no typo correction.
                    let typo = !(t.capital && !sentence_start && !caps_text);
                    let fixed = if t.kind == TokenKind::Number { None } else { canon_word(lex, &t.norm, toks.get(ti + 1), typo) };
                    let digits = if t.kind == TokenKind::Number { t.norm.len() } else { 0 };
                    self.words.push(Word {
                        tok: ti,
                        start: t.start,
                        end: t.end,
                        fixed,
                        num: if digits > 0 && digits <= 9 { t.norm.parse().ok() } else { None },
                        digits,
                        capital: t.capital && !caps_text,
                        all_caps: t.all_caps && !caps_text,
                        sentence,
                        sentence_start,
                        aside: false,
                    });
                    sentence_start = false;
                }
            }
        }
    }

    /// A full stop that does not end the sentence: after an abbreviation, inside "jobnet.dk" or
    /// "1.6.", or between a day and its month ("15. maj").
    fn dot_continues(&self, ti: usize) -> bool {
        let toks = &self.toks;
        let Some(prev) = ti.checked_sub(1).map(|p| &toks[p]) else { return false };
        let next = toks.get(ti + 1);
        if prev.is_word() && (danish::abbreviation(&prev.norm).is_some() || prev.norm.chars().count() == 1) {
            return true;
        }
        if let Some(n) = next {
            if !n.space_before && !toks[ti].space_before && n.kind != TokenKind::Punct {
                return true; // jobnet.dk, 1.6
            }
            if prev.is_number() && (n.is_number() || danish::month(&n.norm).is_some()) {
                return true; // 15. maj
            }
        }
        false
    }

    fn word_text<'s>(&'s self, w: &'s Word) -> &'s str {
        w.fixed.as_deref().unwrap_or(&self.toks[w.tok].norm)
    }

    fn w(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| self.word_text(w))
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        options.contains(&self.w(i))
    }

    /// True when the words from `i` are `pat` (canonical forms).
    fn seq(&self, i: usize, pat: &[&str]) -> bool {
        pat.iter().enumerate().all(|(k, p)| self.w(i + k) == *p && i + k < self.words.len())
    }

    pub(crate) fn span(&self, first: usize, last: usize) -> Span {
        Span { start: self.words[first].start, end: self.words[last].end }
    }

    pub(crate) fn feature(&self, first: usize, last: usize) -> Feature {
        Feature { span: self.span(first, last), aside: self.words[first].aside, sentence: self.words[first].sentence }
    }

    /// The punctuation right after word `i` (no space before it).
    fn punct_after(&self, i: usize) -> Option<char> {
        let t = self.words.get(i)?.tok;
        let n = self.toks.get(t + 1)?;
        if n.space_before {
            return None;
        }
        n.punct()
    }

    /// True when word `i + 1` follows word `i` with exactly one punctuation token between them and
    /// no space on either side ("15/5", "11/5-24/5").
    fn glued(&self, i: usize) -> bool {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => b.tok == a.tok + 2 && !self.toks[a.tok + 1].space_before && !self.toks[b.tok].space_before,
            _ => false,
        }
    }

    /// True when word `i` and `i + 1` are separated by punctuation (not only spaces).
    fn punct_between(&self, i: usize) -> Option<char> {
        let (a, b) = (self.words.get(i)?, self.words.get(i + 1)?);
        (b.tok > a.tok + 1).then(|| self.toks[a.tok + 1].punct()).flatten()
    }

    pub(crate) fn has_words(&self) -> bool {
        !self.words.is_empty()
    }

    // ---------------------------------------------------------------- asides

    fn mark_asides(&mut self) {
        let n = self.words.len();
        let mut i = 0;
        while i < n {
            if self.words[i].aside {
                i += 1;
                continue;
            }
            let w = self.w(i);
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let why = match w {
                "fordi" | "idet" | "eftersom" | "hvilket" => true,
                "for" => self.w(i + 1) == "at" && !matches!(prev, "sørg" | "sørge" | "sørger" | "sørgede"),
                "med" => self.seq(i, &["med", "henblik", "på"]),
                "så" => {
                    (1..=3).any(|k| self.is(i + k, &["kan", "får", "bliver", "har", "kommer", "vil", "kunne", "lettere", "bedre"]))
                        && (1..=2).any(|k| SUBJECTS.contains(&self.w(i + k)))
                }
                "da" => {
                    SUBJECTS.contains(&self.w(i + 1))
                        && (2..=3).any(|k| {
                            self.is(i + k, &["vil", "har", "kan", "er", "ønsker", "elsker", "savner", "brænder", "trives", "drømmer", "mangler"])
                        })
                }
                "hvor" => self.seq(i, &["hvor", "der", "er", "gode"]) || self.seq(i, &["hvor", "der", "mangler"]),
                "drømmer" | "drøm" | "drømmejob" | "drømmejobbet" | "brænder" | "elsker" | "savner" | "trives" | "passion" | "lyst" => true,
                // "jeg er motiveret for …", not "en motiveret ansøgning"
                "motiveret" | "interesseret" => matches!(prev, "er" | "var" | "være" | "blevet" | "føler" | "meget" | "mere" | "virkelig"),
                "glæder" => self.w(i + 1) == "mig",
                "interesse" => self.is(i + 1, &["for", "i"]),
                "vigtigt" => self.seq(i, &["vigtigt", "for", "mig"]),
                _ => false,
            };
            let ellers = w == "ellers";
            // "jf. stillingsopslag xxx" names the job ad the agreement is about (seed 003 §5.3): the
            // object, not an aside.
            let reference = matches!(w, "jf" | "ifølge" | "jævnfør" | "iht")
                && !self.job_ad_reference(i);
            // "parallelt med stillingen som lagermedarbejder søger …" (seed 003 §5.3): what the
            // citizen does alongside is context, not the object – aside up to the next action verb.
            let parallel = (matches!(w, "parallelt" | "sideløbende") && self.w(i + 1) == "med")
                || self.seq(i, &["ved", "siden", "af"]);
            if parallel {
                let sentence = self.words[i].sentence;
                let mut j = i + 1;
                while j + 1 < n && self.words[j + 1].sentence == sentence && danish::action_class(self.w(j + 1)).is_none() {
                    j += 1;
                }
                if j + 1 < n && danish::action_class(self.w(j + 1)).is_some() {
                    for k in i..=j {
                        self.words[k].aside = true;
                    }
                    let span = self.span(i, j);
                    self.parallels.push(span);
                    i = j + 1;
                    continue;
                }
            }
            if !(why || ellers || reference) {
                i += 1;
                continue;
            }
            let sentence = self.words[i].sentence;
            let mut j = i;
            while j + 1 < n && self.words[j + 1].sentence == sentence {
                if self.job_ad_reference(j + 1) {
                    break;
                }
                // "jf. aftalen": a reference is a few words, up to a comma
                if reference && (self.punct_between(j) == Some(',') || j >= i + 3) {
                    break;
                }
                j += 1;
            }
            for k in i..=j {
                self.words[k].aside = true;
            }
            if why || ellers {
                let external = ellers || (i..=j).any(|k| EXTERNAL.contains(&self.w(k)));
                self.whys.push(Why { f: Feature { span: self.span(i, j), aside: true, sentence }, external });
            }
            i = j + 1;
        }
    }

    /// "jf. stillingsopslag xxx" at word `i`: a reference naming the job ad itself.
    fn job_ad_reference(&self, i: usize) -> bool {
        matches!(self.w(i), "jf" | "jævnfør")
            && matches!(
                self.w(i + 1),
                "stillingsopslag" | "stillingsopslaget" | "jobopslag" | "jobopslaget" | "opslag" | "opslaget" | "annonce" | "annoncen" | "jobannonce" | "jobannoncen"
            )
    }

    // ---------------------------------------------------------------- actions

    fn scan_actions(&mut self, options: &SmartOptions) {
        for i in 0..self.words.len() {
            if self.used[i] {
                continue;
            }
            let w = self.w(i);
            let class = if let Some(c) = danish::action_class(w) {
                // "tal" is a number noun after "et"; "fra start" is no action.
                let noun = (w == "tal" && i > 0 && self.is(i - 1, &["et", "de", "mange"]))
                    || (matches!(w, "start" | "book" | "find") && i > 0 && self.is(i - 1, &["fra", "en", "et"]));
                (!noun).then_some((c, false))
            } else if matches!(w, "mød" | "møde" | "møder" | "mødte") && self.w(i + 1) == "op" {
                // "møder op til jobmessen" (issue 12): the citizen's own action
                Some((ActionClass::Attend, false))
            } else if matches!(w, "gå" | "går" | "gik") && self.w(i + 1) == "til" && self.attends_interview(i + 2) {
                // "går til jobsamtale hos Netto": an interview already arranged, the citizen goes
                Some((ActionClass::Attend, false))
            } else if matches!(w, "hold" | "holde" | "holder" | "holdt") && self.w(i + 1) == "øje" {
                Some((ActionClass::Browse, false))
            } else if matches!(w, "have" | "har" | "haft" | "havde" | "holde" | "holder" | "holdt")
                && (1..=2).any(|k| self.is(i + k, &["samtale", "snak", "møde", "samtaler", "møder"]))
                && (2..=4).any(|k| self.w(i + k) == "med")
            {
                Some((ActionClass::Contact, false))
            } else {
                ACTION_NOUNS.iter().find(|(n, _)| *n == w).map(|(_, c)| (*c, true))
            };
            if let Some((class, nominal)) = class {
                let f = self.feature(i, i);
                self.actions.push(Action { f, class, nominal });
            }
        }
        for (first, last) in self.find_phrases(&options.vocabulary.actions) {
            let f = self.feature(first, last);
            self.actions.push(Action { f, class: ActionClass::Produce, nominal: false });
        }
        self.actions.sort_by_key(|a| a.f.span);
    }

    /// (first, last) word indices of every occurrence of the phrases (case-insensitive).
    fn find_phrases(&self, phrases: &[String]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if phrases.is_empty() {
            return out;
        }
        let pats: Vec<Vec<String>> = phrases.iter().map(|p| phrase_words(p)).filter(|p| !p.is_empty()).collect();
        for i in 0..self.words.len() {
            for p in &pats {
                let n = p.len();
                if i + n <= self.words.len()
                    && p.iter().enumerate().all(|(k, pw)| {
                        let w = &self.words[i + k];
                        self.toks[w.tok].norm == *pw || self.word_text(w) == *pw
                    })
                {
                    out.push((i, i + n - 1));
                }
            }
        }
        out
    }

    // ---------------------------------------------------------------- objects

    fn scan_objects(&mut self, lex: &Lexicon, options: &SmartOptions) {
        let mut out = Objects::default();
        self.find_objects(lex, options, &mut out);
        self.occupations.extend(out.occupations);
        self.names.extend(out.names);
        self.places.extend(out.places);
        self.placeholders.extend(out.placeholders);
        self.sites.extend(out.sites);
        self.orgs.extend(out.orgs);
        self.deliverables.extend(out.deliverables);
        self.educations.extend(out.educations);
        self.generic_educations.extend(out.generic_educations);
        self.events.extend(out.events);
        self.openings.extend(out.openings);
        self.areas.extend(out.areas);
        self.universals.extend(out.universals);
    }

    fn find_objects(&self, lex: &Lexicon, options: &SmartOptions, out: &mut Objects) {
        let n = self.words.len();
        // Occupations, over all words (a date inside a title is not a thing).
        let canon: Vec<&str> = self.words.iter().map(|w| self.word_text(w)).collect();
        let hits = lex.match_occupations(&canon);
        let mut in_occ = vec![false; n];
        for h in hits {
            in_occ[h.first..=h.last].iter_mut().for_each(|x| *x = true);
            let f = self.feature(h.first, h.last);
            out.occupations.push(Occupation { f, occ: Some(h.occ) });
        }
        for (first, last) in self.find_phrases(&options.vocabulary.occupations) {
            in_occ[first..=last].iter_mut().for_each(|x| *x = true);
            let f = self.feature(first, last);
            out.occupations.push(Occupation { f, occ: None });
        }
        for (first, last) in self.find_phrases(&options.vocabulary.companies) {
            let f = self.feature(first, last);
            out.names.push(f);
        }
        for (first, last) in self.find_phrases(&options.vocabulary.places) {
            let f = self.feature(first, last);
            out.places.push(f);
        }
        // Company names from the built-in list, as phrases (indexed by their first word).
        let mut in_name = vec![false; n];
        let mut i = 0;
        while i < n {
            let found = lex.sets.companies.longest_at(|k| self.w(i + k));
            match found {
                Some(len) if !self.used[i] => {
                    let last = i + len - 1;
                    in_name[i..=last].iter_mut().for_each(|x| *x = true);
                    let f = self.feature(i, last);
                    out.names.push(f);
                    i = last + 1;
                }
                _ => i += 1,
            }
        }
        let mut i = 0;
        while i < n {
            if self.used[i] || in_occ[i] || in_name[i] {
                i += 1;
                continue;
            }
            let w = self.w(i);
            let word = &self.words[i];
            // placeholders
            if places::is_placeholder(w) {
                let f = self.feature(i, i);
                out.placeholders.push(f);
                i += 1;
                continue;
            }
            // job sites
            if lex.sets.sites.contains(w) || (w == "min" && self.w(i + 1) == "plan") {
                let last = if self.w(i + 1) == "dk" && self.punct_after(i) == Some('.') { i + 1 } else { i };
                let f = self.feature(i, last);
                out.sites.push(f);
                i = last + 1;
                continue;
            }
            // organisations
            if lex.sets.orgs.contains(w) || (w == "a" && self.w(i + 1).starts_with("kasse")) {
                let last = if w == "a" { i + 1 } else { i };
                // "Frederikshavn Kommune": the town belongs to the name
                let first = if i > 0 && self.words[i].capital && lex_is_town(self.w(i - 1)) { i - 1 } else { i };
                let f = self.feature(first, last);
                if first < i || word.capital {
                    out.names.push(f);
                } else {
                    out.orgs.push(f);
                }
                i = last + 1;
                continue;
            }
            // a person: "din (tidligere) chef"
            if matches!(w, "din" | "min" | "jeres" | "vores") {
                let k = if self.is(i + 1, &["tidligere", "nuværende", "gamle", "nye"]) { i + 2 } else { i + 1 };
                if self.is(
                    k,
                    &["chef", "leder", "mester", "kollega", "kontaktperson", "rådgiver", "mentor", "arbejdsgiver", "praktikvært", "onkel", "nabo"],
                ) {
                    let f = self.feature(i, k);
                    out.names.push(f);
                    i = k + 1;
                    continue;
                }
            }
            // deliverables
            if is_deliverable(w) {
                let f = self.feature(i, i);
                out.deliverables.push(f);
                i += 1;
                continue;
            }
            // educations and certificates
            if let Some(specific) = self.education_at(i) {
                let f = self.feature(i, i);
                if specific {
                    out.educations.push(f);
                } else {
                    out.generic_educations.push(f);
                }
                i += 1;
                continue;
            }
            // events
            if let Some(concrete) = self.event_at(i) {
                let f = self.feature(i, i);
                if concrete {
                    out.events.push(f);
                } else {
                    out.generic_educations.push(f);
                }
                i += 1;
                continue;
            }
            // openings
            if matches!(w, "uopslået" | "uopslåede" | "stillingen")
                || ["elevplads", "læreplads", "praktikplads", "lærlingeplads"].iter().any(|p| w.starts_with(p))
            {
                let last = if self.is(i + 1, &["stilling", "stillinger", "job"]) { i + 1 } else { i };
                let f = self.feature(i, last);
                out.openings.push(f);
                i = last + 1;
                continue;
            }
            if matches!(w, "praktik" | "job" | "stilling" | "vikarjob" | "løntilskudsjob" | "praktikforløb" | "fleksjob" | "jobsamtalen" | "ansættelsessamtalen")
                && (self.w(i + 1) == "hos" || self.w(i + 2) == "hos")
            {
                let f = self.feature(i, i);
                out.openings.push(f);
            }
            // places
            if lex_is_town(w) || lex.sets.regions.contains(w) {
                let last = if self.w(i + 1) == "kommune" { i + 1 } else { i };
                let f = self.feature(i, last);
                if last > i || (w == "region" && word.capital) {
                    out.names.push(f);
                } else {
                    out.places.push(f);
                }
                i = last + 1;
                continue;
            }
            // areas ("lagerjob", "detailbranchen", "noget med børn")
            if let Some(area) = lex.area_of_word(w) {
                let f = self.feature(i, i);
                out.areas.push((f, area.id));
                i += 1;
                continue;
            }
            // proper names: capitalised (not first in the sentence) and not a known word, or an
            // unknown acronym; "A/S", "ApS" end a name
            let letters = w.chars().count();
            let proper = letters >= 2
                && danish::month(w).is_none()
                && ((word.capital && !word.sentence_start && !lex.is_known(w)) || (word.all_caps && !lex.is_known(w) && letters <= 6));
            let after_hos = i > 0 && self.is(i - 1, &["hos"]) && word.capital;
            if proper || after_hos {
                let mut last = i;
                while last + 1 < n && !self.used[last + 1] && self.continues_name(last + 1) {
                    last += 1;
                }
                let f = self.feature(i, last);
                out.names.push(f);
                i = last + 1;
                continue;
            }
            i += 1;
        }
        // universal sets: "alle opslåede stillinger som …"
        for i in 0..n {
            if self.is(i, &["alle", "samtlige"]) {
                if let Some(k) = (1..=3).find(|&k| {
                    let w = self.w(i + k);
                    noun_class(w).is_some_and(|c| c != NounClass::Outcome)
                        || in_occ.get(i + k).copied().unwrap_or(false)
                        || (w.len() > 4 && (w.ends_with("job") || w.ends_with("stillinger") || w.ends_with("opslag")))
                }) {
                    let f = self.feature(i, i + k);
                    out.universals.push(f);
                }
            }
        }
    }

    fn continues_name(&self, i: usize) -> bool {
        let w = &self.words[i];
        let c = self.word_text(w);
        // "A/S", "ApS", "I/S", "a.m.b.a."
        if matches!(c, "a" | "i" | "k" | "p") && self.punct_after(i) == Some('/') {
            return true;
        }
        if c == "s" && i > 0 && self.punct_between(i - 1) == Some('/') {
            return true;
        }
        if matches!(c, "aps" | "amba" | "group" | "gruppen") {
            return true;
        }
        (w.capital || w.all_caps) && !w.sentence_start && !lex_is_town(c) && danish::month(c).is_none()
    }

    /// `Some(true)` for a specific education or certificate, `Some(false)` for a generic one.
    fn education_at(&self, i: usize) -> Option<bool> {
        let w = self.w(i);
        const NAMED: &[&str] = &["eud", "eux", "hf", "stx", "hhx", "htx", "avu", "fvu", "obu", "gvu", "voksenlærling", "grundforløb", "grundforløbet"];
        if NAMED.contains(&w) {
            return Some(true);
        }
        for head in ["uddannelse", "uddannelsen", "uddannelser"] {
            if let Some(prefix) = w.strip_suffix(head) {
                if prefix.chars().count() >= 2 {
                    return Some(true); // "tømreruddannelsen"
                }
                if prefix.is_empty() {
                    // "SOSU-uddannelsen", "uddannelse som tømrer", "uddannelsen til …"
                    let hyphen = i > 0 && self.punct_between(i - 1) == Some('-');
                    let named = self.is(i + 1, &["som", "til"]);
                    return Some(hyphen || named);
                }
            }
        }
        if w.contains("certifikat") || (w.ends_with("bevis") && w.len() > 6) || w.ends_with("beviset") || w.starts_with("kørekort") {
            return Some(true);
        }
        if (w == "lærling" || w == "elev") && self.w(i + 1) == "som" {
            return Some(true);
        }
        None
    }

    /// `Some(true)` for a concrete event (definite, compound or named), `Some(false)` for "et kursus".
    fn event_at(&self, i: usize) -> Option<bool> {
        let w = self.w(i);
        const HEADS: &[&str] = &[
            "messe", "messen", "informationsmøde", "informationsmødet", "infomøde", "infomødet", "workshop", "workshoppen",
            "kursus", "kurset", "kurser", "kurserne", "jobcafé", "jobcafe", "jobcaféen", "netværksmøde", "netværksmødet",
            "virksomhedsbesøg", "webinar", "webinaret", "foredrag", "foredraget", "jobsøgningskursus",
        ];
        let head = HEADS.iter().find(|h| w.ends_with(*h))?;
        let compound = w.len() > head.len();
        let definite = matches!(*head, "messen" | "informationsmødet" | "infomødet" | "workshoppen" | "kurset" | "kurserne" | "jobcaféen" | "netværksmødet" | "webinaret" | "foredraget");
        let named = i > 0 && (self.punct_between(i - 1) == Some('-') || self.words[i - 1].all_caps);
        Some(compound || definite || named)
    }

    // ---------------------------------------------------------------- hedges, outcomes

    fn scan_hedges_and_outcomes(&mut self, options: &SmartOptions) {
        let (mut hedges, mut vague, mut outcomes) = (Vec::new(), Vec::new(), Vec::new());
        self.find_hedges_and_outcomes(&mut hedges, &mut vague, &mut outcomes);
        self.hedges.extend(hedges);
        self.vague_amounts.extend(vague);
        self.outcomes.extend(outcomes);
        for (first, last) in self.find_phrases(&options.vocabulary.hedges) {
            let f = self.feature(first, last);
            self.hedges.push(f);
        }
    }

    fn find_hedges_and_outcomes(&self, hedges: &mut Vec<Feature>, vague: &mut Vec<Feature>, outcomes: &mut Vec<Outcome>) {
        let n = self.words.len();
        let mut i = 0;
        while i < n {
            let w = self.w(i);
            // hedges
            let hedge_len = match w {
                "prøv" | "prøve" | "prøver" | "prøvede" | "forsøg" | "forsøge" | "forsøger" if self.w(i + 1) == "at" => 2,
                "måske" | "eventuelt" | "muligvis" | "lidt" | "nogle" | "noget" | "nogen" | "flere" | "mere" | "diverse" | "gerne"
                | "evt" | "overveje" | "overvejer" => 1,
                "et" if self.w(i + 1) == "par" => 2,
                "bedre" if self.w(i + 1) == "til" => 2,
                "arbejde" | "arbejder" if self.is(i + 1, &["med", "på"]) => 2,
                "hvis" | "om" if self.w(i + 1) == "muligt" => 2,
                "så" if self.seq(i, &["så", "vidt", "muligt"]) => 3,
                _ => 0,
            };
            if hedge_len > 0 {
                let f = self.feature(i, i + hedge_len - 1);
                hedges.push(f);
                if matches!(w, "nogle" | "flere" | "mere" | "diverse" | "nogen" | "et") {
                    vague.push(f);
                }
                i += hedge_len;
                continue;
            }
            if matches!(w, "mange" | "adskillige") || self.seq(i, &["en", "del"]) {
                let f = self.feature(i, i);
                vague.push(f);
            }
            // outcomes decided by others
            if let Some((last, intermediate)) = self.outcome_at(i) {
                let f = self.feature(i, last);
                outcomes.push(Outcome { f, intermediate });
                i = last + 1;
                continue;
            }
            i += 1;
        }
    }

    /// "jobsamtale hos …" / "samtalen med …" at word `i`: a named interview the citizen attends.
    fn attends_interview(&self, i: usize) -> bool {
        self.is(i, &["jobsamtale", "jobsamtalen", "ansættelsessamtale", "ansættelsessamtalen", "samtalen"])
            && self.is(i + 1, &["hos", "med", "på", "i"])
    }

    /// An outcome phrase starting at word `i`: (last word, intermediate).
    fn outcome_at(&self, i: usize) -> Option<(usize, bool)> {
        const NOUNS: &[&str] = &[
            "job", "jobbet", "jobs", "arbejde", "arbejdet", "ansættelse", "ansættelsen", "fastansættelse", "stilling",
            "stillingen", "jobtilbud", "tilbud", "praktikplads", "elevplads", "læreplads", "kontrakt", "fuldtidsjob",
            "deltidsjob", "ja",
        ];
        const STEPS: &[&str] = &["jobsamtale", "jobsamtaler", "jobsamtalen", "samtale", "samtaler", "svar", "ansættelsessamtale"];
        const FILLER: &[&str] = &["et", "en", "mindst", "én", "ét", "fast", "nyt", "nye", "godt", "et", "første", "ordinært", "ordinær", "sit", "dit", "mit"];
        let w = self.w(i);
        let noun_after = |from: usize, also_place: bool| -> Option<(usize, bool)> {
            let mut k = from;
            for _ in 0..4 {
                let x = self.w(k);
                if NOUNS.contains(&x) {
                    return Some((k, false));
                }
                if STEPS.contains(&x) {
                    return Some((k, true));
                }
                if FILLER.contains(&x) || self.words.get(k).is_some_and(|w| w.num.is_some()) || number_like(x) || (also_place && x == "til") {
                    k += 1;
                    continue;
                }
                break;
            }
            None
        };
        match w {
            // "få hjælp af din jobkonsulent": what someone else does (issue 12)
            "få" | "får" | "fik" | "fået" if self.w(i + 1) == "hjælp" && self.is(i + 2, &["af", "fra"]) => Some((i + 1, true)),
            "få" | "får" | "fik" | "fået" => noun_after(i + 1, false),
            // "finde et job" is getting one; "finde 5 virksomheder" is the citizen's own work
            "finde" | "finder" | "fandt" | "fundet" | "find" => noun_after(i + 1, false).filter(|(k, step)| {
                !step && !(i + 1..*k).any(|j| self.words[j].num.is_some() || number_like(self.w(j)))
            }),
            "gå" | "går" | "gik" | "gået" if self.w(i + 1) == "til" => {
                noun_after(i + 2, false).filter(|(_, step)| *step).filter(|_| w == "gået" || !self.attends_interview(i + 2))
            }
            "have" | "har" | "havde" => noun_after(i + 1, false).filter(|(_, step)| !step),
            "lande" | "lander" | "landede" | "landet" => noun_after(i + 1, false).filter(|(_, step)| !step),
            "blive" | "bliver" | "blev" | "bliv" | "blevet" => {
                let x = self.w(i + 1);
                match x {
                    "ansat" | "fastansat" | "tilbudt" | "valgt" | "udvalgt" | "optaget" | "selvforsørgende" | "antaget" => Some((i + 1, false)),
                    "kaldt" | "indkaldt" | "inviteret" | "ringet" => {
                        let last = if self.is(i + 2, &["til", "ind", "op"]) {
                            if STEPS.contains(&self.w(i + 3)) { i + 3 } else { i + 2 }
                        } else {
                            i + 1
                        };
                        Some((last, true))
                    }
                    _ => None,
                }
            }
            "komme" | "kommer" | "kom" => {
                if self.is(i + 1, &["i"]) && self.is(i + 2, &["job", "arbejde", "beskæftigelse", "praktik"]) {
                    Some((i + 2, false))
                } else if self.is(i + 1, &["til"]) && STEPS.contains(&self.w(i + 2)) {
                    Some((i + 2, true))
                } else if self.seq(i + 1, &["ind", "på"]) {
                    Some((i + 2, false))
                } else {
                    None
                }
            }
            "være" | "været" | "er" | "var" => {
                if self.is(i + 1, &["ansat", "fastansat", "selvforsørgende"]) {
                    Some((i + 1, false))
                } else if self.is(i + 1, &["i"]) && self.is(i + 2, &["job", "arbejde", "beskæftigelse"]) {
                    Some((i + 2, false))
                } else if self.is(i + 1, &["til"]) {
                    noun_after(i + 2, false).filter(|(_, step)| *step)
                } else {
                    None
                }
            }
            "ansættes" | "fastansat" => Some((i, false)),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- questions the rules ask

    /// A short quotation of a range of the text (at most 40 characters).
    pub(crate) fn quote(&self, span: Span) -> String {
        crate::text::quote(self.text.get(span.start..span.end).unwrap_or(""))
    }

    /// The deadline the text sets: the earliest resolved point in time (not the first date of a
    /// period); for a recurring agreement without one, the next meeting.
    pub(crate) fn deadline(&self) -> Option<Date> {
        let d = self.times.iter().filter(|t| t.kind.is_deadline() && !t.range_start).filter_map(|t| t.date).min();
        d.or_else(|| if self.times.iter().any(|t| t.kind == TimeKind::Recurring) { self.meeting } else { None })
    }

    /// Days until the deadline (at least 1), for turning an amount into a weekly rate; a meeting
    /// anchor without a date counts `assumed_days_to_meeting`.
    pub(crate) fn horizon_days(&self, o: &SmartOptions) -> Option<i64> {
        let best = self.times.iter().filter(|t| t.kind.is_deadline() && !t.range_start).filter_map(|t| t.days).filter(|d| *d >= 0).min();
        if let Some(d) = best {
            return Some(d.max(1));
        }
        if self.times.iter().any(|t| t.kind == TimeKind::Meeting) {
            return Some(o.assumed_days_to_meeting as i64);
        }
        None
    }

    pub(crate) fn main_actions(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| !a.f.aside)
    }

    pub(crate) fn main(list: &[Feature]) -> impl Iterator<Item = &Feature> {
        list.iter().filter(|f| !f.aside)
    }

    /// Concrete objects in the main clause: what an action can be specific about. Job sites count
    /// only for actions that do something there (not for browsing: "kig på jobnet").
    pub(crate) fn concrete_objects(&self, with_sites: bool) -> Vec<(Span, &'static str)> {
        let mut out: Vec<(Span, &'static str)> = Vec::new();
        let mut add = |list: &[Feature], what: &'static str| {
            out.extend(list.iter().filter(|f| !f.aside).map(|f| (f.span, what)));
        };
        add(&self.educations, "education");
        add(&self.names, "name");
        add(&self.orgs, "organisation");
        add(&self.placeholders, "placeholder");
        add(&self.deliverables, "deliverable");
        add(&self.events, "event");
        add(&self.openings, "opening");
        if with_sites {
            add(&self.sites, "site");
        }
        // A title in a purpose clause still says which jobs: "… for at høre om job som tømrer".
        // Not one in a "parallelt med …" clause: that is what the citizen does alongside.
        let parallel = |sp: Span| self.parallels.iter().any(|p| p.start <= sp.start && sp.end <= p.end);
        out.extend(self.occupations.iter().filter(|o| !parallel(o.f.span)).map(|o| (o.f.span, "occupation")));
        out.sort();
        out
    }

    /// Named targets one action can be counted on: a company, a person, a placeholder, a concrete
    /// event, an education or certificate, a concrete opening.
    pub(crate) fn named_targets(&self) -> Vec<(Span, &'static str)> {
        let mut out: Vec<(Span, &'static str)> = Vec::new();
        for (list, what) in [
            (&self.names, "name"),
            (&self.orgs, "organisation"),
            (&self.placeholders, "placeholder"),
            (&self.events, "event"),
            (&self.educations, "education"),
            (&self.openings, "opening"),
        ] {
            out.extend(list.iter().filter(|f| !f.aside).map(|f| (f.span, what)));
        }
        out.sort();
        out
    }

    pub(crate) fn main_occupations(&self) -> impl Iterator<Item = &Occupation> {
        self.occupations.iter().filter(|o| !o.f.aside)
    }

    /// A job goal's object: an occupation or a specific education (main clause).
    pub(crate) fn has_job_or_education(&self) -> bool {
        self.main_occupations().next().is_some() || Analysis::main(&self.educations).next().is_some()
    }

    /// Area words and generic educations: a direction without a title.
    pub(crate) fn directions(&self) -> Vec<(Span, &'static str)> {
        let mut out: Vec<(Span, &'static str)> =
            self.areas.iter().filter(|(f, _)| !f.aside).map(|(f, _)| (f.span, "area")).collect();
        out.extend(Analysis::main(&self.generic_educations).map(|f| (f.span, "education")));
        out
    }

    /// The text mentions a job at all (a title, an opening or a job word), for "too soon".
    pub(crate) fn is_about_a_job(&self) -> bool {
        self.main_occupations().next().is_some()
            || self.outcomes.iter().any(|o| !o.f.aside && !o.intermediate)
            || self.words.iter().any(|w| {
                !w.aside && matches!(self.word_text(w), "job" | "jobbet" | "fuldtidsjob" | "deltidsjob" | "ansættelse" | "stilling" | "arbejde")
            })
    }
}

fn number_like(w: &str) -> bool {
    danish::number_word(w).is_some()
}

fn lex_is_town(w: &str) -> bool {
    lexicon().sets.towns.contains(w)
}

fn is_deliverable(w: &str) -> bool {
    matches!(
        w,
        "liste" | "listen" | "oversigt" | "oversigten" | "cv" | "cv'et" | "cvet" | "cv-et" | "jobprofil" | "jobprofilen"
            | "profil" | "profilen" | "plan" | "planen" | "handleplan" | "jobplan" | "brev" | "brevet" | "ansøgningsbrev"
            | "portfolio" | "portefølje" | "joblog" | "jobloggen" | "referencer" | "udtalelse" | "anbefaling"
            | "kvalifikationer" | "kvalifikationerne" | "jobønsker" | "jobønskerne"
    ) || w.ends_with("profil") && w.len() > 7
}

/// The canonical reading of one lower-case word, given the punctuation glued after it and the
/// token after that (abbreviations: "pr." → "per", "d. 15" → "den", "mdr." → "måneder").
fn canon_word(lex: &Lexicon, norm: &str, next: Option<&Token>, typo: bool) -> Option<String> {
    let dot = next.is_some_and(|t| t.punct() == Some('.') && !t.space_before);
    if let Some(exp) = danish::abbreviation(norm) {
        let ok = match norm {
            "d" => dot || next.is_some_and(|t| t.is_number()),
            "pr" | "mdr" | "md" | "ca" | "ift" | "jf" | "tlf" | "evt" | "fx" | "kl" | "ugl" => true,
            _ => dot,
        };
        if ok {
            return (exp != norm).then(|| exp.to_string());
        }
    }
    if norm == "min" && dot {
        return Some("mindst".into());
    }
    lex.canon(norm, typo)
}
