//! The track widget's own UI words in Danish and English. Track names, reasons, requirements,
//! indicator labels and the core elements come from the core (`jobspor_core::track`).

use crate::i18n::Lang;

macro_rules! labels {
    ($($field:ident: $da:literal, $en:literal;)*) => {
        /// Every UI word of `<jobspor-track>`.
        pub struct Labels { $(pub $field: &'static str,)* }
        static DA: Labels = Labels { $($field: $da,)* };
        static EN: Labels = Labels { $($field: $en,)* };
    };
}

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

labels! {
    title: "Sporvalg", "Track assessment";
    intro: "Udfyld spørgsmålene sammen med borgeren efter den tidlige, intensive start. Forslaget opdateres, mens du udfylder, og er beslutningsstøtte: du træffer afgørelsen. Intet sendes fra browseren.",
        "Fill in the questions together with the citizen after the early intensive start. The proposal updates as you go and is decision support: you decide. Nothing leaves the browser.";
    questions: "Spørgsmål", "Questions";
    person: "Borgeren", "The citizen";
    age: "Alder (år)", "Age (years)";
    education: "Højeste gennemførte uddannelse", "Highest completed education";
    edu_years: "Uddannelsen sidst brugt for … år siden", "Education last used … years ago";
    edu_years_hint: "Tomt, hvis uddannelsen bruges eller ikke er relevant.", "Empty if the education is in use or not relevant.";
    unemployment: "Ledighed", "Unemployment";
    weeks: "Uger i den nuværende ledighed", "Weeks in the current unemployment spell";
    benefit_weeks: "Uger på dagpenge eller kontanthjælp de seneste 52 uger", "Weeks on unemployment benefit or social assistance in the last 52 weeks";
    benefit_hint: "Langtidsledig ved mindst 80 %: 42 af 52 uger.", "Long-term unemployed from 80 %: 42 of 52 weeks.";
    start: "Startfasen", "Start phase";
    job_goal: "Jobmål", "Job goal";
    job_goal_hint: "En konkret stillingsbetegnelse, fx Lagermedarbejder.", "A concrete job title, e.g. Lagermedarbejder.";
    recognised: "Genkendt stilling:", "Recognised job title:";
    cv: "Er CV'et opdateret og søgbart på Jobnet?", "Is the CV up to date and searchable on Jobnet?";
    cv_checked: "CV'et fra portalen er tjekket. Kan findes på Jobnet:", "The portal's CV was checked. Can be found on Jobnet:";
    not_checked: "Ikke tjekket", "Not checked";
    job_and_education: "Job og uddannelse", "Job and education";
    ready: "Klar til at gå direkte i job?", "Ready to go straight into a job?";
    upskilling: "Brug for kort opkvalificering?", "Short upskilling needed?";
    upskilling_none: "Nej", "No";
    up_certificate: "Et certifikat (kort faglig)", "A certificate (short vocational)";
    up_fvu: "FVU (forberedende voksenundervisning)", "FVU (preparatory adult education)";
    up_obu: "OBU (ordblindeundervisning)", "OBU (dyslexia teaching)";
    wants_education: "Ønsker uddannelse?", "Wants an education?";
    career_changer: "Sporskifter: vil skifte til en anden branche", "Career changer: wants to change trade";
    indicators: "Risikotegn (Mploys liste)", "Risk indicators (Mploy's list)";
    indicators_hint: "Markér det, I har talt om. Etnisk baggrund indgår ikke – det ville være forskelsbehandling.",
        "Tick what you talked about. Ethnic background is not used – that would be discrimination.";
    not_assessed: "Ikke vurderet", "Not assessed";
    not_stated: "Ikke oplyst", "Not stated";
    yes: "Ja", "Yes";
    no: "Nej", "No";
    lvl_primary: "Grundskole", "Primary school";
    lvl_upper_secondary: "Gymnasial uddannelse", "Upper secondary";
    lvl_vocational: "Erhvervsuddannelse (faglært)", "Vocational (skilled)";
    lvl_short_higher: "Kort videregående", "Short-cycle higher";
    lvl_bachelor: "Mellemlang videregående / bachelor", "Bachelor / professional bachelor";
    lvl_master: "Lang videregående / kandidat", "Master's degree";
    lvl_phd: "Ph.d.", "PhD";
    bad_number: "Skriv et tal fra 0 til", "Write a number from 0 to";
    bad_whole: "Skriv et helt tal fra 0 til", "Write a whole number from 0 to";
    ignored: "Feltet tæller ikke med, før det er rettet.", "The field does not count until it is fixed.";
    proposal: "Forslag til spor", "Proposed track";
    proposed: "Foreslået spor:", "Proposed track:";
    chosen: "Valgt spor:", "Chosen track:";
    chosen_by: "valgt af sagsbehandler; reglernes forslag:", "chosen by the caseworker; the rules proposed:";
    long_term: "Langtidsledig:", "Long-term unemployed:";
    weeks_of: "uger af 52", "weeks of 52";
    risk: "Risikoscore:", "Risk score:";
    of_threshold: "tærskel", "threshold";
    start_status: "Startfasen:", "Start phase:";
    complete: "afsluttet", "complete";
    incomplete: "ikke afsluttet – forslaget er foreløbigt", "not complete – the proposal is provisional";
    target_group: "Sporets målgruppe", "The track's target group";
    reasons: "Begrundelse", "Reasons";
    k_supports: "taler for", "for";
    k_blocks: "taler imod", "against";
    k_start: "startfase", "start phase";
    k_decision: "afgørelse", "decision";
    archetype: "Nærmeste arketype", "Nearest archetype";
    archetype_match: "kendetegn passer", "characteristics match";
    early_effort: "Anbefalet tidlig indsats:", "Recommended early effort:";
    alternatives: "Andre spor", "Other tracks";
    eligible: "Muligt", "Eligible";
    not_eligible: "Kræver", "Requires";
    override_: "Vælg et andet spor", "Choose another track";
    override_legend: "Spor", "Track";
    override_reason: "Begrundelse (skal udfyldes)", "Reason (required)";
    override_hint: "Skriv, hvad du ved, som reglerne ikke ser. Esc annullerer.", "Write what you know that the rules don't. Esc cancels.";
    override_save: "Gem valg af spor", "Save track choice";
    override_empty: "Skriv en begrundelse, før du vælger et andet spor.", "Write a reason before you choose another track.";
    cancel: "Annullér", "Cancel";
    overridden: "Du har valgt sporet selv.", "You chose the track yourself.";
    reason: "Begrundelse:", "Reason:";
    undo: "Fortryd valget", "Undo the choice";
    print: "Udskriv resumé", "Print summary";
    checklist: "Kerneelementer og handlinger", "Core elements and actions";
    checklist_hint: "Afkryds handlingerne, efterhånden som I når dem i samtalen (STAR's guide).",
        "Tick the actions as you cover them in the conversation (STAR's guide).";
    done_of: "handlinger afkrydset af", "actions ticked of";
    start_phase: "Tidlig intensiv start", "Early intensive start";
    missing: "Mangler:", "Missing:";
    summary: "Resumé af samtalen", "Summary of the conversation";
    profile_error: "Profilen kunne ikke indlæses", "The profile could not be loaded";
    config_error: "Indstillingerne kunne ikke bruges", "The settings could not be used";
    field: "felt", "field";
}
