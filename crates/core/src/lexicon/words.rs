//! The Danish word lists of the SMART analyser, as data only: `build.rs` includes this file too
//! and compiles the lists into sorted static tables (`danish::Vocabulary`, the action forms), so
//! nothing is built at run time.

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

/// Common words that must never be "corrected" into a lexicon word.
pub(crate) const COMMON: &str = "at du jeg han hun vi de dig mig sig os jer dem den det der som og eller i på til fra med for om af ad ud \
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

/// Words a typo is corrected to besides the action verbs, weekdays and months (words of five
/// letters or more; shorter ones are only known).
pub(crate) const TYPO_TARGETS: &[&str] = &[
    "ansøgninger", "ansøgning", "stillinger", "stilling", "stillingen", "samtale", "samtalen", "virksomheder",
    "opslåede", "uopslået", "uopfordret", "uopfordrede", "telefonisk", "vikarbureauer", "arbejdsgivere", "måneder",
    "udgangen", "senest", "næste", "jobsamtale", "frederikshavn", "omegn", "relevante", "ugentligt", "dagligt",
];
