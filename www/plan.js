// The plan demo page's script: loads the package's plan.js (<jobspor-joblog>, <jobspor-plan>),
// wires the two together – the joblog's `jobspor-change` feeds the plan's `joblog`, the plan's
// feeds the joblog's jobspor choices – offers a realistic three-jobspor plan with a six-week
// joblog and shows the plan's latest `result` event. Nothing is sent anywhere and nothing is stored.
// demo-shared.js first: it draws the menu before the package loads.
import { showResults, wireRadios } from './demo-shared.js';
import { ready } from '/pkg/plan.js';

const $ = (id) => document.getElementById(id);
const joblog = $('joblog');
const plan = $('plan');

/** An invented citizen's Min Plan: three jobspor, four agreements, three applications a week. */
const PLAN = {
  job_goal: 'Lagermedarbejder',
  job_goal_reason: 'Seks års erfaring fra lager i Frederikshavn; mangel på lagerfolk i Nordjylland.',
  jobspor: [
    { id: 'lager', title: 'Lagermedarbejder', reason: 'KAN: seks års erfaring med pluk og pak. SKAL: god efterspørgsel jf. Jobbarometeret.', functions: ['Plukke og pakke ordrer', 'Truckkørsel'] },
    { id: 'butik', title: 'Butiksassistent', reason: 'VIL: kan lide kundekontakt. SKAL: mange opslag i detailhandlen i Frederikshavn og Hjørring.', functions: ['Kundebetjening', 'Varepåfyldning'] },
    { id: 'chauffoer', title: 'Chauffør', reason: 'KAN: kørekort B og erfaring med varekørsel for lageret.', functions: ['Varekørsel', 'Læsning og losning'] },
  ],
  accommodations: 'Kan ikke løfte over 20 kg (ryg).',
  activities: [{ title: 'Truckcertifikat B (AMU, 2 uger)', reason: 'Kræves i de fleste lagerjob i området.', jobspor: ['lager'] }],
  agreements: [
    { text: 'Søg stillingen som lagermedarbejder hos Salling Group inden den 13. marts.', jobspor: ['lager'], date: '2026-03-02' },
    { text: 'Ring til Bilka om en stilling som butiksassistent inden fredag.', jobspor: ['butik'], date: '2026-03-09' },
    { text: 'Søg stillingen som chauffør hos DSV inden den 20. marts.', jobspor: ['chauffoer'], date: '2026-03-09' },
    { text: 'Du opdaterer dit CV med truckcertifikatet inden den 3. april.', jobspor: [], date: '2026-03-23' },
  ],
  search_requirement: { applications: 3, period_weeks: 1, from: '2026-03-02' },
};

/** Six weeks of joblog (2026-W10 to W15, "today" Wednesday 8 April): week 13 is one short, a cook
 * job is in no jobspor, the DSV application is missing, the Bilka call was made. */
const e = (date, employer, title, jobspor, how = 'written', status = 'applied', place = 'Frederikshavn') => ({ date, employer, title, place, how, status, jobspor });
const JOBLOG = [
  e('2026-03-03', 'Coop', 'Lagermedarbejder', 'lager', 'unsolicited', 'no_answer'),
  e('2026-03-04', 'Salling Group A/S', 'Lagermedarbejder', 'lager', 'written', 'rejected'),
  e('2026-03-05', 'Føtex', 'Butiksassistent', 'butik', 'written', 'rejected'),
  e('2026-03-06', 'Danske Fragtmænd', 'Chauffør', 'chauffoer', 'written', 'rejected', 'Sæby'),
  e('2026-03-10', 'PostNord', 'Lagermedarbejder', 'lager', 'written', 'rejected', 'Hjørring'),
  e('2026-03-11', 'Bilka', 'Butiksassistent', 'butik', 'phone', 'interview', 'Hjørring'),
  e('2026-03-12', 'Netto', 'Butiksassistent', 'butik', 'personal', 'rejected'),
  e('2026-03-16', 'Arla', 'Lagermedarbejder', 'lager', 'written', 'rejected', 'Hjørring'),
  e('2026-03-17', 'Restaurant Havnen', 'Kok', null, 'personal', 'rejected'),
  e('2026-03-18', 'Lidl', 'Butiksassistent', 'butik', 'written', 'no_answer'),
  e('2026-03-24', 'Jysk', 'Butiksassistent', 'butik', 'written', 'rejected'),
  e('2026-03-26', 'Bilka', 'Lagermedarbejder', 'lager', 'unsolicited', 'no_answer', 'Hjørring'),
  e('2026-03-31', 'Salling Group A/S', 'Lagermedarbejder', 'lager', 'written', 'rejected'),
  e('2026-04-01', 'Matas', 'Butiksassistent', 'butik', 'written', 'applied'),
  e('2026-04-02', 'PostNord', 'Lagermedarbejder', 'lager', 'written', 'applied', 'Aalborg'),
  e('2026-04-06', 'Coop 365', 'Butiksassistent', 'butik', 'written', 'applied'),
  e('2026-04-07', 'Danske Fragtmænd', 'Chauffør', 'chauffoer', 'phone', 'applied', 'Sæby'),
];
const CV = { job_wishes: [{ occupation: 'Lagermedarbejder' }, { occupation: 'Butiksassistent' }, { occupation: 'Chauffør' }] };

/** The two elements talk through the page: the joblog feeds the plan, the plan's jobspor the joblog. */
joblog.addEventListener('jobspor-change', (ev) => { plan.joblog = ev.detail.joblog; });
plan.addEventListener('jobspor-change', () => { joblog.plan = plan.value; });

function load(p, log, cv) {
  plan.options = cv ? { cv } : null;
  plan.value = structuredClone(p);
  joblog.plan = structuredClone(p);
  joblog.value = structuredClone(log);
  plan.joblog = structuredClone(log);
}

showResults(plan, (r) => {
  if (!Array.isArray(r.findings) || !r.summary) return false;
  $('ev-findings').textContent = String(r.findings.length);
  $('ev-applications').textContent = String(Object.values(r.summary.by_jobspor).reduce((a, b) => a + b, 0));
  return true;
});
$('example').addEventListener('click', () => load(PLAN, JOBLOG, CV));
$('clear').addEventListener('click', () => load({}, [], null));
wireRadios(joblog, 'lang');
wireRadios(plan, 'lang', 'mode');
ready.then(() => load(PLAN, JOBLOG, CV)).catch(() => {});
