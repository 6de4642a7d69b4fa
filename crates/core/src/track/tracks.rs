//! The three tracks and the start phase of STAR's guide "Den gode indsats for jobparate ledige"
//! (seed 001), with their core elements (kerneelementer) and concrete actions quoted in Danish
//! and translated into English. Two typos in the seed are corrected ("profiltæks" →
//! "profiltekst", "sporskifttere" → "sporskiftere"); everything else is verbatim.

use crate::Text;
use serde::{Deserialize, Serialize};

/// A track (spor) for a job-ready person after the start phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Hovedvej: Intensiv jobsøgning – the main road; most job-ready people follow it.
    IntensiveJobSearch,
    /// Uddannelsesløft – especially unskilled people and career changers.
    EducationBoost,
    /// Risiko for langtidsledighed – hard to get a job; job search plus internship, wage
    /// subsidy or short upskilling.
    LongTermRisk,
}

/// One core element (kerneelement): a heading and its concrete actions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CoreElement {
    /// Stable id, e.g. `intensive.concrete_jobs`.
    pub id: String,
    /// The heading, quoted from seed 001.
    pub title: Text,
    /// The concrete actions, quoted from seed 001.
    pub actions: Vec<CoreAction>,
}

/// One concrete action (handling) of a core element, for a checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CoreAction {
    /// Stable id, e.g. `intensive.concrete_jobs.3`.
    pub id: String,
    pub text: Text,
}

/// A track's name, purpose and target group, quoted from seed 001.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct TrackInfo {
    pub id: Track,
    pub title: Text,
    pub purpose: Text,
    pub target_group: Text,
    /// How to work in the track, quoted from seed 001 (Uddannelsesløft's collaboration note,
    /// l. 90); `null` for the others. *Added field.*
    #[cfg_attr(feature = "ts", tsify(type = "Text | null"))]
    pub note: Option<Text>,
}

type Pair = (&'static str, &'static str);

struct El {
    id: &'static str,
    title: Pair,
    actions: &'static [Pair],
}

impl El {
    fn build(&self) -> CoreElement {
        CoreElement {
            id: self.id.to_string(),
            title: Text::new(self.title.0, self.title.1),
            actions: self
                .actions
                .iter()
                .enumerate()
                .map(|(i, (da, en))| CoreAction { id: format!("{}.{}", self.id, i + 1), text: Text::new(*da, *en) })
                .collect(),
        }
    }
}

impl Track {
    pub const ALL: [Track; 3] = [Track::IntensiveJobSearch, Track::EducationBoost, Track::LongTermRisk];
    /// The default precedence (see `TrackConfig::precedence`).
    pub const DEFAULT_PRECEDENCE: [Track; 3] = [Track::EducationBoost, Track::LongTermRisk, Track::IntensiveJobSearch];

    pub fn id(self) -> &'static str {
        match self {
            Track::IntensiveJobSearch => "intensive_job_search",
            Track::EducationBoost => "education_boost",
            Track::LongTermRisk => "long_term_risk",
        }
    }

    pub fn title(self) -> Text {
        let (da, en) = match self {
            Track::IntensiveJobSearch => ("Intensiv jobsøgning", "Intensive job search"),
            Track::EducationBoost => ("Uddannelsesløft", "Education boost"),
            Track::LongTermRisk => ("Risiko for langtidsledighed", "Risk of long-term unemployment"),
        };
        Text::new(da, en)
    }

    pub fn info(self) -> TrackInfo {
        let (p, t) = match self {
            Track::IntensiveJobSearch => (
                ("Formålet med dette spor er, at den ledige oplever intensitet, fremdrift og sparring ved jobsøgning. De fleste jobparate følger dette spor.",
                 "The purpose of this track is that the person experiences intensity, progress and sparring in the job search. Most job-ready people follow this track."),
                ("Målgruppen er ledige, der er klar til at gå direkte i job – evt. via kort opkvalificering.",
                 "The target group is unemployed people who are ready to go straight into a job – possibly via short upskilling."),
            ),
            Track::EducationBoost => (
                ("Formålet med dette spor er, at den ledige oplever at blive hjulpet med at få overblik over sine uddannelsesmuligheder og gennemfører uddannelsen.",
                 "The purpose of this track is that the person feels helped to get an overview of their education options and completes the education."),
                ("Målgruppen er særligt ufaglærte og sporskiftere, der med fordel kan få et uddannelsesløft, fx til faglært niveau.",
                 "The target group is especially unskilled people and career changers who would benefit from an education boost, e.g. to skilled level."),
            ),
            Track::LongTermRisk => (
                ("Formålet med dette spor er, at den ledige oplever at få hjælp til intensiveret jobsøgning for at undgå en lang periode uden job.",
                 "The purpose of this track is that the person gets help with an intensified job search to avoid a long period without work."),
                ("Målgruppen er ledige, der har svært ved at få job og har behov for at supplere jobsøgningen med fx virksomhedspraktik/løntilskud eller kort opkvalificering.",
                 "The target group is unemployed people who find it hard to get a job and need to supplement the job search with, e.g., a company internship, a wage-subsidy job or short upskilling."),
            ),
        };
        TrackInfo { id: self, title: self.title(), purpose: Text::new(p.0, p.1), target_group: Text::new(t.0, t.1), note: self.note() }
    }

    /// The track's note on how to work in it (seed 001 l. 90, Uddannelsesløft), if any.
    pub fn note(self) -> Option<Text> {
        match self {
            Track::EducationBoost => Some(Text::new(
                "I dette spor kan du samarbejde med andre i din organisation, fx en uddannelsesambassadør. Du kan få viden om muligheder og indhold i uddannelserne fx via uddannelsesvejledere på uddannelsesinstitutioner, eVejledningen og på voksenuddannelse.dk.",
                "Work with others, e.g. an education ambassador; learn about educations from guidance counsellors, eVejledningen and voksenuddannelse.dk.",
            )),
            _ => None,
        }
    }

    /// The track's core elements and actions (seed 001).
    pub fn core_elements(self) -> Vec<CoreElement> {
        let els: &[El] = match self {
            Track::IntensiveJobSearch => INTENSIVE,
            Track::EducationBoost => EDUCATION,
            Track::LongTermRisk => RISK,
        };
        els.iter().map(El::build).collect()
    }
}

/// The start phase's two core elements (Indledende fase: Tidlig intensiv start).
pub fn start_phase_elements() -> Vec<CoreElement> {
    START.iter().map(El::build).collect()
}

/// Id of the start-phase core element about the job goal.
pub const START_JOB_GOAL: &str = "start.job_goal";
/// Id of the start-phase core element about the CV.
pub const START_CV: &str = "start.cv";

static START: &[El] = &[
    El {
        id: START_JOB_GOAL,
        title: ("Hjælp den ledige med at vælge jobmål", "Help the person choose a job goal"),
        actions: &[
            ("Afklar med den ledige, hvilken retning mod job eller uddannelse, han/hun ønsker og fastsæt job- eller uddannelsesmål.",
             "Clarify with the person which direction towards a job or education he/she wants, and set a job or education goal."),
            ("Hjælp den ledige med at sikre, at jobmål er realistiske.", "Help the person make sure the job goals are realistic."),
            ("Drøft andre jobmål med den ledige, hvis han/hun vælger jobmål inden for områder, hvor det er svært at få job.",
             "Discuss other job goals with the person if he/she chooses goals in areas where jobs are hard to get."),
            ("Afklar med den ledige, om han/hun har brug for kort opkvalificering for at få job inden for de valgte jobmål.",
             "Clarify with the person whether he/she needs short upskilling to get a job within the chosen goals."),
            ("Afklar, om den ledige er i målgruppen for et uddannelsesløft (EUV).",
             "Clarify whether the person is in the target group for an education boost (EUV)."),
            ("Sørg for – sammen med den ledige – at jobmål noteres i MinPlan. I MinPlan kan også noteres de mere langsigtede jobmål, som fx først kræver opkvalificering.",
             "Make sure – together with the person – that the job goals are recorded in MinPlan. Longer-term goals, e.g. ones that first require upskilling, can be recorded there too."),
        ],
    },
    El {
        id: START_CV,
        title: ("Følg op på, om den lediges CV er opdateret", "Follow up on whether the person's CV is up to date"),
        actions: &[
            ("Sørg for – sammen med den ledige – at alle vigtige kompetencer og erfaringer står i CV'et. I kan starte med den lediges jobmål, så CV'et viser de kompetencer, der efterspørges i den branche/jobfunktion, der søges job inden for.",
             "Make sure – together with the person – that all important competences and experience are in the CV. Start from the job goal, so the CV shows the competences asked for in the trade or job function the person is looking in."),
            ("Gør det klart for den ledige, at arbejdsgivere kan se CV'et, når de udsøger på Jobnet, og at jobcentret bruger CV'et til jobformidling.",
             "Make it clear to the person that employers can see the CV when they search on Jobnet, and that the job centre uses the CV for job placement."),
        ],
    },
];

static INTENSIVE: &[El] = &[
    El {
        id: "intensive.strategy",
        title: ("Læg sammen med den ledige en strategi for, hvordan man søger job", "Agree with the person on a strategy for how to look for jobs"),
        actions: &[
            ("Drøft med den ledige, hvilke typer job der er mest relevante for den ledige at søge – inden for de(t) valgte jobmål.",
             "Discuss with the person which types of job are most relevant to apply for – within the chosen job goal(s)."),
            ("Drøft med den ledige, hvilke kanaler der er bedst til at finde job – inden for de(t) valgte jobmål, og hvordan den ledige kan søge viden om en konkret virksomhed.",
             "Discuss which channels are best for finding jobs – within the chosen job goal(s) – and how the person can find out about a specific company."),
            ("Drøft med den ledige, hvordan jobloggen bruges til at holde styr på jobsøgningen.",
             "Discuss how the job log (joblog) is used to keep track of the job search."),
        ],
    },
    El {
        id: "intensive.concrete_jobs",
        title: ("Sørg for, at alle samtaler tager afsæt i konkrete job", "Make sure every conversation starts from concrete jobs"),
        actions: &[
            ("Giv den ledige eksempler på konkrete jobopslag ved hver samtale.", "Give the person examples of concrete job ads at every conversation."),
            ("Foreslå, at den ledige selv tager konkrete jobopslag med til hver samtale.", "Suggest that the person brings concrete job ads to every conversation."),
            ("Aftal med den ledige, hvilke af de foreslåede job, han/hun søger frem mod næste samtale.",
             "Agree with the person which of the suggested jobs he/she will apply for before the next conversation."),
            ("Sørg for – sammen med den ledige – at aftaler om jobsøgning noteres i Min Plan, herunder hvilke konkrete job, han/hun vil søge frem mod næste samtale.",
             "Make sure – together with the person – that job-search agreements are recorded in Min Plan, including which concrete jobs he/she will apply for before the next conversation."),
        ],
    },
    El {
        id: "intensive.follow_up",
        title: ("Følg op og giv sparring på jobsøgningen ved løbende samtaler", "Follow up and give sparring on the job search in regular conversations"),
        actions: &[
            ("Drøft løbende med den ledige, hvor der er mangel på arbejdskraft og gode jobmuligheder. Tag afsæt i den lediges jobmål og CV samt din viden om det lokale arbejdsmarked.",
             "Discuss regularly where there are labour shortages and good job opportunities, starting from the person's job goal and CV and your knowledge of the local labour market."),
            ("Giv sparring på den lediges jobsøgning, ansøgninger og CV. Det kan fx handle om, hvorvidt ansøgning og CV'et er målrettet jobbet/branchen, at CV'et er let at gå til og har en god profiltekst, og at ansøgningen matcher jobbet og har en klar motivation.",
             "Give sparring on the person's job search, applications and CV – e.g. whether the application and CV are targeted at the job or trade, whether the CV is easy to read and has a good profile text, and whether the application matches the job and has a clear motivation."),
            ("Drøft løbende med den ledige, om der er behov for at ændre jobmål og søgestrategier og sørg for, at den ledige bruger jobloggen.",
             "Discuss regularly whether job goals and search strategies need to change, and make sure the person uses the job log."),
        ],
    },
    El {
        id: "intensive.upskilling",
        title: ("Vurdér om den ledige har brug for opkvalificering – og følg op på, at den ledige gennemfører opkvalificeringen",
                "Assess whether the person needs upskilling – and follow up that the person completes it"),
        actions: &[
            ("Drøft med den ledige, om han/hun har behov for kort faglig opkvalificering (fx for at få et påkrævet certifikat) eller almen opkvalificering (fx FVU eller OBU).",
             "Discuss whether he/she needs short vocational upskilling (e.g. to get a required certificate) or general upskilling (e.g. FVU or OBU)."),
            ("Følg op på, at den ledige gennemfører opkvalificeringen parallelt med jobsøgningen.", "Follow up that the person completes the upskilling alongside the job search."),
            ("Sørg for, at den lediges jobmål og CV opdateres med de nye kompetencer efter endt opkvalificering.",
             "Make sure the person's job goal and CV are updated with the new competences after the upskilling."),
        ],
    },
];

static EDUCATION: &[El] = &[
    El {
        id: "education.overview",
        title: ("Hjælp den ledige med at få overblik over, hvad man kan få af uddannelse/kurser", "Help the person get an overview of the educations and courses available"),
        actions: &[
            ("Hjælp den ledige med at få overblik over uddannelse, der er relevant. Start med arbejdsmarkedets behov og den lediges ønsker og kompetencer.",
             "Help the person get an overview of relevant education. Start from the labour market's needs and the person's wishes and competences."),
            ("Fortæl den ledige, at han/hun kan få vurderet sine realkompetencer, at man kan blive testet for ordblindhed og blive opkvalificeret i almene fag, fx dansk og matematik.",
             "Tell the person that he/she can have prior learning assessed (realkompetencevurdering), be tested for dyslexia and be upskilled in general subjects, e.g. Danish and maths."),
            ("Hjælp den ledige med at vælge uddannelse.", "Help the person choose an education."),
            ("Tal med den ledige om, hvad det vil betyde økonomisk for ham/hende at deltage i uddannelse.",
             "Talk with the person about what taking part in education will mean for him/her financially."),
            ("Sørg for - sammen med den ledige - at jobmål er opdaterede og retvisende.", "Make sure – together with the person – that the job goals are up to date and accurate."),
        ],
    },
    El {
        id: "education.start",
        title: ("Medvirk til uddannelsesvalg, god opstart og trivsel på uddannelse", "Support the choice of education, a good start and well-being in education"),
        actions: &[
            ("Medvirk til, at den ledige vælger uddannelse, får lavet realkompetencevurdering og bliver tilmeldt.",
             "Help the person choose an education, have prior learning assessed and enrol."),
            ("Understøt, at den ledige får en god start og trives på uddannelsen.", "Support the person in getting a good start and thriving in the education."),
            ("Medvirk efter behov til, at den ledige får en praktikplads.", "Help as needed with finding a work placement (praktikplads)."),
        ],
    },
];

static RISK: &[El] = &[
    El {
        id: "risk.targeting",
        title: ("Hjælp den ledige med at målrette jobsøgningsstrategi, jobmål og jobsøgning", "Help the person target the job-search strategy, job goal and job search"),
        actions: &[
            ("Evaluér og justér jobmål, CV og jobsøgningsstrategi sammen med den ledige.", "Evaluate and adjust the job goal, CV and job-search strategy together with the person."),
            ("Følg op på, at den ledige søger relevante job. Sørg for, at CV og ansøgninger er målrettet de søgte job.",
             "Follow up that the person applies for relevant jobs. Make sure the CV and applications are targeted at those jobs."),
        ],
    },
    El {
        id: "risk.placement",
        title: ("Hold fokus på konkrete job, jobformidling og henvisning til vikarbureau", "Keep the focus on concrete jobs, job placement and referral to temp agencies"),
        actions: &[
            ("Giv ved hver samtale den ledige eksempler på opslåede job inden for områder med gode muligheder for job.",
             "At every conversation, give the person examples of advertised jobs in areas with good job prospects."),
            ("Sørg for, at den lediges CV formidles til relevante jobordrer.", "Make sure the person's CV is put forward for relevant job orders."),
            ("Gør den ledige opmærksom på muligheden for at tilmelde sig et vikarbureau. Vikarjob er ofte \"genvej\" til fast job.",
             "Make the person aware of the option of signing up with a temp agency. Temp jobs are often a \"shortcut\" to a permanent job."),
        ],
    },
    El {
        id: "risk.company",
        title: ("Hjælp den ledige med at få kendskab til praktik, løntilskud og opkvalificering", "Help the person learn about internships, wage subsidies and upskilling"),
        actions: &[
            ("Præsenter den ledige for konkrete muligheder for virksomhedspraktik, løntilskud eller opkvalificering med afsæt i de valgte jobmål.",
             "Present concrete options for a company internship, a wage-subsidy job or upskilling, based on the chosen job goals."),
            ("Aftal sammen med den ledige og virksomheden, hvad der skal ske for, at han/hun opnår job eller ordinære timer i forlængelse af forløbet.",
             "Agree with the person and the company what must happen for him/her to get a job or ordinary hours after the placement."),
            ("Afhold en samtale sammen med den ledige og virksomheden, hvis den ledige ikke får job efter forløbet. Formålet med mødet er at give den ledige feedback og gode råd på vejen mod job.",
             "Hold a conversation with the person and the company if the person does not get a job after the placement, to give feedback and advice on the way to a job."),
            ("Følg op på, at den ledige opdaterer CV og eventuelt jobmål, hvis han/hun ikke får job. Fortsæt med at formidle den ledige til job, giv sparring om jobsøgning og igangsæt øvrige relevante aktiviteter.",
             "Follow up that the person updates the CV and possibly the job goal if he/she does not get a job. Keep putting the person forward for jobs, give sparring on the job search and start other relevant activities."),
        ],
    },
];
