//! The UI words of `<jobspor-progress-card>` in Danish and English. The items' names, the seed's
//! words for every level, the group headings and the findings come from the core
//! (`jobspor_core::progress::card`).

crate::i18n::labels! {
    title: "Progressionskort", "Progression card";
    intro: "Vælg 5–1 for hvert punkt ved hver dato. Tallene og kurverne regnes om med det samme. Ingen cpr-nummer: kortet har kun navnet.",
        "Choose 5–1 for each item at each date. The figures and charts follow at once. No CPR number: the card has only the name.";
    header: "Oplysninger", "Details";
    name: "Navn", "Name";
    period_from: "Tilbudsperiode fra", "Offer period from";
    period_to: "Tilbudsperiode til", "Offer period to";
    hours_start: "Timer pr. uge ved tilbudsstart", "Hours per week at the start";
    hours_goal: "Timer pr. uge ved ophør (målsætning)", "Hours per week at the end (goal)";
    hours_error: "Skriv et tal fra 0 til 168", "Enter a number from 0 to 168";
    caseworker: "Sagsbehandler", "Caseworker";
    dates: "Datoer", "Dates";
    date: "Dato", "Date";
    by: "Vurderet af", "Scored by";
    add_date: "Tilføj dato", "Add a date";
    not_scored: "– ikke vurderet", "– not scored";
    chart_item: "Udvikling", "Progress";
    totals: "Samlet antal point", "Total points";
    totals_intro: "Summen af vægt × point for de vurderede punkter, pr. gruppe og i alt, ved hver dato.",
        "The sum of weight × score over the items scored, per group and in total, at each date.";
    chart_title: "Samlet antal point over datoerne", "Total points over the dates";
    group: "Gruppe", "Group";
    total: "I alt", "Total";
    of: "af", "of";
    change: "Ændring fra første til sidste dato", "Change from the first to the last date";
    special: "Særlige oplysninger/hensyn", "Special information/considerations";
    findings: "Bemærkninger", "Remarks";
    no_findings: "Ingen bemærkninger.", "No remarks.";
    fix: "Sådan:", "How:";
    print: "Udskriv (én A4-side)", "Print (one A4 page)";
    signature: "Underskrift", "Signature";
    item: "Punkt", "Item";
    value_error: "Kortet kunne ikke læses", "The card could not be read";
    config_error: "Indstillingerne kunne ikke læses", "The configuration could not be read";
    live_none: "Intet vurderet endnu.", "Nothing scored yet.";
    points: "point", "points";
    // ---- <jobspor-placement-followup>
    f_title: "Praktikopfølgning – progression mod job", "Placement follow-up – progress towards a job";
    f_intro: "Ved hvert besøg: de centrale opgaver, arbejdsgiverens og borgerens egen vurdering på 10-pointsskalaen, og en aftale pr. opgave om, hvad der skal til, før praktiktimer kan blive til ordinære timer.",
        "At each visit: the central tasks, the employer's and the citizen's own score on the 10-point scale, and an agreement per task on what it takes to turn placement hours into ordinary hours.";
    citizen: "Borger", "Citizen";
    company: "Virksomhed", "Company";
    consultant: "Virksomhedskonsulent", "Company consultant";
    placement: "Tilbud (fx virksomhedspraktik, løntilskud)", "Offer (e.g. work placement, wage subsidy)";
    placement_hours: "Praktiktimer pr. uge nu", "Placement hours per week now";
    ordinary_hours: "Ordinære timer pr. uge nu", "Ordinary hours per week now";
    ordinary_goal: "Mål for ordinære timer pr. uge", "Goal for ordinary hours per week";
    visit: "Besøg", "Visit";
    add_visit: "Tilføj besøg", "Add a visit";
    task: "Opgave", "Task";
    task_name: "Opgaven (virksomhedens ord)", "The task (the company's words)";
    add_task: "Tilføj opgave", "Add a task";
    employer_score: "Arbejdsgivers vurdering (1–10)", "Employer's score (1–10)";
    new_hire_score: "En nyansat ville ligge på (1–10)", "A new hire would score (1–10)";
    task_hours: "Timer pr. uge på opgaven", "Hours per week on the task";
    to_be_paid: "Hvad skal borgeren kunne yderligere for at få løn for opgaven?", "What more must the citizen be able to do to be paid for the task?";
    citizen_score: "Borgerens egen vurdering (1–10)", "The citizen's own score (1–10)";
    agreement: "Aftale til næste gang", "Agreement for next time";
    none: "–", "–";
    gap_ec: "Arbejdsgiver minus borger", "Employer minus citizen";
    gap_nh: "Point op til en nyansat", "Points up to a new hire";
    ask: "Spørg borgeren", "Ask the citizen";
    no_prompt: "Arbejdsgiver og borger vurderer ens – intet ekstra spørgsmål.", "Employer and citizen score alike – no extra question.";
    f_live_none: "Ingen opgaver vurderet endnu.", "No tasks scored yet.";
    f_live: "opgaver med et spørgsmål til borgeren", "tasks with a question for the citizen";
}
