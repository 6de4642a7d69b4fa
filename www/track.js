// The caseworker demo page's script: loads the Jobspor package (which defines <jobspor-track>),
// sets sample archetypes, wires the example buttons and shows the latest `result` event.
// Nothing is sent anywhere.
import { version, ready } from '/pkg/track.js';
import { showResults, wireRadios } from './demo-shared.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

/** Sample local archetypes (a team builds its own from its cases; seed 004). */
const SAMPLE_CONFIG = {
  archetypes: [
    {
      name: 'Den erfarne industriarbejder',
      description: 'Mange år på samme virksomhed, som har lukket; ser sig selv som smed eller operatør.',
      indicators: ['age_over_threshold', 'unwilling_to_change_trade', 'cannot_transfer_competences', 'exposed_group'],
      early_effort: 'Kompetenceafklaring og virksomhedspraktik i en ny branche inden for de første 4 uger.',
    },
    {
      name: 'Den unge uden fodfæste',
      description: 'Kort skolegang, korte job og intet netværk til virksomheder.',
      indicators: ['unskilled', 'short_or_no_experience', 'unstable_attachment', 'no_network'],
      early_effort: 'Virksomhedskonsulent og virksomhedspraktik med henblik på ordinære timer; afklar uddannelse.',
    },
    {
      name: 'Den snævre søger',
      description: 'Søger kun én slags job tæt på bopælen.',
      indicators: ['narrow_or_few_applications', 'low_mobility'],
      early_effort: 'Jobsøgningskursus og ABC-jobplan med B- og C-job; drøft pendling.',
    },
  ],
};

const EXAMPLES = {
  intensive: {
    age: 34, education_level: 'vocational', weeks_unemployed: 4, benefit_weeks_last_52: 4,
    job_goal: 'Lagermedarbejder', cv_searchable: true, ready_for_job_now: true,
    needs_short_upskilling: 'certificate', wants_education: false, career_changer: false,
  },
  education: {
    age: 38, education_level: 'primary', weeks_unemployed: 10, benefit_weeks_last_52: 12,
    job_goal: 'Social- og sundhedsassistent', cv_searchable: true, ready_for_job_now: true,
    wants_education: true, career_changer: true, indicators: { short_or_no_experience: true },
  },
  risk: {
    age: 52, education_level: 'vocational', education_last_used_years_ago: 2, weeks_unemployed: 44,
    benefit_weeks_last_52: 44, job_goal: 'Smed', cv_searchable: true, ready_for_job_now: true,
    wants_education: false, career_changer: false,
    indicators: { unwilling_to_change_trade: true, cannot_transfer_competences: true },
  },
};

const TRACKS = { intensive_job_search: 'Intensiv jobsøgning', education_boost: 'Uddannelsesløft', long_term_risk: 'Risiko for langtidsledighed' };

const el = document.getElementById('track');
const $ = (id) => document.getElementById(id);

showResults(el, (detail) => {
  if (!detail.risk) return false;
  // track is null outside the target group of the three tracks (not job-ready).
  const outside = 'Uden for målgruppen for de tre spor';
  $('ev-track').textContent = detail.track ? (TRACKS[detail.track] ?? detail.track) : outside;
  $('ev-proposed').textContent = detail.proposed_track ? (TRACKS[detail.proposed_track] ?? detail.proposed_track) : outside;
  $('ev-override').textContent = detail.override ? `Ja: ${detail.override.reason}` : 'Nej';
  $('ev-risk').textContent = `${detail.risk.score} / ${detail.risk.threshold}`;
  $('ev-checked').textContent = String((detail.checked ?? []).length);
});
el.config = SAMPLE_CONFIG;

for (const [name, profile] of Object.entries(EXAMPLES)) {
  $(`example-${name}`).addEventListener('click', () => {
    el.profile = structuredClone(profile);
  });
}
$('clear').addEventListener('click', () => {
  el.profile = null;
  el.config = SAMPLE_CONFIG;
});
wireRadios(el, 'lang');
document.documentElement.dataset.jobsporVersion = version();
