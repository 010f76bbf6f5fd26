import { loadActorRegistry } from '../../../src/actors/load-actor-registry.js';
import type { RecordedEvent } from '../../../src/event-store/event-store.port.js';
import type { StartedApp } from '../start-app.js';

type Answer = { status: number; body: unknown };

async function get(app: StartedApp, url: string): Promise<Answer> {
  const response = await app.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}

/** Every page of a paged query, following `nextCursor` until there is none. */
async function allPages(app: StartedApp, url: string): Promise<Answer[]> {
  const pages: Answer[] = [];
  let cursor: unknown = null;
  do {
    const page = await get(app, cursor === null ? url : `${url}&cursor=${encodeURIComponent(String(cursor))}`);
    pages.push(page);
    cursor = page.status === 200 ? (page.body as { nextCursor: unknown }).nextCursor : null;
  } while (cursor !== null);
  return pages;
}

/**
 * What the service answers from its projections about a ledger: the whole
 * timeline and audit trail, every plan's and län's adoption, every indicator's
 * series, year-over-year and reconciliation, now and as the ledger knew it
 * half-way through `log` (record time). Two sets of answers are equal when
 * the read models behind them answer alike.
 */
export async function projectionAnswers(app: StartedApp, log: readonly RecordedEvent[]): Promise<Record<string, unknown>> {
  const middle = log[Math.floor(log.length / 2)].recordedAt;
  const halfway = encodeURIComponent(middle.toISOString());
  const initiated = log.filter((event) => event.type === 'PlanInitiated');
  const planIds = initiated.map((event) => String(event.data.planId));
  const knownHalfway = new Set(initiated.filter((event) => event.recordedAt <= middle).map((event) => String(event.data.planId)));
  const lanCodes = loadActorRegistry().list({ kind: 'lan' }).map((lan) => lan.code);
  const indicators = ((await get(app, '/indicators')).body as { indicators: { id: string }[] }).indicators.map((indicator) => indicator.id);
  const answers: Record<string, unknown> = {
    timeline: await allPages(app, '/timeline?limit=500'),
    timelineAsOf: await allPages(app, `/timeline?limit=500&asOf=${halfway}`),
    timelineFiltered: await allPages(app, '/timeline?limit=50&lan=17&from=2021&to=2022-06'),
    audit: await allPages(app, '/audit/events?limit=500'),
    auditCorrections: await allPages(app, '/audit/events?limit=500&type=RecordCorrected,RecordRetracted&order=desc'),
  };
  for (const planId of planIds) {
    answers[`plan ${planId}`] = await get(app, `/plans/${planId}/adoption`);
    if (knownHalfway.has(planId)) answers[`plan ${planId} asOf`] = await get(app, `/plans/${planId}/adoption?asOf=${halfway}`);
  }
  for (const code of lanCodes) answers[`lan ${code}`] = await get(app, `/lan/${code}/adoption`);
  for (const id of indicators) {
    answers[`series ${id}`] = await get(app, `/indicators/${id}/series?from=2018&to=2024`);
    answers[`series ${id} asOf`] = await get(app, `/indicators/${id}/series?from=2018&to=2024&asOf=${halfway}`);
    answers[`yoy ${id}`] = await get(app, `/indicators/${id}/yoy?year=2022`);
    answers[`reconciliation ${id}`] = await get(app, `/indicators/${id}/reconciliation`);
  }
  return answers;
}

/** The queries among `answers` that did not answer 200, so a comparison of two sets of refusals cannot pass unnoticed. */
export function refusedQueries(answers: Record<string, unknown>): string[] {
  return Object.entries(answers)
    .filter(([, answer]) => [answer].flat().some((one) => (one as Answer).status !== 200))
    .map(([name]) => name);
}
