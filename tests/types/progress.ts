// Type-checks the progress entry's declarations (progress.d.ts): checkProgressCard,
// progressCardItems, checkPlacementFollowup, <jobspor-progress-card> and
// <jobspor-placement-followup> are typed, never `any`; each @ts-expect-error line must be an error.
import { checkProgressCard, progressCardItems, checkPlacementFollowup, isInputError } from 'jobspor/progress';
import type { ProgressCard, ProgressResult, PlacementFollowup, FollowupResult, PromptKind, JobsporProgressCardElement, JobsporPlacementFollowupElement } from 'jobspor/progress';

const card: ProgressCard = { name: 'A', hours_goal: 25, evaluations: [{ date: '2026-01-05', scores: { attendance: 3 } }] };
const r = checkProgressCard(card, { weights: { attendance: 2 } });
if (!isInputError(r)) {
  const res = r as ProgressResult;
  const total: number = res.evaluations[0].total;
  const group: number = res.evaluations[0].groups[0].total;
  void total; void group;
}
// @ts-expect-error scores are numbers
const badCard: ProgressCard = { evaluations: [{ scores: { attendance: '3' } }] }; void badCard;
const levels: string = progressCardItems()[0].levels[0].text.da; void levels;

const f: PlacementFollowup = { visits: [{ date: '2026-02-16', tasks: [{ task: 'Plukke', employer_score: 8, citizen_score: 5 }] }] };
const fr = checkPlacementFollowup(f);
if (!isInputError(fr)) {
  const kind: PromptKind | undefined = (fr as FollowupResult).visits[0].tasks[0].prompt?.kind;
  void kind;
}

const el: JobsporProgressCardElement = document.createElement('jobspor-progress-card');
el.value = card;
el.addEventListener('result', (e) => { const d: ProgressResult = (e as CustomEvent<ProgressResult>).detail; void d; });
const fu: JobsporPlacementFollowupElement = document.createElement('jobspor-placement-followup');
fu.value = f;
// @ts-expect-error result is read-only
el.result = null;
