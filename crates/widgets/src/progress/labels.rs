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
}
