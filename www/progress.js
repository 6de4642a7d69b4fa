// The progress demo page's script: loads the package's progress.js (<jobspor-progress-card>),
// offers an example card scored at three dates and shows the latest `result` event. Nothing is
// sent anywhere and nothing is stored.
// demo-shared.js first: it draws the menu before the package loads.
import { showResults, wireRadios } from './demo-shared.js';
import { version, ready } from '/pkg/progress.js';

const $ = (id) => document.getElementById(id);
const card = $('card');
const followup = $('followup');

/** One visit with three tasks: the employer scores higher, lower and the same as the citizen. */
const FOLLOWUP = {
  citizen: 'Eksempel Borger (opdigtet)',
  company: 'Eksempel Lager ApS',
  placement: 'Virksomhedspraktik',
  placement_hours: 20,
  ordinary_hours: 5,
  ordinary_hours_goal: 15,
  visits: [{
    date: '2026-02-16',
    tasks: [
      { task: 'Plukke ordrer', employer_score: 8, new_hire_score: 8, citizen_score: 5, hours_per_week: 10, to_be_paid: 'Holde tempoet hele dagen', agreement: 'Plukke alene om formiddagen' },
      { task: 'Truckkørsel', employer_score: 4, new_hire_score: 7, citizen_score: 7, hours_per_week: 5, to_be_paid: 'Truckcertifikat', agreement: '' },
      { task: 'Rengøring', employer_score: 6, new_hire_score: 6, citizen_score: 6, hours_per_week: 5, to_be_paid: '', agreement: 'Fortsætter som nu' },
    ],
  }],
};

/** An invented citizen in a work placement, scored at three visits. */
function example() {
  const ids = ['meeting_times', 'attendance', 'workplace_norms', 'adapting_learning', 'concentration', 'understanding', 'output', 'quality', 'independence', 'flexibility', 'cooperation', 'danish', 'interest'];
  const at = (base) => Object.fromEntries(ids.map((id, i) => [id, Math.min(5, base + (i % 3 === 0 ? 1 : 0))]));
  return {
    name: 'Eksempel Borger (opdigtet)',
    offer_period: { from: '2026-01-05', to: '2026-04-03' },
    hours_start: 10,
    hours_goal: 25,
    caseworker: 'Sagsbehandler (opdigtet)',
    evaluations: [
      { date: '2026-01-05', by: 'Mentor', scores: at(2) },
      { date: '2026-02-16', by: 'Mentor', scores: at(3) },
      { date: '2026-03-30', by: 'Mentor', scores: at(4) },
    ],
    special_considerations: 'Skal kunne holde pauser efter behov.',
  };
}

showResults(card, (r) => {
  if (!Array.isArray(r.evaluations)) return false;
  const last = r.evaluations[r.evaluations.length - 1];
  $('ev-total').textContent = last ? `${last.total} af ${last.max}` : '–';
  $('ev-findings').textContent = String(r.findings.length);
  return true;
});
$('example').addEventListener('click', () => { card.value = example(); });
$('clear').addEventListener('click', () => { card.value = null; });
$('pf-example').addEventListener('click', () => { followup.value = structuredClone(FOLLOWUP); });
wireRadios(card, 'lang');
wireRadios(followup, 'lang');
ready.then(() => { document.documentElement.dataset.jobsporVersion = version(); });
