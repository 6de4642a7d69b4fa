use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At alle rækker med en stillingsbetegnelse (mindst to) ligger i samme fagområde i
    /// stillingsleksikonet (fx "Lager og logistik" for lagermedarbejder, truckfører og
    /// pakkerimedarbejder). Kender leksikonet ikke en af titlerne, tier reglen: så kan området
    /// ikke sammenlignes (AB108 siger det). / That every row with a job title (at least two) lies
    /// in the same occupational area of the occupation lexicon. When a title is not recognised,
    /// the rule is quiet (AB108 says so).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.1 (jobspor): "Endelig er det helt afgørende, at der ikke er tale om »tre
    /// nuancer af rød«. De enkelte jobspor skal mao. afspejle en faglig mobilitet, så vi
    /// understøtter de bedste jobudsigter for borger." Tre spor i samme fag står og falder med
    /// det samme arbejdsmarked. / Three tracks in one trade depend on the same labour market; the
    /// tracks must show occupational mobility.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tag udgangspunkt i jobfunktionerne: i hvilke andre brancher og stillinger findes de samme
    /// funktioner (seed 003 §5.1, trin 5)? Læg mindst ét spor dér. / Start from the functions: which
    /// other trades and titles use them? Put at least one way there.
    pub struct SameOccupationalArea {
        code: "AB003",
        name: "same-occupational-area",
        title: ("Alle spor i samme fagområde", "Every way in the same occupational area"),
        severity: Warning,
        source: "seed 003 §5.1 Jobspor (»tre nuancer af rød«)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Lagermedarbejder"}, {"plan": "B", "occupation": "Truckfører"}, {"plan": "C", "occupation": "Pakkerimedarbejder"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Lagermedarbejder"}, {"plan": "B", "occupation": "Chauffør"}, {"plan": "C", "occupation": "Produktionsmedarbejder"}]}}"#,
    }
}

impl SameOccupationalArea {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let titles: Vec<_> = ctx.titled_rows().map(|r| r.title).collect();
        if titles.len() < 2 {
            return;
        }
        let Some(Some(first)) = titles.first().copied() else { return };
        if !titles.iter().all(|t| t.is_some_and(|t| t.area == first.area)) {
            return;
        }
        let Some(area) = crate::lexicon::area(first.area) else { return };
        let n = titles.len();
        out.push(SameOccupationalArea::META.finding(
            "rows",
            Text::new(
                format!("Alle {n} spor ligger i samme fagområde ({}) – »tre nuancer af rød«. Sporene skal vise faglig mobilitet, så du ikke kun søger på ét arbejdsmarked.", area.da.to_lowercase()),
                format!("All {n} ways lie in the same occupational area ({}) – \"three shades of red\". The ways should show occupational mobility, so you do not search one labour market only.", area.en.to_lowercase()),
            ),
            Text::new(
                "Se på dine jobfunktioner: i hvilke andre brancher og stillinger bruges de også? Læg mindst ét spor i et andet fagområde.",
                "Look at your job functions: which other trades and job titles use them too? Put at least one way in another occupational area.",
            ),
        ));
    }
}
