// Type-checks the published declarations (`cargo xtask test` runs `tsc -p tests/types`):
// the JavaScript API and the element are typed, never `any`. Each @ts-expect-error line must
// be an error – if a type degraded to `any`, tsc reports the directive as unused and fails.
import { checkCv, cvRules, cvRule, cvModules, isInputError, version } from 'jobspor';
import type { Cv, CvResult, Finding, RuleMeta, JobsporCvCheckElement, CvCheckResultDetail } from 'jobspor';

const cv: Cv = {
  contact: { name: 'Mette', email: 'm@example.dk', phone: '', email_visible: true, phone_visible: undefined,
             postal_code: '9900', municipality_code: '813', website: '' },
  job_wishes: [{ occupation: 'Lagermedarbejder', qualifications: ['Truckkørsel'], experience_years: 6 }],
  employment_terms: { hours: ['full_time'], shifts: ['day'], forms: ['permanent'], weekend: true, travel: undefined },
  work_experience: [], education: [{ title: 'Folkeskole', level: 'primary', institution: '', end: '', completed: true }],
  courses: [{ title: 'Førstehjælp', description: 'Hjertelungeredning' }], certificates: [], driving_licences: ['B'], own_car: true,
  languages: [{ language: 'Dansk', level: 'native' }], other_experience: [], profile: '',
};

const r = checkCv(cv, { min_qualifications: 4, min_job_wishes: 2, overrides: [{ rule: 'CV107', reason: 'Har ikke kørekort' }] });
if (isInputError(r)) {
  const where: string = r.path;
  const da: string = r.message_da;
  void where; void da;
} else {
  const result: CvResult = r;
  const score: number = result.findability + result.selection;
  const searchable: boolean = result.searchable;
  const first: Finding | undefined = result.findings[0];
  const severity: 'error' | 'warning' | 'info' | undefined = first?.severity;
  void score; void searchable; void severity;
  // @ts-expect-error findings are Finding objects, not strings
  const wrong: string = result.findings[0];
  void wrong;
}
checkCv('{"profile": "tekst"}');

// @ts-expect-error an unknown education level is a type error
const bad: Cv = { ...cv, education: [{ title: 'x', level: 'college', institution: '', end: '', completed: null }] };
void bad;

const rules: RuleMeta[] = cvRules();
const docs: string | undefined = cvRule('CV101')?.docs;
const label: string = cvModules()[0].label.da;
const v: string = version();
void rules; void docs; void label; void v;

const el = document.querySelector('jobspor-cv-check');
if (el) {
  const typed: JobsporCvCheckElement = el;
  typed.cv = cv;
  typed.cv = '{"profile": ""}';
  typed.addEventListener('result', (e) => {
    const d: CvCheckResultDetail = e.detail;
    const mode: 'citizen' | 'caseworker' = d.mode;
    void mode;
  });
  // @ts-expect-error result is read-only
  typed.result = undefined;
}
