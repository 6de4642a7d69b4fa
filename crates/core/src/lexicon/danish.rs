//! Danish word knowledge: number words, weekdays, months, abbreviations, action verbs in all
//! their inflections, and a typo-tolerant lookup (edit distance 1) for the words that matter.

use super::{FxMap, FxSet};

/// What an action verb does, for thresholds (applications vs. contacts) and specificity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionClass {
    /// søge, ansøge, sende (ansøgning)
    Apply,
    /// ringe, kontakte, maile, tale med, spørge, besøge, henvende sig
    Contact,
    /// tilmelde, booke, oprette, registrere
    Register,
    /// opdatere, udarbejde, lave, skrive, aflevere, uploade
    Produce,
    /// deltage, møde op
    Attend,
    /// tage (et certifikat), starte, begynde, gennemføre, bestå, øve
    Learn,
    /// orientere sig, kigge, undersøge, læse, tjekke: inside the kontrolcirkel but hard to count.
    Browse,
}

/// (lemma, space-separated forms, class). Forms are the imperative, infinitive, present, past and
/// participle; the analyser accepts nothing else, so "søgning" or "jobsøgning" is not an action.
pub(crate) const ACTIONS: &[(&str, &str, ActionClass)] = &[
    ("søge", "søg søge søger søgte søgt", ActionClass::Apply),
    ("ansøge", "ansøg ansøge ansøger ansøgte ansøgt", ActionClass::Apply),
    ("sende", "send sende sender sendte sendt", ActionClass::Apply),
    ("indsende", "indsend indsende indsender indsendte indsendt", ActionClass::Apply),
    ("ringe", "ring ringe ringer ringede ringet", ActionClass::Contact),
    ("kontakte", "kontakt kontakte kontakter kontaktede kontaktet", ActionClass::Contact),
    ("maile", "mail maile mailer mailede mailet", ActionClass::Contact),
    ("tale", "tal tale taler talte talt", ActionClass::Contact),
    ("spørge", "spørg spørge spørger spurgte spurgt", ActionClass::Contact),
    ("henvende", "henvend henvende henvender henvendte henvendt", ActionClass::Contact),
    ("besøge", "besøg besøge besøger besøgte besøgt", ActionClass::Contact),
    ("opsøge", "opsøg opsøge opsøger opsøgte opsøgt", ActionClass::Contact),
    ("præsentere", "præsenter præsentere præsenterer præsenterede præsenteret", ActionClass::Contact),
    ("netværke", "netværke netværker netværkede", ActionClass::Contact),
    ("tilmelde", "tilmeld tilmelde tilmelder tilmeldte tilmeldt", ActionClass::Register),
    ("melde", "meld melde melder meldte meldt", ActionClass::Register),
    ("booke", "book booke booker bookede booket", ActionClass::Register),
    ("oprette", "opret oprette opretter oprettede oprettet", ActionClass::Register),
    ("registrere", "registrer registrere registrerer registrerede registreret", ActionClass::Register),
    ("bestille", "bestil bestille bestiller bestilte bestilt", ActionClass::Register),
    ("opdatere", "opdater opdatere opdaterer opdaterede opdateret", ActionClass::Produce),
    ("udarbejde", "udarbejd udarbejde udarbejder udarbejdede udarbejdet", ActionClass::Produce),
    ("lave", "lav lave laver lavede lavet", ActionClass::Produce),
    ("skrive", "skriv skrive skriver skrev skrevet", ActionClass::Produce),
    ("aflevere", "aflever aflevere afleverer afleverede afleveret", ActionClass::Produce),
    ("uploade", "upload uploade uploader uploadede uploadet", ActionClass::Produce),
    ("notere", "noter notere noterer noterede noteret", ActionClass::Produce),
    ("forberede", "forbered forberede forbereder forberedte forberedt", ActionClass::Produce),
    ("rette", "rette retter rettede rettet", ActionClass::Produce),
    ("færdiggøre", "færdiggør færdiggøre færdiggjorde færdiggjort", ActionClass::Produce),
    ("tilføje", "tilføj tilføje tilføjer tilføjede tilføjet", ActionClass::Produce),
    ("finde", "find finde finder fandt fundet", ActionClass::Produce),
    ("skaffe", "skaf skaffe skaffer skaffede skaffet", ActionClass::Produce),
    ("indhente", "indhent indhente indhenter indhentede indhentet", ActionClass::Produce),
    ("deltage", "deltag deltage deltager deltog deltaget", ActionClass::Attend),
    ("starte", "start starte starter startede startet", ActionClass::Learn),
    ("begynde", "begynd begynde begynder begyndte begyndt", ActionClass::Learn),
    ("gennemføre", "gennemfør gennemføre gennemfører gennemførte gennemført", ActionClass::Learn),
    ("bestå", "bestå består bestod bestået", ActionClass::Learn),
    ("tage", "tag tage tager tog taget", ActionClass::Learn),
    ("øve", "øv øve øver øvede øvet", ActionClass::Learn),
    ("træne", "træn træne træner trænede trænet", ActionClass::Learn),
    ("orientere", "orienter orientere orienterer orienterede orienteret", ActionClass::Browse),
    ("kigge", "kig kigge kigger kiggede kigget", ActionClass::Browse),
    ("undersøge", "undersøg undersøge undersøger undersøgte undersøgt", ActionClass::Browse),
    ("læse", "læs læse læser læste læst", ActionClass::Browse),
    ("tjekke", "tjek tjekke tjekker tjekkede tjekket", ActionClass::Browse),
    ("gennemgå", "gennemgå gennemgår gennemgik gennemgået", ActionClass::Browse),
    ("overveje", "overvej overveje overvejer overvejede overvejet", ActionClass::Browse),
    ("researche", "research researche researcher researchede", ActionClass::Browse),
];

/// Nouns that stand for an action in note-style agreements ("2 ansøgninger pr. uge").
pub(crate) const ACTION_NOUNS: &[(&str, ActionClass)] = &[
    ("ansøgning", ActionClass::Apply),
    ("ansøgningen", ActionClass::Apply),
    ("ansøgninger", ActionClass::Apply),
    ("ansøgningerne", ActionClass::Apply),
    ("ansøgn", ActionClass::Apply),
    ("opkald", ActionClass::Contact),
    ("opkaldet", ActionClass::Contact),
    ("opkaldene", ActionClass::Contact),
    ("henvendelse", ActionClass::Contact),
    ("henvendelser", ActionClass::Contact),
];

pub(crate) const WEEKDAYS: [&str; 7] = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

pub(crate) const MONTHS: [&str; 12] = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
];

/// A month by name or abbreviation ("jan", "sept", "okt"), 1-based.
pub(crate) fn month(word: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u32 + 1);
    }
    let m = match word {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "okt" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub(crate) fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u32)
}

const UNITS: [&str; 10] = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"];
const TEENS: [(&str, u32); 11] = [
    ("ti", 10),
    ("elleve", 11),
    ("tolv", 12),
    ("tretten", 13),
    ("fjorten", 14),
    ("femten", 15),
    ("seksten", 16),
    ("sytten", 17),
    ("atten", 18),
    ("nitten", 19),
    ("hundrede", 100),
];
const TENS: [(&str, u32); 8] = [
    ("tyve", 20),
    ("tredive", 30),
    ("fyrre", 40),
    ("halvtreds", 50),
    ("tres", 60),
    ("halvfjerds", 70),
    ("firs", 80),
    ("halvfems", 90),
];

/// A Danish number word: "to" → 2, "femogtyve" → 25, "enogfyrre" → 41, "tyve" → 20.
/// "en"/"et" are left to the caller (they are usually articles); "én"/"ét" are 1.
pub(crate) fn number_word(word: &str) -> Option<u32> {
    match word {
        "én" | "ét" => return Some(1),
        "en" | "et" | "" => return None,
        "tusind" | "tusinde" => return Some(1000),
        "hundred" => return Some(100),
        _ => {}
    }
    if let Some(i) = UNITS.iter().position(|u| *u == word) {
        return Some(i as u32);
    }
    if let Some((_, v)) = TEENS.iter().find(|(w, _)| *w == word) {
        return Some(*v);
    }
    if let Some((_, v)) = TENS.iter().find(|(w, _)| *w == word) {
        return Some(*v);
    }
    // "femogtyve": unit + "og" + tens
    let (head, tail) = word.split_once("og")?;
    let unit = match head {
        "en" | "et" => 1,
        h => UNITS.iter().position(|u| *u == h).filter(|&i| i > 0)? as u32,
    };
    let tens = TENS.iter().find(|(w, _)| *w == tail)?.1;
    Some(tens + unit)
}

/// Abbreviations a Danish job-centre text uses, with the word the analyser reads instead.
/// The full stop after them does not end a sentence.
pub(crate) fn abbreviation(word: &str) -> Option<&'static str> {
    Some(match word {
        "ca" => "cirka",
        "mdr" | "mdrs" => "måneder",
        "md" | "mdn" => "måned",
        "pr" => "per",
        "d" => "den",
        "ift" => "ift",
        "jf" | "jvf" => "jf",
        "tlf" => "telefon",
        "fx" | "feks" => "fx",
        "evt" => "eventuelt",
        "kl" => "klokken",
        "stk" => "stykker",
        "maks" | "max" => "højst",
        "nr" => "nummer",
        "inkl" => "inklusive",
        "vedr" => "vedrørende",
        "bl" => "bl",
        "dvs" => "dvs",
        "osv" => "osv",
        "mv" | "mfl" => "mv",
        "ugl" => "ugentligt",
        "ansøgn" => "ansøgninger",
        _ => return None,
    })
}

/// Common words that must never be "corrected" into a lexicon word.
const COMMON: &str = "at du jeg han hun vi de dig mig sig os jer dem den det der som og eller i på til fra med for om af ad ud \
    inden senest frem næste hver alle nogle flere mange mere mest meget lidt noget nogen ingen hele \
    skal vil kan må bør skulle ville kunne måtte blive bliver blev blevet være er var været have har havde haft få får fik fået \
    ikke også bare gerne måske muligvis eventuelt cirka omkring mindst højst mellem efter under over sammen igen tilbage \
    stillinger stilling stillingen stillingerne opslåede opslået uopslået uopslåede opslag jobopslag stillingsopslag \
    arbejde arbejder arbejdet arbejdede virksomhed virksomheder virksomheden virksomhederne firma firmaer firmaet \
    arbejdsgiver arbejdsgivere arbejdsgiveren samtale samtalen samtaler jobsamtale jobsamtaler jobsamtalen møde mødet \
    ugen uger dagen dage måned måneden måneder året timer gange gang stykker kroner procent minutter kilometer \
    relevante relevant ledige ledig telefonisk telefon personligt personlig skriftlig skriftligt uopfordret uopfordrede \
    ansøgning ansøgninger kommune kommunen region hvilke hvilken hvordan hvornår derfor altid aldrig ugentligt dagligt \
    månedligt muligt muligheder mulighed bedre bedst gode godt store første sidste selv selvom dine mine vores jeres deres \
    denne dette disse sådan kommer komme dagpenge jobcentret jobcenter jobcenteret kassen jobnet jobindex linkedin indeed \
    kurset kursus kurser uddannelse uddannelsen erfaring erfaringer kvalifikationer profil profilen liste listen oversigt \
    jobloggen joblog aftale aftalen aftaler perioden periode praktik praktikken løntilskud fuldtid deltid parallelt \
    ellers sanktion sanktioner forhold hurtigst hurtigt snart løbende senere videre indtil udgangen weekenden morgen aften \
    overmorgen foråret sommer sommeren efteråret vinter vinteren sommerferien tager sager lager lageret butik butikken \
    butikker mennesker børn ældre familie familien drøm drømmer elsker brænder savner trives interesse interesseret \
    motiveret motivation spændende glæder tjener tjene penge fast fastansat ansat ansættelse ansættes kaldt indkaldt \
    tilbudt optaget mangler bruger bruge passer hører høre beder betragtning nyere tidligere chefen leder lederen mester \
    kollega kolleger kontaktperson sygehuse sygehus hospital hospitalet nærområdet området landet danmark \
    telefonnummer nummer mailen email brevet jobmål jobmålet delmål målet uddannet ufaglært faglært fuldtidsjob \
    deltidsjob vikarjob lagerjob sommerjob studiejob fritidsjob fleksjob turisme kontor kontoret detail produktionen \
    produktion byggeri byggeriet transport logistik rengøring pleje omsorg industri landbrug køkken køkkenet restaurant \
    hotel undervisning sundhed tilbud skole skolen hjælpe hjælp forsørge køre kørsel kørekort lysten hjemme ekstra \
    eksempel eksempelvis blandt andet andre anden ifølge vedrørende angående rundt nemlig faktisk allerede endnu stadig \
    vikarer vikar vikarbureau vikarbureauer byggepladser byggeplads branchen brancher livet biler ønsker ønske ønsket \
    klokken dansk engelsk sproget svaret svarer mødes mødte hvert hvad hvorfor hvis fordi både enten hverken selvom \
    indenfor udenfor således derefter herefter tredje fjerde femte sjette lærer lærte lære maler male malede malet \
    smede smedet jobsøgning jobsøgningen søgning aktiv aktivt aktive fortsat fortsætte fortsætter opfølgning";

/// Every lower-case word the analyser knows, plus the typo index over the words worth correcting.
pub(crate) struct Vocabulary {
    known: FxSet<String>,
    /// target word → index in `targets`
    targets: FxMap<String, u32>,
    target_list: Vec<String>,
    /// word with one char deleted → targets it came from
    deletes: FxMap<String, Vec<u32>>,
}

impl Vocabulary {
    pub(crate) fn new() -> Self {
        let mut v = Vocabulary {
            known: COMMON.split_whitespace().map(str::to_string).collect(),
            targets: FxMap::default(),
            target_list: Vec::new(),
            deletes: FxMap::default(),
        };
        for (_, forms, _) in ACTIONS {
            for (i, f) in forms.split(' ').enumerate() {
                v.known.insert(f.to_string());
                if i <= 2 {
                    v.add_target(f); // imperative, infinitive, present: where typos are made
                }
            }
        }
        for (n, _) in ACTION_NOUNS {
            v.add_known(n);
        }
        v.add_target("ansøgninger");
        v.add_target("ansøgning");
        for w in WEEKDAYS.iter().chain(MONTHS.iter()) {
            v.add_target(w);
        }
        for w in [
            "stillinger", "stilling", "stillingen", "samtale", "samtalen", "virksomheder", "opslåede", "uopslået",
            "uopfordret", "uopfordrede", "telefonisk", "vikarbureauer", "arbejdsgivere", "måneder", "udgangen",
            "senest", "næste", "jobsamtale", "frederikshavn", "omegn", "relevante", "ugentligt", "dagligt",
        ] {
            v.add_target(w);
        }
        v
    }

    pub(crate) fn add_known(&mut self, w: &str) {
        if !self.known.contains(w) {
            self.known.insert(w.to_string());
        }
    }

    /// Adds a word typos are corrected to (and that is known). Only words of 5+ chars.
    pub(crate) fn add_target(&mut self, w: &str) {
        self.add_known(w);
        if w.chars().count() < 5 || self.targets.contains_key(w) {
            return;
        }
        let id = self.target_list.len() as u32;
        self.target_list.push(w.to_string());
        self.targets.insert(w.to_string(), id);
        for d in deletions(w) {
            let e = self.deletes.entry(d).or_default();
            if !e.contains(&id) {
                e.push(id);
            }
        }
    }

    pub(crate) fn is_known(&self, w: &str) -> bool {
        self.known.contains(w)
    }

    /// The word a typo stands for: the one target at edit distance 1 (insertion, deletion,
    /// substitution or swap of two neighbours) with the same first letter. Words of fewer than five
    /// chars, known words and words with several equally close targets are left alone.
    pub(crate) fn correct(&self, w: &str) -> Option<&str> {
        let n = w.chars().count();
        if !(5..=40).contains(&n) || self.known.contains(w) {
            return None;
        }
        let first = w.chars().next();
        let mut found: Option<u32> = None;
        let mut consider = |id: u32| -> bool {
            let t = &self.target_list[id as usize];
            // "lagerarbejde" (the work) is not a typo of "lagerarbejder" (the worker)
            let agent_noun = t.len() == w.len() + 1 && t.ends_with('r') && t.starts_with(w) && w.ends_with('e');
            if t.chars().next() != first || agent_noun || !within_one(w, t) {
                return true;
            }
            match found {
                None => {
                    found = Some(id);
                    true
                }
                Some(f) if f == id => true,
                Some(_) => false, // ambiguous
            }
        };
        // w lacks a char of the target
        if let Some(ids) = self.deletes.get(w) {
            for &id in ids {
                if !consider(id) {
                    return None;
                }
            }
        }
        for d in deletions(w) {
            // w has an extra char
            if let Some(&id) = self.targets.get(&d) {
                if !consider(id) {
                    return None;
                }
            }
            // substitution or swap
            if let Some(ids) = self.deletes.get(&d) {
                for &id in ids {
                    if !consider(id) {
                        return None;
                    }
                }
            }
        }
        found.map(|id| self.target_list[id as usize].as_str())
    }
}

fn deletions(w: &str) -> impl Iterator<Item = String> + '_ {
    w.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(w.len());
        s.push_str(&w[..i]);
        s.push_str(&w[i + c.len_utf8()..]);
        s
    })
}

/// Optimal string alignment distance ≤ 1 (a swap of neighbours counts as one edit).
fn within_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    if la == lb {
        // substitution, or swap at p
        a[p + 1..] == b[p + 1..] || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else if la > lb {
        a[p + 1..] == b[p..]
    } else {
        a[p..] == b[p + 1..]
    }
}

/// Spelling without Danish letters ("paedagog", "soeger", "maaned") → with them, or `None`.
pub(crate) fn fold_ascii(w: &str) -> Option<String> {
    if !(w.contains("ae") || w.contains("oe") || w.contains("aa")) {
        return None;
    }
    Some(w.replace("aa", "å").replace("ae", "æ").replace("oe", "ø"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words() {
        assert_eq!(number_word("to"), Some(2));
        assert_eq!(number_word("femogtyve"), Some(25));
        assert_eq!(number_word("enogfyrre"), Some(41));
        assert_eq!(number_word("tyve"), Some(20));
        assert_eq!(number_word("halvfems"), Some(90));
        assert_eq!(number_word("en"), None);
        assert_eq!(number_word("ét"), Some(1));
        assert_eq!(number_word("ogtyve"), None);
        assert_eq!(number_word("tog"), None);
    }

    #[test]
    fn typos_at_distance_one() {
        let mut v = Vocabulary::new();
        v.add_target("lagermedarbejder");
        assert_eq!(v.correct("lagermedarbjder"), Some("lagermedarbejder"));
        assert_eq!(v.correct("lagermedarbjeder"), Some("lagermedarbejder"));
        assert_eq!(v.correct("lagermedarbejdder"), Some("lagermedarbejder"));
        assert_eq!(v.correct("stilinger"), Some("stillinger"));
        assert_eq!(v.correct("samtalle"), Some("samtale"));
        assert_eq!(v.correct("mandg"), Some("mandag"));
        assert_eq!(v.correct("kagermedarbejder"), None, "first letter must match");
        assert_eq!(v.correct("tager"), None, "known word");
        assert_eq!(v.correct("lagermedarbejderne"), None, "distance 2");
        v.add_target("lagerarbejder");
        assert_eq!(v.correct("lagerarbejde"), None, "the work, not a typo of the worker");
        assert!(within_one("ab", "ba") && within_one("abc", "abd") && !within_one("abc", "cab"));
    }
}
