import { startApp, type StartedApp } from '../support/start-app.js';

interface JsonReport {
  summary: string[];
  indicators: { id: string; rows: { year: number; certain: number }[] }[];
  reconciliation: { rows: { sentence: string }[] };
  dataQuality: { notes: string[] };
  sources: { title: string; url: string | null }[];
}

describe('GET /reports/trend after decisions recorded over HTTP', () => {
  let started: StartedApp;
  const source = { title: 'Protokoll, regionfullmäktige Gotland', url: 'https://example.org/protokoll-2022-11-15', publisher: 'Region Gotland' };

  beforeAll(async () => {
    started = await startApp();
  });

  afterAll(async () => started.close());

  async function post(path: string, body: unknown): Promise<void> {
    const response = await fetch(`${started.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
  }

  it('includes what was recorded just before, and reconciles a figure published over HTTP', async () => {
    await post('/plans', { planId: 'gotland-handlingsplan-2022', title: 'Handlingsplan för nära vård på Gotland', kind: 'handlingsplan', scope: 'lan', lan: 'lan:09', source });
    await post('/plans/gotland-handlingsplan-2022/adoptions', { party: 'region:09', decidedOn: '2022-11-15', decidedBy: 'Regionfullmäktige', source });
    await post('/figures', {
      indicatorId: 'lan-med-handlingsplan',
      year: 2022,
      value: 2,
      numerator: 2,
      denominator: 21,
      publisher: 'national:socialstyrelsen',
      decidedOn: '2023-03',
      source: { title: 'Uppföljning 2023', publisher: 'Socialstyrelsen' },
    });
    const report = (await (await fetch(`${started.url}/reports/trend?from=2021&to=2022&format=json`)).json()) as JsonReport;
    expect(report.indicators.find((i) => i.id === 'lan-med-handlingsplan')!.rows).toEqual([
      expect.objectContaining({ year: 2021, certain: 0 }),
      expect.objectContaining({ year: 2022, certain: 1 }),
    ]);
    expect(report.summary[0]).toBe(
      'Antalet län med beslutad länsgemensam handlingsplan eller färdplan har ökat från 0 (2021) till 1 (2022), från 0\u00a0% till 5\u00a0% av länen.',
    );
    expect(report.reconciliation.rows.map((r) => r.sentence)).toEqual([
      'Socialstyrelsen publicerade 2 av 21 län (2022); liggaren härleder 1 av 21 län, 1 län färre.',
    ]);
    expect(report.sources.map((s) => s.title).sort()).toEqual(['Protokoll, regionfullmäktige Gotland', 'Uppföljning 2023']);
    expect(report.dataQuality.notes).toContain('Beslutet i rapportens omfång har ett exakt beslutsdatum.');
  });
});
