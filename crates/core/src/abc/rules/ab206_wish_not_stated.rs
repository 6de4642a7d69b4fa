use super::{per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række med en stillingsbetegnelse ikke har et ønske (`wish` 1–10). Klassen vurderes
    /// så, som om ønsket passer til rækkens bogstav (A stærkt, B middel, C lavt). / That a row has
    /// no wish; its class is then judged as if the wish fits its letter.
    ///
    /// ## Hvorfor / Why it matters
    /// Ønsker er den første af de tre cirkler i seed 004's model (ønsker, kompetencer,
    /// arbejdsmarkedet); samtaleguiden spørger "Hvilket job ønsker du?" og "Hvorfor netop dette
    /// job". Seed 003 §5.1 kalder det VIL. / Wishes are the first circle of the model.
    ///
    /// ## Sådan retter du / How to fix it
    /// Sæt et tal fra 1 til 10 for, hvor meget du ønsker jobbet. / Rate from 1 to 10 how much you
    /// want the job.
    pub struct WishNotStated {
        code: "AB206",
        name: "wish-not-stated",
        title: ("Ønsket er ikke angivet", "Wish not stated"),
        severity: Info,
        source: "seed 004, ABC-jobplan (modellen med de tre bobler; samtaleguide); seed 003 §5.1 (KAN – VIL – SKAL)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "wish": 8}]}}"#,
    }
}

impl WishNotStated {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &WishNotStated::META, "wish", |r| {
            let name = r.name();
            let letter = r.band.letter().as_str();
            r.row.wish.is_none().then(|| {
                (
                    Text::new(
                        format!("Det står ikke, hvor meget du ønsker {} (1–10); rækken er vurderet som et {letter}.", name.da),
                        format!("It does not say how much you want {} (1–10); the row is judged as a {letter}.", name.en),
                    ),
                    Text::new("Sæt et tal fra 1 til 10 for, hvor meget du ønsker jobbet.", "Rate from 1 to 10 how much you want the job."),
                )
            })
        });
    }
}
