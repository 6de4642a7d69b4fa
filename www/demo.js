// The demo page's script: loads the Jobspor package (which defines <jobspor-cv-check>), wires the
// demo buttons and shows the latest `result` event. Nothing is sent anywhere.
import { version, ready } from '/pkg/jobspor.js';
import { EXAMPLE_CV, EXAMPLE_ORDER, showResults, wireRadios } from './demo-shared.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

const el = document.getElementById('cv-check');
const $ = (id) => document.getElementById(id);

showResults(el, (detail) => {
  const findings = Array.isArray(detail.findings) ? detail.findings : [];
  const overridden = findings.filter((f) => f.overridden).length;
  $('ev-searchable').textContent = detail.searchable ? 'Ja' : 'Nej';
  $('ev-findability').textContent = `${detail.findability} / 100`;
  $('ev-selection').textContent = `${detail.selection} / 100`;
  $('ev-findings').textContent = `${findings.length - overridden}` + (overridden ? ` (+${overridden} tilsidesat)` : '');
  $('ev-overrides').textContent = String((detail.overrides ?? []).length);
  const m = detail.match;
  $('ev-match').textContent = m ? `${m.found ? 'Ja' : 'Nej'} (${m.blocking.length} skjuler, rang ${m.rank_score})` : '–';
});

$('load-example').addEventListener('click', () => {
  el.cv = structuredClone(EXAMPLE_CV);
});
$('clear').addEventListener('click', () => {
  el.cv = null;
  el.options = null;
});
// "Prøv med en jobordre": the widget adds "Ville du blive fundet til dette job?".
const tryOrder = $('try-order');
tryOrder.addEventListener('click', () => {
  const on = tryOrder.getAttribute('aria-pressed') !== 'true';
  el.jobOrder = on ? structuredClone(EXAMPLE_ORDER) : null;
  tryOrder.setAttribute('aria-pressed', String(on));
});
wireRadios(el, 'mode', 'lang');
document.documentElement.dataset.jobsporVersion = version();
