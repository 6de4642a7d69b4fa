// The company consultant's demo page: loads the job-order entry (which defines <jobspor-job-order>),
// wires the example buttons, shows the latest `result` event, and ranks five example CVs with the
// order as it stands in the form (rankCvs). Nothing is sent anywhere.
import { rankCvs, isInputError, version, ready } from '/pkg/joborder.js';
import { EXAMPLE_CV, EXAMPLE_ORDER, showResults, wireRadios } from './demo-shared.js';

// The functions need the entry's WebAssembly module (the elements don't: they render when it is ready).
await ready;

const el = document.getElementById('job-order');
const $ = (id) => document.getElementById(id);

showResults(el, (detail) => {
  const findings = Array.isArray(detail.findings) ? detail.findings : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  $('ev-searchable').textContent = detail.searchable ? 'Ja' : 'Nej';
  $('ev-findings').textContent = `${findings.length} (${errors} skal rettes)`;
});

$('load-example').addEventListener('click', () => {
  el.value = structuredClone(EXAMPLE_ORDER);
});
$('clear').addEventListener('click', () => {
  el.value = null;
});
wireRadios(el, 'lang');

// ---- "CV'er fra mappen": five variants of the example CV ----

/** The example CV with some changes (a deep copy). */
function variant(name, change) {
  const cv = structuredClone(EXAMPLE_CV);
  cv.contact.name = name;
  change(cv);
  return cv;
}

const CVS = [
  variant('Mette Jensen', () => {}),
  variant('Jonas Berg', (cv) => { cv.certificates = ['Chaufføruddannelsesbevis (EU-efteruddannelse)']; }),
  variant('Amira Haddad', (cv) => { cv.driving_licences = ['B']; cv.job_wishes[0].experience_years = 1; }),
  variant('Peter Nielsen', (cv) => { cv.job_wishes = cv.job_wishes.slice(1); }),
  variant('Sara Holm', (cv) => { cv.education = []; }),
];

const KIND_DA = {
  cv_not_searchable: 'CV\'et kan ikke findes i Jobnet',
  occupation: 'søger ikke job som stillingen',
  municipality: 'bor uden for de søgte kommuner',
  qualification: 'kvalifikation',
  certificate: 'certifikat',
  experience_years: 'års erfaring',
  education_level: 'uddannelsesniveau',
  driving_licence: 'kørekort',
  language: 'sprog',
  criminal_record: 'straffeattest',
};

/** "certifikat Truckcertifikat B" for a requirement, or the kind in words. */
function describe(order, ref) {
  const words = KIND_DA[ref.kind] ?? ref.kind;
  const req = ref.requirement === null ? null : order.requirements?.[ref.requirement];
  return req ? `${words}: ${req.value}` : words;
}

function cell(tag, text) {
  const c = document.createElement(tag);
  c.textContent = text;
  return c;
}

function table(caption, head, rows) {
  const t = document.createElement('table');
  t.className = 'rank-table';
  t.append(cell('caption', caption));
  const hr = document.createElement('tr');
  for (const h of head) {
    const th = cell('th', h);
    th.scope = 'col';
    hr.append(th);
  }
  t.append(document.createElement('thead'));
  t.tHead.append(hr);
  const body = document.createElement('tbody');
  for (const r of rows) {
    const tr = document.createElement('tr');
    for (const v of r) tr.append(cell('td', v));
    body.append(tr);
  }
  t.append(body);
  return t;
}

function rank() {
  const order = el.value ?? {};
  const out = $('rank-out');
  const r = rankCvs(CVS, order);
  if (isInputError(r)) {
    out.replaceChildren(cell('p', `Jobordren kunne ikke bruges: ${r.message_da}`));
    return;
  }
  const t = r.totals;
  const summary = cell('p', `${t.found} af ${t.cvs} CV'er findes. Skjult: ${t.not_searchable} kan ikke findes i Jobnet, `
    + `${t.wrong_occupation} søger ikke job som stillingen, ${t.hidden_by_criteria} mangler et ufravigeligt krav.`);
  summary.id = 'rank-summary';
  const list = table('Bruttolisten', ['Placering', 'CV', 'Fundet', 'Rank score', 'Det skjuler'],
    r.gross_list.map((e, i) => [String(i + 1), CVS[e.index].contact.name, e.found ? 'Ja' : 'Nej', String(e.rank_score),
      e.blocking.map((b) => describe(order, b)).join('; ') || '–']));
  list.id = 'rank-list';
  const hidden = table('Hvad hvert ufravigeligt krav skjuler', ['Krav', 'Skjuler', 'Findes, hvis kravet blev »Gerne«'],
    r.hidden_by.map((h) => [describe(order, h), String(h.hidden), String(h.only_this)]));
  hidden.id = 'rank-hidden';
  out.replaceChildren(summary, list, hidden);
}

$('rank').addEventListener('click', rank);
el.addEventListener('result', () => {
  if ($('rank-out').childElementCount > 0) rank();
});

document.documentElement.dataset.jobsporVersion = version();
