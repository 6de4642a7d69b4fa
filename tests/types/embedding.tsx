// Framework integration types (issue 15): the JSX intrinsic elements (the global `JSX` here, with
// "jsx": "preserve"; React 19's `React.JSX` is checked by the React project of
// `cargo xtask frameworks`), `HTMLElementTagNameMap`, `ready`/`load`, the exported element
// classes and typed `result` listeners. Each @ts-expect-error line must be an error.
import { ready, load, checkCv, JobsporCvCheckElement, type Cv, type CvCheckResultDetail, type JobsporCvCheckProps } from 'jobspor';
import { ready as smartReady, JobsporSmartCheckElement } from 'jobspor/smart';
import type { JobsporTrackProps } from 'jobspor/track';
import 'jobspor/abc';
import 'jobspor/job-order';

declare const cv: Cv;

async function start(): Promise<void> {
  await ready;
  await smartReady;
  await load(new URL('https://example.invalid/jobspor_wasm_bg.wasm'));
  await load(new Uint8Array(8));
  checkCv(cv);
}
void start;

// JSX: attributes as text, properties as objects (or JSON text), `onresult` with its detail.
const selections: number[] = [];
const a = <jobspor-cv-check lang="en" mode="caseworker" cv={cv} options={{ min_qualifications: 4 }} onresult={(e) => selections.push(e.detail.selection)} />;
const b = <jobspor-cv-check cv={JSON.stringify(cv)} job-order={undefined} />;
const c = <jobspor-smart-check today="2026-05-06" next-meeting="2026-05-27" kind="agreement" render-limit="500" value={['Jeg søger 5 job om ugen']} onresult={(e) => e.detail} />;
const d = <jobspor-track lang="da" />;
const e = <jobspor-abc-plan storage-key="plan" render-limit="50" />;
const f = <jobspor-job-order lang="en" ref={(el) => el?.value} />;
// @ts-expect-error an unknown attribute
const g = <jobspor-cv-check colour="red" />;
// @ts-expect-error the result event's detail is the CV result, not a string
const h = <jobspor-cv-check onresult={(ev: CustomEvent<string>) => ev.detail.trim()} />;
// @ts-expect-error a number is neither a CV nor JSON text
const i = <jobspor-cv-check cv={42} />;
void [a, b, c, d, e, f, g, h, i];

// HTMLElementTagNameMap for every element; typed listeners, added and removed.
const cvEl = document.createElement('jobspor-cv-check');
const onResult = (ev: CustomEvent<CvCheckResultDetail>) => void ev.detail.match;
cvEl.addEventListener('result', onResult);
cvEl.removeEventListener('result', onResult);
cvEl.addEventListener('jobspor-result', onResult);
cvEl.addEventListener('jobspor-change', (ev) => void ev.detail.selection);
cvEl.removeEventListener('jobspor-change', onResult);
// @ts-expect-error the jobspor-change detail is the CV result, not a string
cvEl.addEventListener('jobspor-change', (ev: CustomEvent<string>) => ev.detail.trim());
const owner: HTMLFormElement | null = cvEl.form;
void owner;
const autosave = <jobspor-abc-plan onjobspor-change={(ev) => void ev.detail} onjobspor-result={(ev) => void ev.detail} />;
void autosave;
const planEl = document.querySelector('jobspor-abc-plan');
void planEl?.plan;
void document.createElement('jobspor-job-order').value;
void document.createElement('jobspor-track').profile;
const sm: string[] = document.createElement('jobspor-smart-check').value;
void sm;

// The classes, apart from their definition: a host registers a subclass under its own tag.
customElements.define('my-cv-check', class extends JobsporCvCheckElement {});
const mine: JobsporSmartCheckElement = new JobsporSmartCheckElement();
void mine;
const props: JobsporTrackProps = { lang: 'da', profile: null };
const cvProps: JobsporCvCheckProps = { cv };
void props; void cvProps;
