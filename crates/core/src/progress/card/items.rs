//! The progression card's thirteen items and the seed's wording for every level, as data
//! (seed 002 appendix F, discus-laeringskatalog-matchning.txt:1675–1973). Each level cites the
//! seed lines it is quoted from; the Danish is the seed's, joined where the text extraction broke
//! a line (hyphenation undone), and without the weight digits the extraction scattered into the
//! text. The item names are ours: the seed's card has no headings per item, only the levels. The
//! English is ours. `tests/progress.rs` checks every level against the seed file when it is there.

use crate::common::StaticText;

/// The group an item belongs to (the card's three sections).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CardGroup {
    /// Personlige kompetencer (:1675).
    Personal,
    /// Faglige kompetencer (:1737).
    Professional,
    /// Sociale kompetencer (:1905).
    Social,
}

impl CardGroup {
    pub const ALL: [CardGroup; 3] = [CardGroup::Personal, CardGroup::Professional, CardGroup::Social];

    /// The seed's heading.
    pub fn label(self) -> StaticText {
        match self {
            CardGroup::Personal => StaticText { da: "Personlige kompetencer", en: "Personal competences" },
            CardGroup::Professional => StaticText { da: "Faglige kompetencer", en: "Professional competences" },
            CardGroup::Social => StaticText { da: "Sociale kompetencer", en: "Social competences" },
        }
    }
}

/// One level of an item: the score and the seed's words.
#[derive(Debug, Clone, Copy)]
pub struct Level {
    /// 5 (best) … 1.
    pub score: u8,
    pub da: &'static str,
    pub en: &'static str,
    /// The seed lines, e.g. `seed 002 appendix F, discus-laeringskatalog-matchning.txt:1699–1701`.
    pub source: &'static str,
}

/// One item of the card.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// The id scores and weights use, e.g. `attendance`.
    pub id: &'static str,
    pub group: CardGroup,
    /// Our short name for it.
    pub name: StaticText,
    /// Levels 5, 4, 3, 2, 1 in that order.
    pub levels: [Level; 5],
}

macro_rules! items {
    ($($id:literal, $group:ident, ($da:literal, $en:literal): [$(($score:literal, $lda:literal, $len:literal, $lines:literal)),+ $(,)?];)+) => {
        /// The card's items, in the seed's order.
        pub const ITEMS: &[Item] = &[
            $(Item {
                id: $id,
                group: CardGroup::$group,
                name: StaticText { da: $da, en: $en },
                levels: [$(Level { score: $score, da: $lda, en: $len, source: concat!("seed 002 appendix F, discus-laeringskatalog-matchning.txt:", $lines) }),+],
            }),+
        ];
    };
}

items! {
    "meeting_times", Personal, ("Mødetider", "Meeting times"): [
        (5, "Overholder altid mødetider", "Always keeps to the working hours", "1679"),
        (4, "Overholder næsten altid mødetider", "Almost always keeps to the working hours", "1681"),
        (3, "Overholder oftest mødetider", "Mostly keeps to the working hours", "1683"),
        (2, "Kommer alt for ofte for sent", "Is late far too often", "1685"),
        (1, "Formår ikke at overholde mødetider", "Cannot keep to the working hours", "1687"),
    ];
    "attendance", Personal, ("Fremmøde", "Attendance"): [
        (5, "Fremmøde 95-100 %", "Attendance 95–100 %", "1689"),
        (4, "Sygefravær mellem 5 – 10 %", "Sickness absence between 5 and 10 %", "1691"),
        (3, "Enkelte forsømmelser", "A few absences", "1693"),
        (2, "En del forsømmelser", "Quite a few absences", "1695"),
        (1, "Mange forsømmelser", "Many absences", "1697"),
    ];
    "workplace_norms", Personal, ("Arbejdspladsens normer", "The workplace's norms"): [
        (5, "Tilpasser sig normerne på arbejdspladsen i alle arbejdssituationer", "Adapts to the workplace's norms in every work situation", "1699–1701"),
        (4, "Tilpasser sig normerne på arbejdspladsen i langt de fleste arbejdssituationer", "Adapts to the workplace's norms in by far most work situations", "1703–1705"),
        (3, "Tilpasser sig oftest normerne på arbejdspladsen", "Mostly adapts to the workplace's norms", "1707"),
        (2, "Kan kun efter gentagne opfordringer tilpasse sig normerne på arbejdspladsen", "Adapts to the workplace's norms only after repeated requests", "1709–1711"),
        (1, "Tilpasser sig ikke arbejdspladsens normer", "Does not adapt to the workplace's norms", "1713"),
    ];
    "adapting_learning", Personal, ("Omstilling og læring", "Adapting and learning"): [
        (5, "Er rigtig god til at omstille sig og parat til hele tiden at lære noget nyt", "Adapts very well and is always ready to learn something new", "1715–1717"),
        (4, "Kan omstille sig og er parat til at lære noget nyt", "Can adapt and is ready to learn something new", "1721"),
        (3, "Omstillingsparat – med nogen hjælp og vejledning. Kan og vil med hjælp også lære nyt.", "Ready to adapt – with some help and guidance. Can and will learn new things with help.", "1723–1725"),
        (2, "Er ikke så omstillingsparat og har svært ved at lære noget nyt.", "Is not very ready to adapt and finds it hard to learn new things.", "1729–1731"),
        (1, "Har meget svært ved at lære noget nyt.", "Finds it very hard to learn new things.", "1735"),
    ];
    "concentration", Professional, ("Koncentration", "Concentration"): [
        (5, "Arbejder altid meget koncentreret om opgaven", "Always works with great concentration on the task", "1741"),
        (4, "Arbejder koncentreret, men går engang imellem i stå", "Works with concentration but now and then comes to a halt", "1743"),
        (3, "Arbejder periodevist ukoncentreret. Holder nogle unødige pauser.", "At times works without concentration. Takes some unnecessary breaks.", "1745–1747"),
        (2, "Arbejder kun lejlighedsvist og i korte perioder koncentreret. Holder mange, unødige pauser.", "Concentrates only occasionally and for short periods. Takes many unnecessary breaks.", "1751–1753"),
        (1, "Kan ikke koncentrere sig. Holder mange pauser og forlader ofte arbejdet i utide", "Cannot concentrate. Takes many breaks and often leaves work early", "1757–1759"),
    ];
    "understanding", Professional, ("Opfattelsesevne", "Understanding instructions"): [
        (5, "Har en meget fin opfattelsesevne. Forstår såvel enkle som komplicerede instruktioner og udfører dem uden problemer", "Understands very well. Follows both simple and complicated instructions without problems", "1763–1766"),
        (4, "Har en fin opfattelsesevne. Forstår enkle instruktioner og udfører dem uden problemer.", "Understands well. Follows simple instructions without problems.", "1768–1770"),
        (3, "Bruger aktivt sin opfattelsesevne. Skal dog have let hjælp til at udføre nye instruktioner", "Uses their understanding actively, but needs a little help to carry out new instructions", "1774–1776"),
        (2, "Opfylder minimumskrav, men kræver omhyggelig instruktion og misforstår let.", "Meets the minimum, but needs careful instruction and easily misunderstands.", "1780–1782"),
        (1, "Har svært ved at modtage og forstå en instruktion, ved selv enkle arbejdsoperationer.", "Finds it hard to take in and understand an instruction, even for simple tasks.", "1786–1788"),
    ];
    "output", Professional, ("Arbejdsydelse", "Work output"): [
        (5, "Har en høj arbejdsydelse", "Has a high work output", "1792"),
        (4, "Arbejder godt og i et jævnt tempo", "Works well at a steady pace", "1794"),
        (3, "Arbejder langsomt. Må af og til bedes om at arbejde hurtigere.", "Works slowly. Now and then has to be asked to work faster.", "1796–1798"),
        (2, "Arbejder meget langsomt. Skal løbende opfordres til at arbejde hurtigere.", "Works very slowly. Has to be asked to work faster again and again.", "1802–1804"),
        (1, "Arbejder langsomt med svingende produktivitet og må hele tiden holde lange pauser.", "Works slowly with uneven productivity and keeps needing long breaks.", "1808–1810"),
    ];
    "quality", Professional, ("Kvalitet", "Quality"): [
        (5, "Nøjagtig og grundig, laver altid arbejdet helt korrekt. Klarer lette såvel som svære opgaver.", "Accurate and thorough, always does the work exactly right. Manages easy and hard tasks.", "1814–1816"),
        (4, "Kvaliteten af arbejdet er tilfredsstillende – dog enkelte fejl ved de svære opgaver.", "The quality of the work is satisfactory – a few mistakes on the hard tasks.", "1820–1822"),
        (3, "Lette opgaver udføres tilfredsstillende – dog enkelte fejl pga. manglende omhyggelighed.", "Easy tasks are done satisfactorily – a few mistakes from lack of care.", "1826–1828"),
        (2, "Laver ofte fejl ved alle slags opgaver og er ikke omhyggelig nok med detaljer.", "Often makes mistakes on every kind of task and is not careful enough with details.", "1832–1834"),
        (1, "Arbejdets kvalitet er altid dårlig – selv ved enkle arbejdsoperationer. Unøjagtig og overfladisk.", "The quality of the work is always poor – even on simple tasks. Inaccurate and superficial.", "1838–1840"),
    ];
    "independence", Professional, ("Selvstændighed", "Independence"): [
        (5, "Forstår straks og udfører arbejdet sikkert og selvstændigt. Udfører nye ting på egen hånd.", "Understands at once and works safely and independently. Does new things on their own.", "1844–1846"),
        (4, "Arbejder forholdsvis selvstændigt og udfører nogle gange nye ting på egen hånd.", "Works fairly independently and sometimes does new things on their own.", "1850–1852"),
        (3, "Er selvstændigt arbejdende, dog først efter instruktion. Kan holde sig i gang inden for givne arbejdsopgaver.", "Works independently, but only after instruction. Keeps going within the given tasks.", "1856–1858"),
        (2, "Utilstrækkelig selvstændighed i arbejdet. Er tilbageholdende og usikker og har lidt svært ved at komme i gang.", "Not independent enough at work. Is hesitant and unsure and finds it a little hard to get started.", "1862–1866"),
        (1, "Ingen selvstændighed, er ubeslutsom og usikker og skal altid sættes i gang.", "No independence, is indecisive and unsure and always has to be set going.", "1870–1872"),
    ];
    "flexibility", Professional, ("Omstillingsevne i arbejdet", "Switching between tasks"): [
        (5, "Kan altid og hurtigt omstille sig og udfører alle arbejdsoperationer tilfredsstillende.", "Always switches quickly and does every task satisfactorily.", "1876–1878"),
        (4, "Kan altid omstille sig og udfører de fleste arbejdsoperationer tilfredsstillende.", "Always switches and does most tasks satisfactorily.", "1882–1884"),
        (3, "Kan oftest omstille sig og udfører de fleste arbejdsoperationer tilfredsstillende.", "Mostly switches and does most tasks satisfactorily.", "1888–1890"),
        (2, "Kan nogle gange omstille sig og udføre enkle arbejdsoperationer tilfredsstillende.", "Sometimes switches and does simple tasks satisfactorily.", "1894–1896"),
        (1, "Har meget svært ved at skifte arbejdsopgaver, selv ved enkle arbejdsoperationer.", "Finds it very hard to change tasks, even simple ones.", "1900–1902"),
    ];
    "cooperation", Social, ("Samarbejde", "Cooperation"): [
        (5, "God og let at samarbejde med – er åben og hjælpsom", "Good and easy to work with – open and helpful", "1909"),
        (4, "God til at samarbejde – er oftest åben og hjælpsom.", "Good at working with others – mostly open and helpful.", "1911"),
        (3, "Samarbejder for det meste med gruppen og er sædvanligvis hjælpsom.", "Mostly works with the group and is usually helpful.", "1913–1915"),
        (2, "Har ofte svært ved at samarbejde – er ikke uopfordret hjælpsom.", "Often finds it hard to work with others – does not help unasked.", "1919–1921"),
        (1, "Uvillig til at samarbejde", "Unwilling to work with others", "1925"),
    ];
    "danish", Social, ("Dansk i arbejdet", "Danish at work"): [
        (5, "Forstår alt dansk, stort ordforråd, læser og skriver godt.", "Understands all Danish, large vocabulary, reads and writes well.", "1927"),
        (4, "Forstår, læser, taler og skriver tilfredsstillende ift. arbejdspladsens/jobbets behov", "Understands, reads, speaks and writes well enough for the workplace's/job's needs", "1929–1931"),
        (3, "Forstår det meste dansk i tale og kan gøre sig forståelig i almindelige situationer", "Understands most spoken Danish and can make themselves understood in everyday situations", "1935–1937"),
        (2, "Forstår noget dansk og kan gøre sig rimeligt forståelig. Kan ikke læse og skrive dansk.", "Understands some Danish and can make themselves reasonably understood. Cannot read and write Danish.", "1941–1943"),
        (1, "Har store problemer ift. kommunikation", "Has big problems communicating", "1947"),
    ];
    "interest", Social, ("Interesse for arbejde", "Interest in work"): [
        (5, "Er meget interesseret i at arbejde. Vil tage alle former for arbejde, uanset jobindhold, tidspunkter og afstande", "Very interested in working. Will take any kind of work, whatever the content, hours and distances", "1949–1951"),
        (4, "Er meget interesseret i arbejde. Har ingen begrænsninger ift. jobindhold, men ift. arbejdstid og transport.", "Very interested in work. No limits on job content, but on working hours and transport.", "1955–1957"),
        (3, "Er interesseret i arbejde. Dog visse begrænsninger ift. jobindhold, arbejdstid og/eller transport.", "Interested in work. Some limits on job content, working hours and/or transport.", "1961–1963"),
        (2, "Ønsker kun bestemte typer af job, og har kun mindre fleksibilitet ift. arbejdstid, jobindhold og transport.", "Wants only certain kinds of job, and is only a little flexible on hours, content and transport.", "1967–1969"),
        (1, "Ønsker ikke arbejde.", "Does not want work.", "1973"),
    ];
}

/// The item of this id.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id == id)
}

impl Item {
    /// The level of a score (1–5).
    pub fn level(&self, score: u8) -> Option<&Level> {
        self.levels.iter().find(|l| l.score == score)
    }
}

/// The card's other texts, with their seed lines.
pub const HEADER_SOURCE: &str = "seed 002 appendix F, discus-laeringskatalog-matchning.txt:1667–1673";
/// "Samlet antal point. (Den totale sum)".
pub const TOTAL_SOURCE: &str = "seed 002 appendix F, discus-laeringskatalog-matchning.txt:1975";
/// "Særlige oplysninger/hensyn".
pub const SPECIAL_SOURCE: &str = "seed 002 appendix F, discus-laeringskatalog-matchning.txt:1983";

crate::common::output! {
    /// The card's items and the seed's words for every level, for a host or widget to draw the
    /// card before anything is scored.
    pub struct ItemInfo {
        pub id: String,
        pub group: CardGroup,
        pub group_label: crate::Text,
        pub name: crate::Text,
        /// Levels 5 … 1.
        pub levels: Vec<LevelInfo>,
    }

    /// One level with its seed lines.
    pub struct LevelInfo {
        pub score: u8,
        pub text: crate::Text,
        /// The seed file and lines the Danish is quoted from.
        pub source: String,
    }
}

/// Every item with its levels, in the seed's order.
pub fn items() -> Vec<ItemInfo> {
    ITEMS
        .iter()
        .map(|i| ItemInfo {
            id: i.id.into(),
            group: i.group,
            group_label: crate::Text::new(i.group.label().da, i.group.label().en),
            name: crate::Text::new(i.name.da, i.name.en),
            levels: i.levels.iter().map(|l| LevelInfo { score: l.score, text: crate::Text::new(l.da, l.en), source: l.source.into() }).collect(),
        })
        .collect()
}

/// The items and levels as a Markdown table (docs/progress.md; `jobspor progress-card items
/// --markdown`).
pub fn items_markdown() -> String {
    let mut out = String::from("| Gruppe / Group | Punkt (id) | Point | Seedens ord / The seed's words | Kilde / Source |\n|---|---|---|---|---|\n");
    for i in ITEMS {
        for l in &i.levels {
            let lines = l.source.rsplit(':').next().unwrap_or("");
            out.push_str(&format!("| {} | {} (`{}`) | {} | {} / {} | :{lines} |\n", i.group.label().da, i.name.da, i.id, l.score, l.da, l.en));
        }
    }
    out
}
