// The conversation demo page's script: loads the package's conversation.js (<jobspor-conversation>,
// <jobspor-indsatsplan>) and abc.js (<jobspor-abc-plan>, slotted into the guide), offers an example
// indsatsplan and a "46 minutes later" fake clock, and shows the latest `jobspor-summary` event.
// Nothing is sent anywhere and nothing is stored.
// demo-shared.js first: it draws the menu before the package loads.
import { wireRadios } from './demo-shared.js';
import { version, ready } from '/pkg/conversation.js';
import '/pkg/abc.js';

const $ = (id) => document.getElementById(id);
const conv = $('conv');
const plan = $('plan');
const abc = $('abc');

/** An invented citizen's indsatsplan: an open hovedmål, two delmål. */
const PLAN = {
  citizen: 'Eksempel Borger (opdigtet)',
  consultant: 'Sagsbehandler (opdigtet)',
  main_goal: 'Ordinært job inden for kontor og administration / detailhandel',
  sub_goals: [
    {
      goal: 'Hygiejnebevis taget inden 1. april 2026, så jeg kan søge job som ekspedient',
      activities: [
        { activity: 'Tilmelder mig hygiejnekursus hos AMU', who: 'borger', when: 'senest 15. februar' },
        { activity: 'Bevilger kurset', who: 'jobcenter', when: 'inden 20. februar' },
      ],
      evaluation: { date: '2026-04-07', text: '' },
    },
    {
      goal: 'Praktik som lagermedarbejder',
      activities: [{ activity: 'Finder to mulige praktiksteder', who: null, when: '' }],
      evaluation: { date: null, text: '' },
    },
  ],
};

let count = 0;
const show = (detail) => {
  if (!detail || !Array.isArray(detail.agreements)) return;
  $('ev-agreements').textContent = `${detail.smart_agreements} af ${detail.agreements.length}`;
  $('ev-json').textContent = JSON.stringify(detail, null, 2);
};
conv.addEventListener('result', (e) => show(e.detail));
conv.addEventListener('jobspor-summary', (e) => {
  count += 1;
  $('ev-count').textContent = String(count);
  $('ev-summary').textContent = 'ja';
  show(e.detail);
});
show(conv.result);

// The demo's fake clock: the conversation began now; the button moves "now" 46 minutes on.
const started = Date.now();
conv.setAttribute('started-at', String(started));
$('late').addEventListener('click', () => { conv.setAttribute('now', String(started + 46 * 60000)); });
// Which widget prints: the summary (the guide's finish button) or the indsatsplan (its own button).
const printing = (what) => (e) => {
  const id = e.composedPath()[0]?.id;
  if (id === 'ip-print' || id === 'cv-finish') document.body.dataset.print = what;
};
plan.addEventListener('click', printing('plan'));
conv.addEventListener('click', printing('conversation'));
plan.addEventListener('keydown', (e) => { if (e.key === 'Enter') printing('plan')(e); });
conv.addEventListener('keydown', (e) => { if (e.key === 'Enter') printing('conversation')(e); });
$('ip-example').addEventListener('click', () => { plan.value = structuredClone(PLAN); });
wireRadios(conv, 'lang');
wireRadios(plan, 'lang');
wireRadios(abc, 'lang');
ready.then(() => { document.documentElement.dataset.jobsporVersion = version(); });
