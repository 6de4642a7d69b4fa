// The parts of <jobspor-cv-check> written in JavaScript, shared by every entry that defines the
// element from its own module (`jobspor.js`, the CV entry; `suite.js`, several widgets in one
// module): the search simulation loaded from the job-order module on first use, and the
// "Hent dit CV fra en fil" box with the lazily loaded import module. `extendCvCheck(Class)` adds
// them to the element class of an entry; `matchCv` and `importCv` are the entries' exports.

// The search simulation (matchCv, and <jobspor-cv-check>'s jobOrder) lives in the job-order
// module: it is loaded from next to this file on first use, so a CV page without job orders
// doesn't pay for it (the CV module stays within its size budget).
let jobOrderEntry = null;
const loadJobOrder = () => (jobOrderEntry ??= import('./joborder.js').then(async (m) => {
  await m.load();
  return m;
}));

/** Would a Jobnet search made from the job order find this CV? Async: loads the job-order module. */
export async function matchCv(cv, order, options) {
  return (await loadJobOrder()).matchCv(cv, order, options);
}

// The widget's search: matchCv, with `matchJson` – the same from JSON text to JSON text, the order
// parsed once per order (a JobOrderMatcher of the job-order module, freed when the order changes)
// instead of on every keystroke.
function widgetMatcher(m) {
  const search = (cv, order, options) => m.matchCv(cv, order, options);
  let key = null;
  let made = null;
  search.matchJson = (cv, order) => {
    if (order !== key) {
      made?.free?.();
      made = m.jobOrderMatcher(order);
      key = order;
    }
    return made?.error ? JSON.stringify(made) : made.matchJson(cv);
  };
  return search;
}

// One import-box listener for the page, however many entries extend the element.
let importListener = false;

/** Adds the job-order property that loads the matcher, and the import box, to `<jobspor-cv-check>`'s class. */
export function extendCvCheck(Element) {
  const cvCheck = Element?.prototype;
  const plain = cvCheck && Object.getOwnPropertyDescriptor(cvCheck, 'jobOrder');
  if (plain && !Object.getOwnPropertyDescriptor(cvCheck, 'job-order')) {
    // Setting a job order also hands the widget the matcher, once the job-order module is loaded.
    const jobOrder = {
      get() { return plain.get.call(this); },
      set(value) {
        plain.set.call(this, value);
        if (value != null && !this.jobOrderMatcher) {
          loadJobOrder().then(
            (m) => { if (!this.jobOrderMatcher) this.jobOrderMatcher = widgetMatcher(m); },
            // joborder.js missing on the host: the section keeps saying it is loading; try again
            // on the next job order instead of leaving a rejected promise behind.
            () => { jobOrderEntry = null; },
          );
        }
      },
      configurable: true,
      enumerable: true,
    };
    Object.defineProperty(cvCheck, 'jobOrder', jobOrder);
    Object.defineProperty(cvCheck, 'job-order', jobOrder);
  }
  // The box is added when the widget announces its first result (at mount; the element's lifecycle
  // callbacks were fixed when it was defined above). composedPath() finds an element inside another
  // shadow root too.
  if (cvCheck && typeof document !== 'undefined' && !importListener) {
    importListener = true;
    document.addEventListener('result', (e) => {
      const el = e.composedPath?.()[0] ?? e.target;
      if (el?.localName === 'jobspor-cv-check') addImportBox(el);
    }, true);
  }
}

// "Hent dit CV fra en fil" (issue 20, docs/import.md): a box at the top of <jobspor-cv-check>
// where the citizen picks or drops a JSON Resume, Europass XML/PDF, HR Open JSON or LinkedIn export.
// It lives here, in the entry's JavaScript, not in the CV module: the importers are their own
// WebAssembly module (import.js), loaded from next to this file only when a file is chosen, and
// the box is plain DOM beside the widget's own (Yew renders into its own container), styled by a
// constructable style sheet (no inline style or script: strict CSP holds). The file is read in
// the browser; nothing is uploaded. A file that can't be read shows the error and leaves the form
// as it was; a good one fills the form (`cv`), shows the import report and fires an `import`
// event (bubbles, composed; detail = {cv, report}). Proposed job wishes are added only when the
// citizen presses "Tilføj".
let importEntry = null;
const loadImport = () => (importEntry ??= import('./import.js').then(async (m) => {
  await m.load();
  return m;
}, (e) => { importEntry = null; throw e; }));

/** importCv through the lazily loaded import module: `{cv, report}` or an InputError. */
export async function importCv(input, options) {
  return (await loadImport()).importCv(input, options);
}

const IMPORT_TEXT = {
  da: {
    title: 'Hent dit CV fra en fil',
    help: 'JSON Resume, Europass (XML eller PDF), LinkedIn-eksport (zip eller CSV) eller HR Open. Filen læses her i browseren og sendes ingen steder hen.',
    pick: 'Vælg fil', drop: '… eller slip filen her', reading: 'Læser filen …',
    done: (n) => `CV'et er hentet: ${n} felter er overført. Tjek det herunder.`,
    error: 'Filen kunne ikke læses', kept: 'Formularen er ikke ændret.',
    dropped: 'Ikke overført', guesses: 'Gættet – tjek', proposals: 'Forslag til "Jeg søger job som"',
    proposalsHelp: 'Dit CV nævner disse stillinger. Tilføj dem, du søger job som.',
    add: 'Tilføj', added: 'Tilføjet', skills: 'Kompetencer (kan bruges som kvalifikationer)',
  },
  en: {
    title: 'Get your CV from a file',
    help: 'JSON Resume, Europass (XML or PDF), LinkedIn export (zip or CSV) or HR Open. The file is read here in the browser and sent nowhere.',
    pick: 'Choose file', drop: '… or drop the file here', reading: 'Reading the file …',
    done: (n) => `Your CV is in: ${n} fields were carried over. Check it below.`,
    error: 'The file could not be read', kept: 'The form has not changed.',
    dropped: 'Not carried over', guesses: 'Guessed – check', proposals: 'Suggestions for "Jeg søger job som"',
    proposalsHelp: 'Your CV names these jobs. Add the ones you are looking for.',
    add: 'Add', added: 'Added', skills: 'Skills (usable as qualifications)',
  },
};

let importSheet = null;
const importStyles = () => {
  if (!importSheet && typeof CSSStyleSheet === 'function') {
    importSheet = new CSSStyleSheet();
    importSheet.replaceSync(`
.jobspor-import { border: 2px dashed var(--jobspor-border, #8a8a8a); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; }
.jobspor-import.over { border-color: var(--jobspor-accent, #1d5fa8); background: var(--jobspor-accent-bg, #eef4fb); }
.jobspor-import .title { font-size: 1.1rem; font-weight: 700; margin: 0 0 .25rem; }
.jobspor-import p { margin: .25rem 0; }
.jobspor-import input[type=file] { max-width: 100%; }
.jobspor-import .error { color: var(--jobspor-error, #b00020); font-weight: 600; }
.jobspor-import details { margin: .25rem 0; }
.jobspor-import li button { margin-inline-start: .5rem; }
`);
  }
  return importSheet;
};

/** `tag` with text and attributes (no innerHTML: the report's words come from the file). */
function node(tag, text, attrs = {}) {
  const n = document.createElement(tag);
  if (text != null) n.textContent = text;
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

function addImportBox(el) {
  const root = el.shadowRoot;
  if (!root || root.querySelector('.jobspor-import') || ![...root.children].some((c) => c.localName === 'div')) return;
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'da').toLowerCase().startsWith('en') ? 'en' : 'da';
  const T = IMPORT_TEXT[lang];
  const sheet = importStyles();
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const box = node('section', null, { class: 'jobspor-import', part: 'import', 'aria-labelledby': 'import-title' });
  // A title, not a heading: the widget's own h2 stays the first heading.
  box.append(node('p', T.title, { id: 'import-title', class: 'title' }), node('p', T.help, { id: 'import-help' }));
  const input = node('input', null, { type: 'file', id: 'import-file', 'aria-describedby': 'import-help',
    accept: '.json,.xml,.pdf,.zip,.csv,application/json,application/xml,text/xml,application/pdf,application/zip,text/csv' });
  const label = node('label', `${T.pick}: `, { for: 'import-file' });
  box.append(label, input, node('p', T.drop));
  // role=status is polite by itself; no second aria-live attribute beside the widget's own.
  const status = node('div', null, { id: 'import-status', role: 'status' });
  box.append(status);
  // Inside the widget's container (the shadow root keeps its one child), before Yew's nodes.
  const container = [...root.children].find((c) => c.localName === 'div') ?? root;
  container.prepend(box);

  const show = (...children) => status.replaceChildren(...children);
  const list = (title, items, open = false) => {
    const d = node('details');
    if (open) d.open = true;
    d.append(node('summary', `${title} (${items.length})`));
    const ul = node('ul');
    for (const i of items) ul.append(i instanceof Node ? i : node('li', i));
    d.append(ul);
    return d;
  };
  const read = async (file) => {
    if (!file) return;
    show(node('p', T.reading));
    let r;
    try {
      // Larger than the importer reads: refused before the file is read into memory.
      r = file.size > 10 * 1024 * 1024
        ? { error: 'invalid_input', path: '', message: 'the file is larger than 10 MB', message_da: 'filen er større end 10 MB' }
        : await importCv(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      r = { error: 'invalid_input', path: '', message: String(e?.message ?? e), message_da: String(e?.message ?? e) };
    }
    if (!r || r.error) {
      show(node('p', `${T.error}: ${(lang === 'da' ? r?.message_da : r?.message) ?? ''}`, { class: 'error', id: 'import-error' }), node('p', T.kept));
      return;
    }
    el.cv = r.cv;
    const rep = r.report;
    const parts = [node('p', T.done(rep.mapped.length), { id: 'import-done' })];
    if (rep.job_wish_proposals.length) {
      const items = rep.job_wish_proposals.map((p) => {
        const li = node('li', p.occupation);
        const b = node('button', T.add, { type: 'button' });
        b.addEventListener('click', () => {
          const cv = el.cv ?? {};
          const wishes = cv.job_wishes ?? [];
          if (!wishes.some((w) => w.occupation === p.occupation)) {
            el.cv = { ...cv, job_wishes: [...wishes, { occupation: p.occupation, qualifications: [], experience_years: null }] };
          }
          b.textContent = T.added;
          b.disabled = true;
        });
        li.append(b);
        return li;
      });
      const d = list(T.proposals, items, true);
      d.id = 'import-proposals';
      d.insertBefore(node('p', T.proposalsHelp), d.children[1]);
      parts.push(d);
    }
    const g = list(T.guesses, rep.guesses.map((x) => `${x.field}: "${x.from}" → ${x.value} – ${x.how[lang]}`));
    g.id = 'import-guesses';
    const dr = list(T.dropped, rep.dropped.map((x) => `${x.field} – ${x.reason[lang]}`));
    dr.id = 'import-dropped';
    parts.push(g, dr);
    if (rep.skills.length) parts.push(list(T.skills, rep.skills));
    show(...parts);
    el.dispatchEvent(new CustomEvent('import', { bubbles: true, composed: true, detail: r }));
  };
  input.addEventListener('change', () => read(input.files?.[0]));
  box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('over'); });
  box.addEventListener('dragleave', () => box.classList.remove('over'));
  box.addEventListener('drop', (e) => {
    e.preventDefault();
    box.classList.remove('over');
    read(e.dataTransfer?.files?.[0]);
  });
}
