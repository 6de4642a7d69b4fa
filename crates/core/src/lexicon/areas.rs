//! The occupational areas, as data only: `build.rs` includes this file too (for the sorted table
//! of area keywords, see `Lexicon::area_of_word`).

use super::Area;

pub(crate) const AREAS: &[Area] = &[
    Area { id: "lager", da: "Lager og logistik", en: "Warehouse and logistics", keywords: &["lager", "logistik", "pakkeri"] },
    Area { id: "transport", da: "Transport", en: "Transport", keywords: &["transport", "kørsel", "trafik", "søfart"] },
    Area { id: "detail", da: "Butik og detail", en: "Retail", keywords: &["detail", "butik", "butiks", "handel", "supermarked", "dagligvare"] },
    Area { id: "salg", da: "Salg, marketing og kundeservice", en: "Sales, marketing and customer service", keywords: &["salg", "salgs", "kundeservice", "callcenter", "marketing"] },
    Area { id: "rengoering", da: "Rengøring og ejendomsservice", en: "Cleaning and property services", keywords: &["rengøring", "rengørings", "ejendomsservice", "facility"] },
    Area { id: "pleje", da: "Pleje og omsorg", en: "Care", keywords: &["pleje", "ældrepleje", "hjemmepleje", "omsorg", "handicap"] },
    Area { id: "sundhed", da: "Sundhed", en: "Health", keywords: &["sundhed", "sundheds", "hospital", "sygehus"] },
    Area { id: "paedagogik", da: "Børn, pædagogik og undervisning", en: "Children, education and teaching", keywords: &["børn", "pædagogik", "undervisning", "skole", "daginstitution", "børnehave", "vuggestue", "unge"] },
    Area { id: "koekken", da: "Køkken, restaurant og hotel", en: "Kitchen, restaurant and hotel", keywords: &["køkken", "restaurant", "restauration", "restaurations", "hotel", "kantine", "café", "cafe", "turisme", "gastronomi", "fastfood"] },
    Area { id: "bygge", da: "Bygge, anlæg og håndværk", en: "Construction and crafts", keywords: &["byggeri", "bygge", "håndværk", "anlæg", "byggefag"] },
    Area { id: "industri", da: "Industri og produktion", en: "Manufacturing", keywords: &["industri", "produktion", "fabrik", "metal"] },
    Area { id: "mekanik", da: "Mekanik og værksted", en: "Mechanics and workshops", keywords: &["mekanik", "værksted", "auto"] },
    Area { id: "foedevarer", da: "Fødevarer", en: "Food production", keywords: &["fødevare", "slagteri", "mejeri", "bageri", "fiskeindustri"] },
    Area { id: "landbrug", da: "Landbrug, gartneri, skov og fiskeri", en: "Farming, gardening, forestry and fishing", keywords: &["landbrug", "gartneri", "skov", "fiskeri", "jordbrug", "dyr"] },
    Area { id: "kontor", da: "Kontor, administration og økonomi", en: "Office, administration and finance", keywords: &["kontor", "administration", "økonomi", "regnskab", "bogholderi", "hr"] },
    Area { id: "it", da: "IT", en: "IT", keywords: &["it", "software", "programmering", "data"] },
    Area { id: "kultur", da: "Kultur, medier og kommunikation", en: "Culture, media and communication", keywords: &["kultur", "medie", "kommunikation", "grafisk"] },
    Area { id: "samfund", da: "Socialt arbejde og rådgivning", en: "Social work and counselling", keywords: &["socialt", "rådgivning"] },
    Area { id: "sikkerhed", da: "Sikkerhed og beredskab", en: "Security and emergency services", keywords: &["sikkerhed", "vagt", "politi", "forsvar", "beredskab"] },
    Area { id: "teknik", da: "Teknik og ingeniørarbejde", en: "Engineering", keywords: &["teknik", "ingeniør", "energi"] },
    Area { id: "ledelse", da: "Ledelse", en: "Management", keywords: &["ledelse", "management"] },
    Area { id: "service", da: "Service og personlig pleje", en: "Services and personal care", keywords: &["service", "skønhed"] },
];
