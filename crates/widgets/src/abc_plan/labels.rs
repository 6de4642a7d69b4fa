//! The ABC plan widget's own UI words in Danish and English. Rule titles, messages, fixes, the
//! reasons of a row's class and the search-focus advice come from the core (`jobspor_core::abc`).

crate::i18n::labels! {
    title: "ABC-jobplan", "ABC job plan";
    intro: "Tre veje til job, som du arbejder med på samme tid fra første samtale: A – ønskejobbet, B – det gode og acceptable job og C – det nødvendige job. Hver række vurderes ud fra tre cirkler: dine ønsker, dine kompetencer og arbejdsmarkedets efterspørgsel. Det, du skriver, bliver i din browser.",
        "Three ways to a job that you work on at the same time from the first conversation: A – the wished job, B – the good and acceptable job and C – the necessary job. Each row is judged on three circles: your wishes, your competences and the labour market's demand. What you write stays in your browser.";
    model: "De tre cirkler", "The three circles";
    model_hint: "Hver række i planen står som et mærke i det felt, dens cirkler peger på.",
        "Each row of the plan is a marker in the area its circles point to.";
    c_wishes: "Ønsker", "Wishes";
    c_competences: "Kompetencer", "Competences";
    c_market: "Arbejdsmarkedet", "Labour market";
    svg_title: "ABC-modellen: ønsker, kompetencer og arbejdsmarkedet", "The ABC model: wishes, competences and the labour market";
    svg_desc: "Tre cirkler, der overlapper: ønsker, kompetencer og arbejdsmarkedet.",
        "Three overlapping circles: wishes, competences and the labour market.";
    svg_no_rows: "Planen har endnu ingen rækker.", "The plan has no rows yet.";
    plan: "Planen", "The plan";
    situation: "Din situation", "Your situation";
    row: "Række", "Row";
    plan_letter: "Plan", "Plan";
    occupation: "Stillingsbetegnelse", "Job title";
    functions: "Jobfunktioner (én pr. linje)", "Job functions (one per line)";
    functions_short: "Stillingsbetegnelse / jobfunktioner", "Job title / job functions";
    companies: "Virksomheder eller virksomhedstyper (én pr. linje)", "Companies or company types (one per line)";
    companies_short: "Virksomheder / virksomhedstyper", "Companies / company types";
    who: "Hvem gør hvad", "Who does what";
    when: "Hvornår", "When";
    when_hint: "En dato (ÅÅÅÅ-MM-DD) eller med ord, fx »inden 1. december«.", "A date (YYYY-MM-DD) or in words, e.g. \"by 1 December\".";
    wish: "Hvor meget ønsker du jobbet? (1–10)", "How much do you want this job? (1–10)";
    wish_short: "Ønske", "Wish";
    wish_of: "af 10", "of 10";
    competence: "Har du kompetencerne?", "Do you have the competences?";
    comp_full: "Har kompetencerne", "Has the competences";
    comp_partial: "Delvist", "Partly";
    comp_trainable: "Kan opkvalificeres kort", "A short upskilling gets there";
    comp_none: "Nej", "No";
    add_row: "Tilføj række", "Add a row";
    remove_row: "Fjern række", "Remove row";
    weeks: "Uger som ledig", "Weeks unemployed";
    weeks_bad: "Skriv et tal fra 0 til 5200. Feltet tæller ikke med, før det er rettet.", "Write a number from 0 to 5200. The field does not count until it is fixed.";
    region: "Område", "Area";
    region_hint: "Vælg fra listen eller skriv selv; efterspørgslen slås op for området.", "Pick from the list or type; demand is looked up for the area.";
    justification: "Begrundelse, hvis planen ikke har både A, B og C", "Justification if the plan lacks A, B or C";
    justification_short: "Begrundelse", "Justification";
    points_to: "Cirklerne peger på:", "The circles point to:";
    class_unrealistic: "urealistisk", "unrealistic";
    class_not_judged: "ikke vurderet – efterspørgsel ukendt", "not judged – demand unknown";
    check: "Tjek af planen", "Plan check";
    no_findings: "Ingen bemærkninger til planen.", "No remarks on the plan.";
    n_finding: "bemærkning", "remark";
    n_findings: "bemærkninger", "remarks";
    sev_error: "Skal rettes", "Must fix";
    sev_warning: "Bør rettes", "Should fix";
    sev_info: "Råd", "Advice";
    how_to_fix: "Sådan gør du:", "How to fix it:";
    go_to_field: "Gå til feltet", "Go to the field";
    search_focus: "Søgefokus", "Search focus";
    print: "Udskriv planen", "Print the plan";
    print_title: "ABC-jobplan – min vandrejournal", "ABC job plan – my job-search record";
    print_hint: "Tag planen med til hver samtale i jobcentret.", "Bring the plan to every meeting at the job centre.";
    name: "Navn", "Name";
    date: "Dato", "Date";
    signature: "Underskrift", "Signature";
    draft_kept: "Din kladde gemmes i denne browser, så den er her igen, når du genindlæser siden.",
        "Your draft is kept in this browser, so it is here again when you reload the page.";
    draft_clear: "Slet kladde", "Delete draft";
    draft_cleared: "Kladden er slettet.", "The draft was deleted.";
    draft_unavailable: "Kladden kan ikke gemmes: browserens lager er ikke tilgængeligt.", "The draft can't be kept: the browser's storage is not available.";
    plan_error: "Planen kunne ikke indlæses", "The plan could not be loaded";
    config_error: "Indstillingerne kunne ikke bruges", "The settings could not be used";
    draft_error: "Den gemte kladde kunne ikke læses og er ikke brugt – den er lagt til side, så den ikke bliver overskrevet", "The saved draft could not be read and was not used – it was set aside, so it is not overwritten";
    field: "felt", "field";
    comp_unknown: "Ikke vurderet", "Not judged";
    choose: "Vælg", "Choose";
    wish_not_stated: "ikke angivet", "not stated";
    marker: "Mærke", "Marker";
    z_all: "Mærket står i alle tre cirkler", "The marker is in all three circles";
    z_wish_rim: "Mærket står i kompetencer og arbejdsmarkedet, på kanten af ønsker", "The marker is in competences and the labour market, on the edge of wishes";
    z_comp_market: "Mærket står i kompetencer og arbejdsmarkedet, uden for ønsker", "The marker is in competences and the labour market, outside wishes";
    z_wish_comp: "Mærket står i ønsker og kompetencer, uden for arbejdsmarkedet", "The marker is in wishes and competences, outside the labour market";
    z_comp: "Mærket står kun i kompetencer", "The marker is in competences only";
    z_wish: "Mærket står kun i ønsker", "The marker is in wishes only";
    z_wish_market: "Mærket står i ønsker og arbejdsmarkedet, uden for kompetencer", "The marker is in wishes and the labour market, outside competences";
    z_market: "Mærket står kun i arbejdsmarkedet", "The marker is in the labour market only";
    z_none: "Mærket står uden for alle tre cirkler", "The marker is outside all three circles";
    upskilling: "Opkvalificering (kursus eller uddannelse)", "Upskilling (course or education)";
    upskilling_hint: "Fx »Truckcertifikat B«. Skal udfyldes, hvis kompetencerne kan opkvalificeres kort.", "E.g. \"Forklift certificate B\". Needed when a short upskilling gets there.";
    upskilling_short: "Opkvalificering", "Upskilling";
    education: "Rækken er en uddannelse, der fører til jobbet", "The row is an education leading to the job";
    today_error: "Datoen for i dag (today) kan ikke bruges", "Today's date (today) can't be used";
    sheet: "Planen som skema", "The plan as a form";
    points_to_short: "Cirklerne peger på", "The circles point to";
    printed: "Dato", "Date";
    not_stated: "–", "–";
}
