import { startApp, type StartedApp } from '../support/start-app.js';

interface TimelineEntry {
  readonly type: string;
  readonly date: { readonly edtf: string };
  readonly actors: readonly string[];
}

/** What a newcomer sees after `npm start` on an empty machine: the embedded store with the public dataset. */
describe('first start on an empty embedded store', () => {
  let started: StartedApp;
  beforeAll(async () => {
    started = await startApp({ publicDataset: 'auto' });
  });
  afterAll(() => started.close());

  it('is healthy on sqlite with its projections caught up', async () => {
    const response = await fetch(`${started.url}/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { projections: { checkpoint: number } };
    expect(health).toMatchObject({ status: 'ok', store: { kind: 'sqlite', reachable: true }, projections: { ready: true, lag: 0 } });
    expect(health.projections.checkpoint).toBeGreaterThan(150);
  });

  it('lists the Värmland målbild approvals in date order on the län timeline', async () => {
    const response = await fetch(`${started.url}/timeline?lan=17&kind=malbild&limit=100`);
    expect(response.status).toBe(200);
    const { items: entries } = (await response.json()) as { items: TimelineEntry[] };
    const adoptions = entries.filter((entry) => entry.type === 'PlanAdopted');
    const dates = adoptions.map((entry) => entry.date.edtf);
    expect(adoptions).toHaveLength(17);
    expect(dates[0]).toBe('2022-03-28');
    expect(dates.at(-1)).toBe('2022-06-16');
    expect([...dates].sort()).toEqual(dates);
    expect(adoptions.at(-1)?.actors).toContain('kommun:1780');
  });

  it('serves Prometheus metrics and the OpenAPI document', async () => {
    const metrics = await (await fetch(`${started.url}/metrics`)).text();
    expect(metrics).toMatch(/^omstallning_http_request_duration_seconds_bucket\{.*route="\/health".*\} \d+$/m);
    expect(metrics).toMatch(/^omstallning_projection_lag_events 0$/m);
    const docs = await fetch(`${started.url}/docs`);
    expect(docs.status).toBe(200);
  });
});
