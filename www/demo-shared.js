// Shared by the demo pages: the scaffold (skip link, header, footer, language switch), the main menu, the developer panel that shows the latest `result`
// event, the radio groups that set a widget's attributes, and the example data. No network request.

/** The demo pages, in menu order: one list, so every page's menu links every demo. */
export const PAGES = [
  ['index.html', 'Mit CV'],
  ['smart.html', 'Min Plan'],
  ['track.html', 'Sporvalg'],
  ['abc.html', 'ABC-jobplan'],
  ['job-order.html', 'Jobordre'],
  ['numbers.html', 'Egne tal'],
  ['progress.html', 'Progression'],
  ['plan.html', 'Jobspor og joblog'],
  ['conversation.html', 'Samtalen'],
  ['several.html', 'Flere på én side'],
];

/** Makes an element: `el('p', {class: 'logo'}, child, 'text', …)`. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Draws the scaffold every demo page shares, so a page keeps only its own content: for an empty
 * `<header class="site" data-logo="Jobnet-demo" data-current="PAGE">` the skip link, the logo and
 * the menu; the footer unless the page has one; and each empty `<fieldset class="switch"
 * data-lang="LEGEND">` becomes the language switch (radios `#lang-da`/`#lang-en`, name `lang`).
 * A page that writes its own header, footer or switch keeps them as written. */
function scaffold() {
  const header = document.querySelector('header.site[data-current]');
  if (header && !header.children.length) {
    const mark = el('span', { class: 'logo-mark', 'aria-hidden': 'true' }, 'J');
    const logo = el('p', { class: 'logo' }, mark, ` ${header.dataset.logo ?? 'Jobnet-demo'}`);
    const nav = el('nav', { 'aria-label': 'Hovedmenu', 'data-current': header.dataset.current });
    header.append(el('div', { class: 'wrap header-row' }, logo, nav));
    if (!document.querySelector('a.skip')) header.before(el('a', { class: 'skip', href: '#indhold' }, 'Gå til indhold'));
  }
  if (header && !document.querySelector('footer.site')) {
    const text = 'Jobspor – demo. Ingen cookies, ingen sporing, ingen data sendt.';
    document.body.append(el('footer', { class: 'site' }, el('div', { class: 'wrap' }, text)));
  }
  for (const set of document.querySelectorAll('fieldset.switch[data-lang]:empty')) {
    const radio = (value, label, checked) => {
      const input = el('input', { type: 'radio', name: 'lang', id: `lang-${value}`, value });
      if (checked) input.setAttribute('checked', '');
      const attrs = value === 'en' ? { for: `lang-${value}`, lang: 'en' } : { for: `lang-${value}` };
      return [input, el('label', attrs, label)];
    };
    set.append(el('legend', {}, set.dataset.lang), ...radio('da', 'Dansk', true), ...radio('en', 'English', false));
  }
}
scaffold();

/** Fills the page's `<nav data-current="PAGE">` with a link to every demo (the current one marked
 * `aria-current="page"` and pointing at the content) and to the page's own "Om demoen". */
function siteNav() {
  const nav = document.querySelector('nav[data-current]');
  if (!nav || nav.querySelector('ul')) return;
  const ul = document.createElement('ul');
  const link = (href, text, current) => {
    const a = document.createElement('a');
    a.href = current ? '#indhold' : href;
    a.textContent = text;
    if (current) a.setAttribute('aria-current', 'page');
    const li = document.createElement('li');
    li.append(a);
    ul.append(li);
  };
  for (const [href, text] of PAGES) link(href, text, href === nav.dataset.current);
  link('#om', 'Om demoen', false);
  nav.append(ul);
}
siteNav();

/** Shows each `result` event of `el` in the page's panel: the count (#ev-count), the detail as
 * JSON (#ev-json) and what `facts(detail)` fills in; `facts` returns false for a detail it doesn't
 * recognise, which then leaves the panel as it is. */
export function showResults(el, facts) {
  const $ = (id) => document.getElementById(id);
  let count = 0;
  const show = (detail) => {
    if (!detail || typeof detail !== 'object') return;
    if (facts(detail) === false) return;
    $('ev-json').textContent = JSON.stringify(detail, null, 2);
  };
  el.addEventListener('result', (event) => {
    count += 1;
    $('ev-count').textContent = String(count);
    show(event.detail);
  });
  // The first event fired while the package was loading, before this listener existed.
  show(el.result);
}

/** Sets `el`'s attribute from the page's radio groups `input[name=NAME]` (e.g. lang, mode). */
export function wireRadios(el, ...names) {
  for (const radio of document.querySelectorAll(names.map((n) => `input[name="${n}"]`).join(', '))) {
    radio.addEventListener('change', () => {
      if (radio.checked) el.setAttribute(radio.name, radio.value);
    });
  }
}

/** The example CV (a copy of tests/fixtures/cv-example.json). */
export const EXAMPLE_CV = {
  "contact": {
    "name": "Mette Jensen",
    "email": "mette.jensen@example.dk",
    "phone": "+45 12 34 56 78",
    "email_visible": true,
    "phone_visible": true,
    "postal_code": "9900",
    "municipality_code": "813",
    "website": "https://www.linkedin.com/in/mette-jensen-example"
  },
  "job_wishes": [
    {
      "occupation": "Lagermedarbejder",
      "qualifications": [
        "Truckkørsel",
        "Plukning og pakning af varer",
        "Varemodtagelse",
        "Lagerstyring i WMS"
      ],
      "experience_years": 6
    },
    {
      "occupation": "Chauffør",
      "qualifications": [
        "Distributionskørsel",
        "Lastsikring",
        "Kørsel med lastbil"
      ],
      "experience_years": 2
    }
  ],
  "employment_terms": {
    "hours": [
      "full_time",
      "part_time"
    ],
    "shifts": [
      "day",
      "evening",
      "night"
    ],
    "forms": [
      "permanent",
      "temporary"
    ],
    "weekend": true,
    "travel": false
  },
  "work_experience": [
    {
      "employer": "Nordlager A/S",
      "employer_visible": true,
      "title": "Lagermedarbejder",
      "start": "2018-03",
      "end": "2024-06",
      "description": "Plukkede og pakkede ordrer med håndscanner og truck. Ansvarlig for varemodtagelsen på aftenholdet og oplæring af nye kolleger. Resultat: færre fejlleveringer, fra 3 % til under 1 %."
    },
    {
      "employer": "Fragt Nord ApS",
      "employer_visible": true,
      "title": "Chauffør",
      "start": "2016-05",
      "end": "2018-02",
      "description": "Kørte distribution til butikker i Nordjylland med C-kørekort. Ansvar for lastsikring og kontakt med kunderne ved levering; leverede til tiden på 98 % af turene."
    }
  ],
  "education": [
    {
      "title": "Lager- og logistikuddannelsen",
      "level": "vocational",
      "institution": "EUC Nord",
      "end": "2016-04",
      "completed": true
    }
  ],
  "courses": [
    {
      "title": "Førstehjælp",
      "end": "2022-01"
    }
  ],
  "certificates": [
    "Truckcertifikat B",
    "Chaufføruddannelsesbevis (EU-efteruddannelse)"
  ],
  "driving_licences": [
    "B",
    "C"
  ],
  "own_car": true,
  "languages": [
    {
      "language": "Dansk",
      "level": "native"
    },
    {
      "language": "Engelsk",
      "level": "good"
    }
  ],
  "other_experience": [
    {
      "title": "Kasserer i Frederikshavn Håndboldklub",
      "description": "Førte klubbens regnskab og stod for kontingentopkrævning for 120 medlemmer; fik nedbragt restancerne."
    }
  ],
  "profile": "Jeg har seks års erfaring med lagerarbejde: plukning, pakning, varemodtagelse og truckkørsel, og to år som chauffør. Som kollega er jeg stabil og hjælpsom og god til at lære nye kolleger op. Jeg kan arbejde dag, aften og nat og gerne i weekender. Jeg søger fuldtid, men kan også tage deltid. Jeg har egen bil og kørekort til lastbil."
};

/** The example job order (a copy of tests/fixtures/joborder/job-order.json). */
export const EXAMPLE_ORDER = {
  "company": {"name": "Nordlager A/S", "cvr": "12345678", "address": "Havnevej 12, 9900 Frederikshavn", "employees": 40},
  "contact": {"name": "Lise Holm", "title": "Lagerchef", "email": "lise.holm@nordlager.example", "phone": "+45 98 76 54 32"},
  "contact_form": "send_cvs",
  "offer": "ordinary",
  "headline": "Lagermedarbejder med truckcertifikat til travlt lager i Frederikshavn",
  "title": "Lagermedarbejder",
  "alternative_titles": [],
  "tasks": "Du plukker og pakker ordrer til vores butikker med håndscanner, kører truck ved varemodtagelsen og holder styr på lageret i vores WMS-system. Du arbejder på et hold med seks kolleger og har fast plads på dagholdet.",
  "requirements": [
    {"kind": "qualification", "value": "Truckkørsel", "mandatory": true},
    {"kind": "certificate", "value": "Truckcertifikat B", "mandatory": true},
    {"kind": "experience_years", "value": 2, "mandatory": false},
    {"kind": "education_level", "value": "vocational", "mandatory": false},
    {"kind": "driving_licence", "value": "C", "mandatory": true},
    {"kind": "language", "value": "Dansk", "mandatory": true},
    {"kind": "criminal_record", "value": true, "mandatory": false}
  ],
  "personal_competences": ["Du kan lide at arbejde i et hold og siger til, når noget kan gøres bedre"],
  "physical_demands": "Du løfter op til 25 kg og går eller står det meste af dagen.",
  "culture": "Arbejdstøj og sikkerhedssko stilles til rådighed. Vi har en uformel tone og spiser frokost sammen.",
  "location": {"municipality_code": "813", "postal_code": "9900", "search_municipalities": []},
  "start_date": "2027-01-04",
  "end_date": "",
  "hours": "full_time",
  "working_times": "Dag, mandag–fredag 7–15, ingen weekend",
  "employment_form": "permanent",
  "positions": 2,
  "application_form": ["digital"]
};
