// The ABC job plan demo page's script: loads the package's abc.js (which defines
// <jobspor-abc-plan>), sets the SAMPLE demand data as configuration, offers an example plan,
// and shows the latest `result` event. Nothing is sent anywhere; the widget keeps a draft in
// localStorage because the page sets its `storage-key` attribute.
import { sampleDemand, version, ready } from '/pkg/abc.js';
import { showResults, wireRadios } from './demo-shared.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

const DEMAND_WORDS = { shortage: 'mangel på arbejdskraft', good: 'gode jobmuligheder', some: 'rimelige jobmuligheder', poor: 'mindre gode jobmuligheder' };

/** A citizen in Nordjylland after ten weeks: a graphic designer with a B and a C beside the A. */
const EXAMPLE = {
  weeks_unemployed: 10,
  conversation: 1,
  region: 'Nordjylland',
  rows: [
    {
      plan: 'A', occupation: 'Grafiker', functions: ['Layout af tryksager', 'Billedbehandling'],
      companies: ['Reklamebureauer i Aalborg', 'Trykkerier'], who: 'Jeg sender to ansøgninger om ugen; jobkonsulenten finder kontakter',
      when: 'hver uge frem til næste samtale', wish: 9, competence: 'full',
    },
    {
      plan: 'B', occupation: 'Kundeservicemedarbejder', functions: ['Besvare kundehenvendelser', 'Registrering i it-systemer'],
      companies: ['Callcentre', 'Forsikringsselskaber i Aalborg'], who: 'Jeg ringer til tre virksomheder',
      when: 'inden for 14 dage', wish: 6, competence: 'full',
    },
    {
      plan: 'C', occupation: 'Lagermedarbejder', functions: ['Plukke ordrer', 'Pakke varer'],
      companies: ['Lagre og logistikcentre i Aalborg Øst'], who: 'Jeg søger alle opslåede stillinger',
      when: 'frem til næste samtale', wish: 3, competence: 'partial',
    },
  ],
  justification: null,
};

const el = document.getElementById('abc');
const $ = (id) => document.getElementById(id);
const demand = sampleDemand();

/** The panel's facts of a result: the filled-in rows, their classes, the findings. */
function facts(detail) {
  if (!Array.isArray(detail.rows)) return false;
  const plan = el.plan;
  const filled = detail.rows.filter((_, i) => {
    const r = plan?.rows?.[i];
    return r && [r.occupation, r.who, r.when, ...(r.functions ?? []), ...(r.companies ?? [])].some((t) => t && t.trim());
  });
  $('ev-rows').textContent = String(filled.length);
  $('ev-classes').textContent = filled.length ? filled.map((r) => r.class === 'unrealistic' ? 'urealistisk' : r.class).join(', ') : '–';
  $('ev-findings').textContent = String(detail.findings.length);
}

/** The sample demand data as one small table per region (a <details> each). */
function showDemand() {
  const box = $('demand');
  for (const [region, occupations] of Object.entries(demand)) {
    if (region.startsWith('$') || typeof occupations !== 'object') continue;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${region} (eksempeldata)`;
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = `Efterspørgsel i ${region} – eksempeldata`;
    table.append(caption);
    const head = table.createTHead().insertRow();
    for (const h of ['Stilling', 'Efterspørgsel']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const body = table.createTBody();
    for (const [occupation, level] of Object.entries(occupations)) {
      if (occupation.startsWith('$')) continue;
      const row = body.insertRow();
      row.insertCell().textContent = occupation;
      row.insertCell().textContent = DEMAND_WORDS[level] ?? level;
    }
    details.append(summary, table);
    box.append(details);
  }
}

showResults(el, facts);
el.config = { demand };
// The widget has read its draft (storage-key) by now; a first visit gets the example plan.
const draft = el.plan;
const empty = !draft?.rows?.some((r) => r.occupation?.trim() || r.functions?.length);
if (empty) el.plan = structuredClone(EXAMPLE);
showDemand();

$('example').addEventListener('click', () => {
  el.plan = structuredClone(EXAMPLE);
});
$('clear').addEventListener('click', () => {
  el.plan = null;
});
wireRadios(el, 'lang');
document.documentElement.dataset.jobsporVersion = version();
