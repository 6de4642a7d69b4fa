// The demo page's script: loads the Jobspor package (which defines <jobspor-cv-check>), wires the
// demo buttons and shows the latest `result` event. Nothing is sent anywhere.
import { version } from '/pkg/jobspor.js';

/** The example CV (a copy of tests/fixtures/cv-example.json). */
const EXAMPLE_CV = {
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

const el = document.getElementById('cv-check');
const $ = (id) => document.getElementById(id);
let count = 0;

function show(detail) {
  if (!detail || typeof detail !== 'object') return;
  const findings = Array.isArray(detail.findings) ? detail.findings : [];
  const overridden = findings.filter((f) => f.overridden).length;
  $('ev-searchable').textContent = detail.searchable ? 'Ja' : 'Nej';
  $('ev-findability').textContent = `${detail.findability} / 100`;
  $('ev-selection').textContent = `${detail.selection} / 100`;
  $('ev-findings').textContent = `${findings.length - overridden}` + (overridden ? ` (+${overridden} tilsidesat)` : '');
  $('ev-overrides').textContent = String((detail.overrides ?? []).length);
  $('ev-json').textContent = JSON.stringify(detail, null, 2);
}

el.addEventListener('result', (event) => {
  count += 1;
  $('ev-count').textContent = String(count);
  show(event.detail);
});
// The first event fired while the package was loading, before this listener existed.
show(el.result);

$('load-example').addEventListener('click', () => {
  el.cv = structuredClone(EXAMPLE_CV);
});
$('clear').addEventListener('click', () => {
  el.cv = null;
  el.options = null;
});
for (const radio of document.querySelectorAll('input[name="mode"], input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) el.setAttribute(radio.name, radio.value);
  });
}
document.documentElement.dataset.jobsporVersion = version();
