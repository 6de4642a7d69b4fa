use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, visible_len};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver uddannelse og hvert kursus beskriver, hvad borgeren har beskæftiget sig med og lært
    /// (`description`, mindst halvdelen af `min_description_chars`). Vægt 0 som standard, så de
    /// offentliggjorte vægte stadig summerer til 100; værten kan give den en vægt. / That each
    /// education and course says what the person worked with and learned. Weight 0 by default.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.1 (Uddannelse og kurser): "husk derfor at beskrive hvad borger har beskæftiget
    /// sig med og lært på de enkelte forløb" (frederikshavn-metodehaandbog.txt l. 820–821). En titel
    /// alene siger ikke arbejdsgiveren, hvad borgeren kan. / A title alone doesn't tell the
    /// employer what the person can do.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv en sætning om, hvad du arbejdede med og lærte. / Add a sentence on what you worked
    /// with and learned.
    pub struct EducationUndescribed {
        code: "CV215",
        name: "education-undescribed",
        title: ("Uddannelse eller kursus uden beskrivelse", "Education or course without description"),
        category: Selection,
        module: Education,
        severity: Info,
        weight: 0.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Uddannelse og kurser (l. 820–821)",
        pass: r#"{"courses": [{"title": "Førstehjælp", "end": "2022-01", "description": "Hjertelungeredning og førstehjælp ved ulykker på lageret."}], "education": [{"title": "Lager- og logistikuddannelsen", "level": "vocational", "description": "Lagerstyring, truckkørsel og logistik i praktik hos en grossist."}]}"#,
        fail: r#"{"courses": [{"title": "Førstehjælp", "end": "2022-01", "description": ""}]}"#,
    }
}

impl EducationUndescribed {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let min = o.min_description_chars / 2;
        let entries = cv
            .education
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("education[{i}].description"), &e.title, &e.description))
            .chain(cv.courses.iter().enumerate().map(|(i, c)| (format!("courses[{i}].description"), &c.title, &c.description)));
        for (path, title, description) in entries {
            if filled(title) && visible_len(description) < min {
                let t = quote(title);
                hits.push(Hit::new(
                    path,
                    Text::new(format!("\"{t}\" siger ikke, hvad du arbejdede med og lærte."), format!("\"{t}\" doesn't say what you worked with and learned.")),
                    Text::new("Skriv en sætning om, hvad du arbejdede med og lærte på forløbet.", "Add a sentence on what you worked with and learned on it."),
                ));
            }
        }
    }
}
