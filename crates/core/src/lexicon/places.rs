//! Places, companies and job sites a Danish agreement names.

/// Danish towns (lower case): the 60 largest plus every town in Frederikshavn, Hjørring and
/// Brønderslev municipalities and the larger ones in Nordjylland (seed 003 is from Frederikshavn).
pub(crate) const TOWNS: &[&str] = &[
    "københavn", "aarhus", "århus", "odense", "aalborg", "ålborg", "esbjerg", "randers", "kolding", "horsens", "vejle",
    "roskilde", "herning", "silkeborg", "næstved", "fredericia", "viborg", "køge", "holstebro", "taastrup", "slagelse",
    "hillerød", "sønderborg", "svendborg", "hjørring", "holbæk", "frederikshavn", "nørresundby", "ringsted", "haderslev",
    "skive", "ølstykke", "nykøbing", "helsingør", "kalundborg", "aabenraa", "frederikssund", "nyborg", "ikast", "grenaa",
    "hobro", "thisted", "rønne", "vordingborg", "ballerup", "lyngby", "glostrup", "greve", "varde", "ribe", "tønder",
    "grindsted", "vejen", "middelfart", "skanderborg", "hedensted", "struer", "lemvig", "brønderslev", "sæby", "skagen",
    "ålbæk", "aalbæk", "strandby", "østervrå", "jerup", "hirtshals", "sindal", "tårs", "vrå", "løkken", "dronninglund",
    "asaa", "hjallerup", "pandrup", "blokhus", "fjerritslev", "brovst", "aabybro", "åbybro", "nibe", "støvring", "aars",
    "års", "farsø", "løgstør", "hadsund", "hals", "læsø", "byrum", "gistrup", "svenstrup", "frederiksberg", "gentofte",
    "hvidovre", "albertslund", "ishøj", "brøndby", "rødovre", "herlev", "dragør", "kastrup",
];

/// Regions and areas.
pub(crate) const REGIONS: &[&str] = &[
    "nordjylland", "vendsyssel", "himmerland", "thy", "midtjylland", "østjylland", "vestjylland", "sønderjylland",
    "sydjylland", "jylland", "fyn", "sjælland", "bornholm", "lolland", "falster", "storkøbenhavn", "hovedstadsområdet",
    "hovedstaden", "omegn", "omegnen", "nærområdet", "lokalområdet", "kommunen", "danmark",
];

/// Companies and employers often named in Danish agreements (lower case; multi-word names as
/// phrases). Any capitalised name after "hos", and names ending in A/S, ApS, I/S, K/S or P/S are
/// recognised too, so this list only needs the names written in lower case or without a preposition.
pub(crate) const COMPANIES: &[&str] = &[
    "netto", "føtex", "bilka", "salling", "salling group", "coop", "kvickly", "superbrugsen", "brugsen", "dagli'brugsen",
    "rema 1000", "rema", "lidl", "aldi", "meny", "spar", "min købmand", "lønstrup", "dagrofa", "danish crown", "arla",
    "maersk", "mærsk", "vestas", "novo nordisk", "lego", "dsv", "postnord", "iss", "elgiganten", "jysk", "harald nyborg",
    "silvan", "bauhaus", "stark", "bygma", "matas", "ikea", "mcdonald's", "mcdonalds", "burger king",
    "7-eleven", "circle k", "q8", "dsb", "arriva", "movia", "nordjyllands trafikselskab", "grundfos", "danfoss",
    "carlsberg", "tican", "orskov", "ørskov", "karstensens", "vestergaard", "sanistål", "bladt", "flügger", "dfds",
    "stena line", "color line", "forsvaret", "adecco", "manpower", "randstad", "temp-team", "tempteam", "jobpatruljen",
    "hartmann", "falck", "securitas", "g4s", "fog", "jem & fix", "xl-byg", "johannes fog",
];

/// Kinds of employer or organisation: concrete enough to act on ("ring til 3 vikarbureauer").
pub(crate) const ORG_WORDS: &[&str] = &[
    "vikarbureau", "vikarbureauer", "vikarbureauet", "vikarbureauerne", "a-kasse", "a-kassen", "akasse", "akassen",
    "jobcentret", "jobcenteret", "jobcenter", "fagforening", "fagforeningen", "kommune", "kommunen", "regionen",
    "virksomhedskonsulent", "virksomhedskonsulenten", "jobkonsulent", "jobkonsulenten", "sagsbehandler",
    "sagsbehandleren", "uu", "sprogskolen", "jobhuset", "erhvervsskolen", "tekniske skole", "amu",
];

/// Job sites and portals.
pub(crate) const SITES: &[&str] = &[
    "jobnet", "jobnet.dk", "jobindex", "jobindex.dk", "linkedin", "indeed", "ofir", "stepstone", "jobbank", "jobbank.dk",
    "job.dk", "facebook", "min plan", "mit cv", "workindenmark", "jobdanmark", "graduateland", "careerjet",
];

/// Placeholders for a name, a number or a date that the real text will have: "XX", "XXX", "XYZ".
pub(crate) fn is_placeholder(word: &str) -> bool {
    let n = word.chars().count();
    (n >= 2 && word.chars().all(|c| c == 'x'))
        || matches!(word, "xyz" | "nn" | "yyy" | "zzz" | "xy" | "xx-xx" | "n.n" | "abc123")
}
