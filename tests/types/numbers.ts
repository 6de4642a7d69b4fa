// Type-checks the numbers entry's declarations (numbers.d.ts): calculateResources, checkOpenings,
// the CSV functions, openingsToDemand, <jobspor-resources> and <jobspor-openings> are typed,
// never `any`; each @ts-expect-error line must be an error.
import { calculateResources, checkOpenings, openingsToCsv, openingsFromCsv, openingsToDemand, isInputError } from 'jobspor/numbers';
import type { ResourceInput, ResourceResult, OpeningsList, OpeningsResult, CsvError, DemandData, JobsporOpeningsElement, JobsporResourcesElement } from 'jobspor/numbers';
import type { AbcConfig } from 'jobspor/abc';

const input: ResourceInput = { citizens: 330, days: 3, weeks: 44, intensified: 0.3, per_day: 5 };
const r = calculateResources(input);
if (!isInputError(r)) {
  const res = r as ResourceResult;
  const n: number = res.whole_group[0].conversations;
  const cells: number[][] = res.years_table.cells;
  const years: number | null | undefined = res.intensified.rows[0].cover.chosen?.years;
  const status: 'within' | 'above' | 'unknown' = res.capacity.status;
  void n; void cells; void years; void status;
}
// @ts-expect-error citizens is a number
const badInput: ResourceInput = { citizens: '330', days: 3, weeks: 44, intensified: 0.3 }; void badInput;

const list: OpeningsList = {
  region: 'Aarhus',
  items: [{ date: '2026-05-01', company: 'Lager A/S', result: 'ordinary_opening', job_function: 'Lagermedarbejder', places: 2 }],
};
const o = checkOpenings(list, { today: '2026-05-15' });
if (!isInputError(o)) {
  const res = o as OpeningsResult;
  const ageing: 'fresh' | 'yellow' | 'red' | null | undefined = res.items[0].ageing;
  const open: number = res.statistics.open_places;
  void ageing; void open;
}
// @ts-expect-error result is one of no_opening, ordinary_opening, work_placement
const badList: OpeningsList = { items: [{ result: 'maybe' }] }; void badList;
const csv = openingsToCsv(list);
if (typeof csv === 'string') {
  const back = openingsFromCsv(csv);
  if ('row' in back) {
    const e: CsvError = back;
    const where: string = `${e.row}:${e.column}`; void where;
  }
}
const demand = openingsToDemand(list);
if (!isInputError(demand)) {
  const d = demand as DemandData;
  const config: AbcConfig = { demand: d }; void config;
}

const el = document.querySelector('jobspor-openings');
if (el) {
  const e: JobsporOpeningsElement = el;
  e.value = list;
  e.setAttribute('today', '2026-05-15');
  e.addEventListener('change', (ev) => { const items: number = ev.detail.items?.length ?? 0; void items; });
  const dd: DemandData | null | undefined = e.demand; void dd;
  // @ts-expect-error demand is read-only
  e.demand = {};
}
const calc = document.querySelector('jobspor-resources');
if (calc) {
  const c: JobsporResourcesElement = calc;
  c.value = input;
  c.config = { per_day_max: 8 };
  const res = c.result;
  if (res && !isInputError(res)) { const n: number = (res as ResourceResult).years_table.cells[7][8]; void n; }
}
