use super::Ctx;
use crate::rules::Finding;
use crate::text::{filled, quote};
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At stillingsbetegnelsen (eller en af `alternative_titles`) er en stilling, Jobspors
    /// stillingsleksikon kender – titel eller synonym, i enhver bøjning. / That the title (or an
    /// alternative title) is an occupation the lexicon knows, as title or synonym.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet søger på sin egen liste over erhverv/stillinger (seed 002 §2.1), og CV'ernes "Jeg
    /// søger job som" er valgt fra samme liste. En fri titel som "Lagerhelt" eller "Logistics
    /// ninja" finder ingen. Leksikonet har ~210 almindelige titler, så en ukendt titel kan være
    /// rigtig – derfor kun en advarsel. / Jobnet searches its own occupation list; a made-up title
    /// finds nobody. The lexicon is small, so this is only a warning.
    ///
    /// ## Sådan retter du / How to fix it
    /// Brug den betegnelse, Jobnet bruger for stillingen; en intern titel kan stå i opslagets
    /// overskrift. Passer flere stillinger, så skriv dem i `alternative_titles`. / Use Jobnet's name
    /// for the occupation; put more occupations in `alternative_titles`.
    pub struct TitleNotRecognised {
        code: "JO002",
        name: "title-not-recognised",
        title: ("Stillingen er ikke en kendt betegnelse", "Title not a known occupation"),
        severity: Warning,
        source: "seed 002 §2.1 (Erhverv/Stilling); occupation lexicon",
        fires: r#"{"title": "Lagerhelt med gåpåmod"}"#,
        quiet: r#"{"title": "Lagermand"}"#,
    }
}

impl TitleNotRecognised {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let t = &ctx.order.title;
        if filled(t) && ctx.occupation.is_none() {
            let q = quote(t);
            out.push(Self::META.finding(
                "title",
                Text::new(
                    format!("\"{q}\" er ikke en stillingsbetegnelse, Jobspor kender. Jobnet søger på sin egen liste over stillinger, så en fri titel kan give en tom søgning."),
                    format!("\"{q}\" is not an occupation Jobspor knows. Jobnet searches its own list of occupations, so a free title may find nobody."),
                ),
                Text::new(
                    "Brug den betegnelse, Jobnet bruger (fx \"Lagermedarbejder\"); passer flere stillinger, så skriv dem som alternative titler.",
                    "Use Jobnet's name for the occupation (e.g. \"Lagermedarbejder\"); add other fitting occupations as alternative titles.",
                ),
            ));
        }
    }
}
