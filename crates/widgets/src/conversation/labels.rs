//! The UI words of `<jobspor-indsatsplan>` and `<jobspor-conversation>` in Danish and English.
//! The guides' steps and prompts, the rules' messages and the SMART verdicts come from the core.

crate::i18n::labels! {
    ip_title: "Indsatsplan", "Indsatsplan (action plan)";
    ip_intro: "Udfyldes sammen med borgeren: hovedmål, delmål, aktiviteter og evaluering. Ingen cpr-nummer: planen har kun navnet.",
        "Filled in together with the citizen: main goal, sub-goals, activities and evaluation. No CPR number: the plan has only the name.";
    header: "Oplysninger", "Details";
    citizen: "Borgerens navn", "Citizen's name";
    consultant: "Sagsbehandler", "Caseworker";
    date: "Dato", "Date";
    main_goal: "Hovedmål (beskæftigelsesmål)", "Main goal (employment goal)";
    main_goal_hint: "Må gerne være åbent, fx »Kontor og administration / Detailhandel«.", "May stay open, e.g. \"Kontor og administration / Detailhandel\".";
    areas: "Områder", "Areas";
    sub_goal: "Delmål", "Sub-goal";
    goal_text: "Delmålet", "The sub-goal";
    smart: "SMART", "SMART";
    of_five: "af 5 kriterier opfyldt", "of 5 criteria met";
    missing: "Mangler", "Missing";
    activity: "Aktivitet", "Activity";
    what: "Hvad", "What";
    who: "Hvem", "Who";
    when: "Hvornår", "When";
    none: "– vælg –", "– choose –";
    add_activity: "Tilføj aktivitet", "Add an activity";
    add_sub_goal: "Tilføj delmål", "Add a sub-goal";
    evaluation_date: "Evalueringsdato", "Evaluation date";
    evaluation_text: "Evaluering", "Evaluation";
    findings: "Fund", "Findings";
    no_findings: "Ingen fund.", "No findings.";
    fix: "Sådan:", "Fix:";
    print: "Udskriv", "Print";
    value_error: "Kunne ikke læse", "Could not read";
    live: "fund i planen", "findings in the plan";
    cv_title: "Samtaleguide", "Conversation guide";
    guide: "Guide", "Guide";
    minutes: "Aftalt tid (minutter)", "Agreed time (minutes)";
    elapsed: "Brugt tid", "Time used";
    min: "min.", "min";
    left: "tilbage", "left";
    over: "over tiden", "over time";
    timeout: "Timeout – tiden er gået", "Time-out – the time is up";
    attention: "Opmærksomhedspunkter", "Points of attention";
    note: "Note", "Note";
    abc_hint: "ABC-jobplanen udfyldes her (indlæs modulet jobspor/abc på siden).", "The ABC job plan is filled in here (load the jobspor/abc module on the page).";
    cv_hint: "Brug CV-tjekkets samtalespørgsmål (modulet jobspor/cv) til kompetenceafdækningen.", "Use the CV check's conversation prompts (the jobspor/cv module) for the competences.";
    agreements: "Aftaler", "Agreements";
    agreement: "Aftale", "Agreement";
    add_agreement: "Tilføj aftale", "Add an agreement";
    next_focus: "Fokus til næste samtale", "Focus of the next conversation";
    summary: "Opsummering til Min Plan", "Summary for Min Plan";
    who_does_what: "Hvem gør hvad", "Who does what";
    finish: "Afslut og udskriv opsummering", "Finish and print the summary";
    no_agreements: "Ingen aftaler endnu.", "No agreements yet.";
    smart_live: "aftaler er SMART", "agreements are SMART";
}
