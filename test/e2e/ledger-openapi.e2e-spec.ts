import { openApiDocument } from '../../src/ledger/openapi.js';
import { startApp, type StartedApp } from '../support/start-app.js';

const COMMAND_ROUTES = [
  '/plans',
  '/plans/{planId}/proposals',
  '/plans/{planId}/adoptions',
  '/plans/{planId}/revisions',
  '/plans/{planId}/supersession',
  '/plans/{planId}/withdrawal',
  '/initiatives',
  '/initiatives/{initiativeId}/decision',
  '/initiatives/{initiativeId}/start',
  '/initiatives/{initiativeId}/scale-up',
  '/initiatives/{initiativeId}/permanence',
  '/initiatives/{initiativeId}/end',
  '/figures',
  '/corrections',
  '/retractions',
  '/access/keys',
];

let started: StartedApp;
beforeAll(async () => {
  started = await startApp();
});
afterAll(() => started.close());

describe('the OpenAPI document', () => {
  it('documents every command with an example body in the domain\'s words, its answer and its refusals', () => {
    const document = openApiDocument(started.app);
    for (const path of COMMAND_ROUTES) {
      const operation = document.paths[path]?.post;
      expect({ path, summary: operation?.summary }).toEqual({ path, summary: expect.any(String) });
      const body = operation?.requestBody as { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
      const examples = Object.values(body.content['application/json'].examples ?? {});
      expect({ path, examples: examples.length > 0 }).toEqual({ path, examples: true });
      if (path !== '/access/keys') {
        expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '503']));
        for (const example of examples) expect(example.value).toMatchObject({ source: { title: expect.any(String) } });
      }
    }
  });

  it('tells every query that takes minPosition how it waits and when it is refused', () => {
    const document = openApiDocument(started.app);
    const waiting = Object.entries(document.paths).flatMap(([path, item]) =>
      ((item.get?.parameters ?? []) as { name?: string; description?: string }[]).filter((p) => p.name === 'minPosition').map((p) => ({ path, description: p.description })),
    );
    expect(waiting.map((w) => w.path)).toEqual(expect.arrayContaining(['/timeline', '/audit/events', '/indicators/{id}/series', '/indicators/{id}/yoy', '/plans/{planId}/adoption', '/lan/{code}/adoption', '/indicators/{id}/reconciliation']));
    for (const { path, description } of waiting) expect({ path, description }).toEqual({ path, description: expect.stringMatching(/högst 5 s.*400 QUERY\.POSITION_NOT_REACHED.*504 PROJECTION\.WAIT_TIMEOUT/s) });
  });

  it('describes the command bodies field by field, without the ids the path gives', () => {
    const schemas = openApiDocument(started.app).components?.schemas ?? {};
    const adoption = schemas.AdoptPlanBody as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(adoption.properties).sort()).toEqual(['decidedBy', 'decidedOn', 'party', 'source']);
    expect(adoption.required.sort()).toEqual(['decidedBy', 'decidedOn', 'party', 'source']);
  });

  it('has examples that the ledger accepts as they stand', async () => {
    const document = openApiDocument(started.app);
    const body = (path: string, name: string) =>
      (document.paths[path].post?.requestBody as { content: Record<string, { examples: Record<string, { value: unknown }> }> }).content['application/json'].examples[name].value;
    const send = (url: string, payload: unknown) =>
      started.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: 'Bearer test-admin-key' }, payload: JSON.stringify(payload) });
    expect((await send('/plans', body('/plans', 'malbild'))).statusCode).toBe(201);
    for (const name of ['arvika', 'region', 'varen']) {
      expect((await send('/plans/varmland-malbild-2022/adoptions', body('/plans/{planId}/adoptions', name))).statusCode).toBe(201);
    }
    expect((await send('/initiatives', body('/initiatives', 'mobilt_team'))).statusCode).toBe(201);
    for (const [step, name] of [['decision', 'beslut'], ['start', 'start'], ['scale-up', 'bredd']]) {
      expect((await send(`/initiatives/arvika-mobilt-narsjukvardsteam/${step}`, body(`/initiatives/{initiativeId}/${step}`, name))).statusCode).toBe(201);
    }
    expect((await send('/figures', body('/figures', 'andel'))).statusCode).toBe(201);
  });
});
