//! The widgets' own UI words (form labels, buttons, headings) in Danish and English.
//! Rule titles, messages, fixes, module and stage labels are NOT here: they come from the core.

use jobspor_core::cv::model::EducationLevel;
use jobspor_core::Text;

/// The widget's language: Danish unless the host says `lang="en"` (or `en-GB`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub fn from_attr(value: Option<&str>) -> Lang {
        match value {
            Some(v) if v.trim().to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Da,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
    /// Picks the language's half of a core text.
    pub fn text(self, t: &Text) -> &str {
        match self {
            Lang::Da => &t.da,
            Lang::En => &t.en,
        }
    }
    pub fn pick(self, da: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
    /// The CV widget's UI words (shared by the others: severities, education levels, …).
    pub fn labels(self) -> &'static Labels {
        cv_words::labels(self)
    }
    /// The shared words only (severities, counts, education levels): for widgets other than the
    /// CV widget, which then do not carry the CV widget's words.
    #[cfg_attr(not(feature = "joborder"), allow(dead_code))]
    pub fn words(self) -> &'static shared_words::Labels {
        shared_words::labels(self)
    }
}

/// Declares a widget's own UI words: `pub struct Labels` with one `&'static str` per field, its
/// Danish and English values, and `pub fn labels(lang) -> &'static Labels`. Every widget's label
/// table is written with it (`<widget>/labels.rs`; the CV widget's, shared by all, here).
///
/// ```ignore
/// crate::i18n::labels! {
///     title: "Jobordre", "Job order";
/// }
/// ```
macro_rules! labels {
    ($($field:ident: $da:literal, $en:literal;)*) => {
        /// Every UI word of this widget.
        pub struct Labels { $(pub $field: &'static str,)* }
        static DA: Labels = Labels { $($field: $da,)* };
        static EN: Labels = Labels { $($field: $en,)* };
        pub fn labels(lang: $crate::i18n::Lang) -> &'static Labels {
            match lang {
                $crate::i18n::Lang::Da => &DA,
                $crate::i18n::Lang::En => &EN,
            }
        }
    };
}
pub(crate) use labels;

/// The education levels in order, with their contract codes.
#[cfg_attr(not(any(feature = "cv", feature = "joborder", feature = "track")), allow(dead_code))]
pub const EDUCATION_LEVELS: [(EducationLevel, &str); 7] = [
    (EducationLevel::Primary, "primary"),
    (EducationLevel::UpperSecondary, "upper_secondary"),
    (EducationLevel::Vocational, "vocational"),
    (EducationLevel::ShortHigher, "short_higher"),
    (EducationLevel::Bachelor, "bachelor"),
    (EducationLevel::Master, "master"),
    (EducationLevel::Phd, "phd"),
];

impl shared_words::Labels {
    /// An education level in words.
    #[cfg_attr(not(any(feature = "cv", feature = "joborder")), allow(dead_code))]
    pub fn level(&self, level: EducationLevel) -> &'static str {
        match level {
            EducationLevel::Primary => self.lvl_primary,
            EducationLevel::UpperSecondary => self.lvl_upper_secondary,
            EducationLevel::Vocational => self.lvl_vocational,
            EducationLevel::ShortHigher => self.lvl_short_higher,
            EducationLevel::Bachelor => self.lvl_bachelor,
            EducationLevel::Master => self.lvl_master,
            EducationLevel::Phd => self.lvl_phd,
        }
    }
}

pub use cv_words::Labels;

/// The words every widget with findings shares (severities, counts, yes/no, education levels):
/// their own table, so a module without the CV widget carries these and not the CV widget's words.
/// The CV widget's [`Labels`] reaches them through `Deref` (`l.sev_error`, `l.level(…)`).
pub mod shared_words {
    crate::i18n::labels! {
        yes: "Ja", "Yes";
        no: "Nej", "No";
        count_error: "skal rettes", "must fix";
        count_warning: "bør rettes", "should fix";
        count_info: "tip", "tips";
        sev_error: "Skal rettes", "Must fix";
        sev_warning: "Bør rettes", "Should fix";
        sev_info: "Tip", "Tip";
        how_to_fix: "Sådan gør du:", "How to fix it:";
        go_to_field: "Gå til feltet", "Go to the field";
        lvl_primary: "Grundskole", "Primary school";
        lvl_upper_secondary: "Gymnasial uddannelse", "Upper secondary";
        lvl_vocational: "Erhvervsuddannelse", "Vocational education";
        lvl_short_higher: "Kort videregående", "Short-cycle higher education";
        lvl_bachelor: "Mellemlang videregående / bachelor", "Bachelor / professional bachelor";
        lvl_master: "Lang videregående / kandidat", "Master's degree";
        lvl_phd: "Ph.d.", "PhD";
    }
}

/// The CV widget's UI words (also used by the other widgets: severities, education levels, …).
mod cv_words {
    crate::i18n::labels! {
        title: "Tjek dit CV", "Check your CV";
        title_caseworker: "CV-samtale", "CV conversation";
        intro: "Udfyld dit CV, som du gør på Jobnet. Resultatet opdateres, mens du skriver. Det, du skriver, bliver i din browser.",
            "Fill in your CV as you do on Jobnet. The result updates as you type. What you write stays in your browser.";
        intro_caseworker: "Gå CV'et igennem sammen med borgeren: først fakta, så kvalifikationer, til sidst profilen.",
            "Go through the CV with the citizen: facts first, then qualifications, then the profile.";
        result: "Resultat", "Result";
        searchable: "Kan findes i Jobnet:", "Can be found in Jobnet:";
        not_searchable_hint: "Jobnet finder ikke CV'et, før punkterne markeret »Skal rettes« er i orden.",
            "Jobnet won't find the CV until the points marked \"Must fix\" are fixed.";
        findability: "Søgbarhed", "Findability";
        findability_hint: "Hvor godt de felter, arbejdsgivere søger på, er udfyldt.",
            "How well the fields employers search on are filled in.";
        selection: "Udvælgelse", "Selection";
        selection_hint: "Hvor godt resten hjælper den, der vælger mellem de fundne CV'er.",
            "How well the rest helps the person choosing between the CVs found.";
        of_100: "af 100", "of 100";
        grade_good: "godt", "good";
        grade_ok: "kan forbedres", "could be better";
        grade_weak: "svagt", "weak";
        findings: "Forslag til dit CV", "Suggestions for your CV";
        no_findings: "Ingen forslag. Flot!", "No suggestions. Well done!";
        guide: "Samtaleguide", "Conversation guide";
        ask: "Tal om:", "Talk about:";
        rule: "Regel", "Rule";
        why: "Hvorfor?", "Why?";
        override_: "Tilsidesæt", "Override";
        override_reason: "Begrundelse (skal udfyldes)", "Reason (required)";
        override_hint: "Esc annullerer.", "Esc cancels.";
        override_save: "Gem tilsidesættelse", "Save override";
        override_empty: "Skriv en begrundelse, før du tilsidesætter.", "Write a reason before you override.";
        cancel: "Annullér", "Cancel";
        overridden: "Tilsidesat", "Overridden";
        overridden_by: "Tilsidesat af sagsbehandler", "Overridden by a caseworker";
        reason: "Begrundelse:", "Reason:";
        undo: "Fortryd", "Undo";
        your_cv: "Dit CV", "Your CV";
        suggestions_n: "forslag", "suggestions";
        entries_n: "poster", "entries";
        limit_error: "Antallet af viste poster (render-limit) kan ikke bruges", "The number of entries shown (render-limit) can't be used";
        json: "Indsæt eller hent JSON", "Paste or load JSON";
        json_label: "CV som JSON", "CV as JSON";
        json_load: "Indlæs JSON", "Load JSON";
        json_file: "Hent fra fil (.json)", "Load from file (.json)";
        json_show: "Vis mit CV som JSON", "Show my CV as JSON";
        json_loaded: "CV'et er indlæst.", "The CV was loaded.";
        cv_error: "CV'et kunne ikke indlæses", "The CV could not be loaded";
        options_error: "Indstillingerne kunne ikke bruges", "The settings could not be used";
        field: "felt", "field";
        file_error: "Filen kunne ikke læses.", "The file could not be read.";
        remove: "Fjern", "Remove";
        not_stated: "Ikke angivet", "Not stated";
        choose: "Vælg", "Choose";
        date_hint: "Skriv år og måned, fx 2021-08.", "Year and month, e.g. 2021-08.";
        name: "Navn", "Name";
        email: "E-mail", "E-mail";
        phone: "Telefon", "Phone";
        email_visible: "Arbejdsgivere må se min e-mail", "Employers may see my e-mail";
        phone_visible: "Arbejdsgivere må se mit telefonnummer", "Employers may see my phone number";
        postal_code: "Postnummer", "Postal code";
        municipality_code: "Kommunekode (bopælskommune), fx 813", "Municipality code (where you live), e.g. 813";
        website: "Hjemmeside eller LinkedIn", "Website or LinkedIn";
        wish: "Jobønske", "Job wish";
        add_wish: "Tilføj jobønske", "Add a job wish";
        occupation: "Stilling", "Occupation";
        qualifications: "Kvalifikationer", "Qualifications";
        qualifications_hint: "Faglige kvalifikationer, adskilt med komma eller ny linje.",
            "Professional qualifications, separated by commas or new lines.";
        years: "Års erfaring i stillingen", "Years of experience";
        hours: "Arbejdstid", "Working hours";
        full_time: "Fuldtid", "Full time";
        part_time: "Deltid", "Part time";
        shifts: "Vagter", "Shifts";
        day: "Dag", "Day";
        evening: "Aften", "Evening";
        night: "Nat", "Night";
        forms: "Ansættelsesform", "Employment form";
        permanent: "Fast", "Permanent";
        temporary: "Tidsbegrænset", "Temporary";
        weekend: "Arbejde i weekender", "Weekend work";
        travel: "Rejser i arbejdet", "Travel for work";
        job: "Ansættelse", "Job";
        add_job: "Tilføj ansættelse", "Add a job";
        employer: "Arbejdsgiver", "Employer";
        employer_visible: "Vis arbejdsgiverens navn", "Show the employer's name";
        job_title: "Stillingsbetegnelse", "Job title";
        start: "Start", "Start";
        end: "Slut (tomt, hvis du stadig er der)", "End (empty if you still work there)";
        description: "Ansvar, arbejdsopgaver og resultater", "Responsibility, tasks and results";
        education: "Uddannelse", "Education";
        add_education: "Tilføj uddannelse", "Add an education";
        edu_title: "Uddannelsens navn", "Name of the education";
        level: "Niveau", "Level";
        institution: "Uddannelsessted", "School or institution";
        finished: "Afsluttet", "Finished";
        completed: "Gennemført", "Completed";
        course: "Kursus", "Course";
        add_course: "Tilføj kursus", "Add a course";
        course_title: "Kursets navn", "Course title";
        learned: "Hvad du arbejdede med og lærte", "What you worked with and learned";
        certificates: "Certifikater og beviser (ét pr. linje)", "Certificates (one per line)";
        licences: "Kørekortkategorier", "Licence categories";
        own_car: "Vil du bruge egen bil i arbejdet?", "Will you use your own car for work?";
        language: "Sprog", "Language";
        add_language: "Tilføj sprog", "Add a language";
        other: "Erfaring", "Experience";
        add_other: "Tilføj anden erfaring", "Add other experience";
        other_title: "Hvad (fx kasserer i idrætsforening)", "What (e.g. treasurer of a sports club)";
        other_description: "Opgaver og resultater", "Tasks and results";
        profile: "Faglig profil og personlig beskrivelse", "Professional profile and personal description";
        profile_hint: "Opgaver du kan, hvorfor du vil skifte branche, hvordan du er som kollega, arbejdstider, deltid eller fuldtid, transport.",
            "Tasks you can do, why you want to change trade, what you are like as a colleague, working hours, part or full time, transport.";
        lang_native: "Modersmål", "Mother tongue";
        lang_fluent: "Flydende", "Fluent";
        lang_good: "Godt", "Good";
        lang_basic: "Grundlæggende", "Basic";
    }

    /// The shared words of the same language.
    impl std::ops::Deref for Labels {
        type Target = super::shared_words::Labels;
        fn deref(&self) -> &Self::Target {
            let lang = if std::ptr::eq(self, &DA) { super::Lang::Da } else { super::Lang::En };
            super::shared_words::labels(lang)
        }
    }
}
