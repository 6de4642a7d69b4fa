// The Min Plan demo page's script: loads the SMART entry of the Jobspor package (which defines
// <jobspor-smart-check>), wires the demo buttons and date fields, and shows the latest `result`
// event. Nothing is sent anywhere.
import { version, ready } from '/pkg/smart.js';
import { showResults, wireRadios } from './demo-shared.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

/** The model agreements of Jobcenter Frederikshavn's method handbook (seed 003 §5.3). */
const EXAMPLES = [
  'At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.',
  'På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.',
  'At du orienterer dig på jobnet.dk, inden den XX, og at du udarbejder en liste over relevante vikarbureauer.',
];
const WEAK = 'Prøv at søge nogle job snart';

const el = document.getElementById('smart');
const $ = (id) => document.getElementById(id);

/** "YYYY-MM-DD" of a local date. */
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const danish = (s) => (s ? new Date(`${s}T12:00:00`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }) : 'ingen');

showResults(el, (detail) => {
  if (!Array.isArray(detail.results)) return false;
  $('ev-items').textContent = String(detail.results.length);
  $('ev-met').textContent = detail.results.map((r) => r.met).join(', ');
  $('ev-deadlines').textContent = detail.results.map((r) => danish(r.deadline)).join('; ');
});

// The date fields set the widget's `today` and `next-meeting` attributes (empty: removed).
const now = new Date();
$('today').value = iso(now);
$('next-meeting').value = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 21));
for (const id of ['today', 'next-meeting']) {
  const sync = () => {
    const v = $(id).value;
    if (v) el.setAttribute(id, v);
    else el.removeAttribute(id);
  };
  $(id).addEventListener('change', sync);
  sync();
}

$('load-examples').addEventListener('click', () => {
  el.value = EXAMPLES;
});
$('load-weak').addEventListener('click', () => {
  el.value = WEAK;
});
$('clear').addEventListener('click', () => {
  el.value = null;
});
wireRadios(el, 'lang');
document.documentElement.dataset.jobsporVersion = version();
