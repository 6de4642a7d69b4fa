// The numbers demo page's script: loads the package's numbers.js (<jobspor-resources>,
// <jobspor-openings>) and abc.js (<jobspor-abc-plan>), feeds the openings' demand data into the
// ABC plan after every change, offers an example list and shows the latest `change` event.
// Nothing is sent anywhere and nothing is stored (no storage-key).
// demo-shared.js first: it draws the menu before the packages load.
import { wireRadios } from './demo-shared.js';
import { version, ready } from '/pkg/numbers.js';
import '/pkg/abc.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

const $ = (id) => document.getElementById(id);
const openings = $('openings');
const abc = $('abc');

/** Today as YYYY-MM-DD, `days` back. */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Three invented contacts in Aarhus: one fresh opening, one a week old, one without an opening. */
function example() {
  return {
    region: 'Aarhus',
    items: [
      { date: daysAgo(1), company: 'Eksempel Lager ApS', cvr: '', company_type: 'Transport og logistik', result: 'ordinary_opening', job_function: 'Lagermedarbejder', places: 2, places_filled: 0, contact_person: 'Mette (opdigtet)' },
      { date: daysAgo(9), company: 'Eksempel Plejehjem', cvr: '', company_type: 'Sundhed og omsorg', result: 'work_placement', job_function: 'Social- og sundhedshjælper', places: 1, places_filled: 0 },
      { date: daysAgo(3), company: 'Eksempel Trykkeri', cvr: '', company_type: 'Industri', result: 'no_opening', job_function: '' },
    ],
  };
}

/** A citizen in Aarhus whose A is a warehouse job: not judged until there is demand data. */
const PLAN = {
  weeks_unemployed: 12,
  region: 'Aarhus',
  rows: [
    { plan: 'A', occupation: 'Lagermedarbejder', functions: ['Plukke ordrer'], companies: ['Lagre i Aarhus'], who: 'Jeg søger to stillinger om ugen', when: 'hver uge', wish: 8, competence: 'full' },
  ],
  justification: 'Demo: kun én række',
};

const DEMAND_WORDS = { shortage: 'mangel på arbejdskraft', good: 'gode jobmuligheder' };

/** The openings' demand data into the ABC plan's configuration. */
function feed() {
  const demand = openings.demand ?? {};
  abc.config = { demand };
  const parts = [];
  for (const [region, occupations] of Object.entries(demand)) {
    for (const [occupation, level] of Object.entries(occupations)) parts.push(`${occupation} i ${region}: ${DEMAND_WORDS[level] ?? level}`);
  }
  $('demand-now').textContent = parts.length ? parts.join('; ') : 'ingen åbne pladser med jobfunktion';
}

let count = 0;
openings.addEventListener('change', (event) => {
  count += 1;
  $('ev-count').textContent = String(count);
  $('ev-contacts').textContent = String(event.detail.items.length);
  $('ev-json').textContent = JSON.stringify(event.detail, null, 2);
  feed();
});
openings.addEventListener('result', (event) => {
  $('ev-open').textContent = String(event.detail.statistics.open_places);
  feed();
});

openings.value = { region: 'Aarhus', items: [] };
abc.plan = structuredClone(PLAN);
feed();

$('example').addEventListener('click', () => { openings.value = example(); feed(); });
$('clear').addEventListener('click', () => { openings.value = { region: 'Aarhus', items: [] }; feed(); });
for (const el of [$('resources'), openings, abc]) wireRadios(el, 'lang');
document.documentElement.dataset.jobsporVersion = version();
