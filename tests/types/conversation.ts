// Type-checks the conversation entry's declarations (conversation.d.ts): checkIndsatsplan,
// conversationGuides, conversationSummary, <jobspor-indsatsplan> and <jobspor-conversation> are
// typed, never `any`; each @ts-expect-error line must be an error.
import { checkIndsatsplan, conversationGuides, conversationSummary, indsatsplanRules, isInputError } from 'jobspor/conversation';
import type { Indsatsplan, IndsatsplanResult, ConversationRecord, ConversationSummary, JobsporIndsatsplanElement, JobsporConversationElement } from 'jobspor/conversation';

const plan: Indsatsplan = { main_goal: 'Kontor og administration / Detailhandel', sub_goals: [{ goal: 'Hygiejnebevis inden 1. april', activities: [{ activity: 'Kursus', who: 'borger', when: 'uge 10' }] }] };
const r = checkIndsatsplan(plan, { today: '2026-03-01' });
if (!isInputError(r)) {
  const met: number = (r as IndsatsplanResult).sub_goals[0].smart.met;
  void met;
}
// @ts-expect-error who is borger, jobcenter or a-kasse
const badPlan: Indsatsplan = { sub_goals: [{ activities: [{ who: 'chefen' }] }] }; void badPlan;
const code: string = indsatsplanRules()[0].code; void code;
const firstPhase: string = conversationGuides().guides[0].phases[0].title.da; void firstPhase;

const record: ConversationRecord = { guide: 'first', agreements: [{ text: 'Du søger 3 job', who: 'borger' }], next_focus: 'Plan B' };
const s = conversationSummary(record);
if (!isInputError(s)) {
  const smart: number = (s as ConversationSummary).agreements[0].smart.met;
  void smart;
}

const el: JobsporIndsatsplanElement = document.createElement('jobspor-indsatsplan');
el.value = plan;
const conv: JobsporConversationElement = document.createElement('jobspor-conversation');
conv.value = record;
conv.clock = Date.now();
conv.addEventListener('jobspor-summary', (e) => { const d: ConversationSummary = (e as CustomEvent<ConversationSummary>).detail; void d; });
// @ts-expect-error result is read-only
conv.result = null;
