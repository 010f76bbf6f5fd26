import { get } from 'node:http';
import { LiveConnections } from '../../src/live/live-connections.js';
import { postAsAdmin, startApp, type StartedApp } from '../support/start-app.js';

/** One server-sent event as a client sees it. */
interface Received {
  readonly id: number;
  readonly event: string;
  readonly data: { readonly position: number; readonly type: string; readonly lans: string[]; readonly kind: string | null; readonly text: string };
}

/** A minimal EventSource on its own socket: collects messages, can be cut off mid-stream. */
function connect(url: string, headers: Record<string, string> = {}) {
  const received: Received[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let buffer = '';
  const wake = () => {
    for (const w of [...waiters]) {
      if (received.length < w.count) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const parse = (block: string) => {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || !line.includes(':')) continue;
      fields[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trim();
    }
    if (fields.id === undefined) return;
    received.push({ id: Number(fields.id), event: fields.event, data: JSON.parse(fields.data) });
    wake();
  };
  const request = get(url, { agent: false, headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    });
  });
  request.on('error', () => undefined);
  return {
    received,
    /** Resolves once `count` messages have arrived in all. */
    until(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close(): void {
      request.destroy();
    },
  };
}

const source = { title: 'Omställningen till nära vård', publisher: 'Region Värmland' };
const VARMLAND_KOMMUNER = ['1784', '1761', '1762', '1782', '1783', '1737', '1785', '1765', '1764', '1730', '1760', '1766', '1715', '1781', '1763', '1780'];

async function post(app: StartedApp, path: string, body: unknown): Promise<{ position: number; eventId: string }> {
  const response = await postAsAdmin(app, path, body);
  const answer = (await response.json()) as { position: number; eventId: string };
  if (response.status !== 201 && response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

const initiateVarmland = (app: StartedApp) =>
  post(app, '/plans', { planId: 'varmland-malbild', title: 'Värmlands målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source });
const adopt = (app: StartedApp, code: string, day: number) =>
  post(app, '/plans/varmland-malbild/adoptions', { party: `kommun:${code}`, decidedOn: `2022-04-${String(day).padStart(2, '0')}`, decidedBy: 'kommunfullmäktige', source });

/** Bounded wait for a condition the server reaches on its own (a closed socket noticed). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Aldrig uppfyllt: ${what}`);
}

describe('GET /events/live', () => {
  let app: StartedApp;

  beforeEach(async () => {
    app = await startApp();
  });

  afterEach(async () => {
    await app.close();
  });

  it('delivers every event exactly once to a client that disconnects mid-stream and reconnects with Last-Event-ID', async () => {
    await initiateVarmland(app);
    for (const [i, code] of VARMLAND_KOMMUNER.slice(0, 5).entries()) await adopt(app, code, i + 1);

    const first = connect(`${app.url}/events/live?lastEventId=0`);
    await first.until(6);
    // More decisions while the client listens; it goes away after reading two of them.
    const writing = (async () => {
      for (const [i, code] of VARMLAND_KOMMUNER.slice(5, 10).entries()) await adopt(app, code, i + 6);
    })();
    await first.until(8);
    first.close();
    await writing;
    for (const [i, code] of VARMLAND_KOMMUNER.slice(10).entries()) await adopt(app, code, i + 11);

    const lastSeen = first.received[first.received.length - 1].id;
    const second = connect(`${app.url}/events/live`, { 'Last-Event-ID': String(lastSeen) });
    await second.until(17 - first.received.length);
    // And live again after the catch-up.
    await post(app, '/plans/varmland-malbild/adoptions', { party: 'region:17', decidedOn: '2022-04-06', decidedBy: 'regionfullmäktige', source });
    await second.until(18 - first.received.length);
    second.close();

    const all = [...first.received, ...second.received];
    const ids = all.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(all.map((m) => m.data.type)).toEqual(['PlanInitiated', ...Array(17).fill('PlanAdopted')]);
    expect(all.every((m) => m.event === 'ledger' && m.data.position === m.id)).toBe(true);
    expect(all[1].data.text).toBe('Arvika kommun antog Värmlands målbild (1 april 2022)');
  });

  it('replays from the start and goes on live with no gap while decisions are being written', async () => {
    await initiateVarmland(app);
    const writing = (async () => {
      for (const [i, code] of VARMLAND_KOMMUNER.entries()) await adopt(app, code, i + 1);
    })();
    const client = connect(`${app.url}/events/live?lastEventId=0`);
    await writing;
    await client.until(17);
    client.close();
    const ids = client.received.map((m) => m.id);
    expect(ids).toHaveLength(17);
    expect(new Set(ids).size).toBe(17);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('replays an event as it was described live, not with the plan title corrected since', async () => {
    // Record times a second apart, so the adoption is certainly recorded before the correction.
    let tick = Date.parse('2024-01-10T09:00:00Z');
    await app.close();
    app = await startApp({ clock: { now: () => new Date((tick += 1_000)) } });
    const initiated = await post(app, '/plans', { planId: 'varmland-malbild', title: 'Värmlands målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source });
    const live = connect(`${app.url}/events/live`);
    await eventually(() => app.app.get(LiveConnections).count === 1, 'en anslutning');
    await adopt(app, '1784', 1);
    await live.until(1);
    await post(app, '/corrections', { eventId: initiated.eventId, fields: { title: 'Målbild för nära vård i Värmland' }, reason: 'Titeln i protokollet', source });
    await live.until(2);
    live.close();
    const replayed = connect(`${app.url}/events/live?lastEventId=${initiated.position}`);
    await replayed.until(2);
    replayed.close();
    expect(replayed.received.map((m) => m.data.text)).toEqual(live.received.map((m) => m.data.text));
    expect(replayed.received.map((m) => m.data.text)).toEqual(['Arvika kommun antog Värmlands målbild (1 april 2022)', 'Rättelse: Målbild för nära vård i Värmland']);
  });

  it('filters like the timeline: by län and by kind', async () => {
    await post(app, '/plans', { planId: 'orebro-hp', title: 'Handlingsplan Örebro', kind: 'handlingsplan', scope: 'region', lan: 'lan:18', source });
    await initiateVarmland(app);
    const varmland = connect(`${app.url}/events/live?lan=lan%3A17&lastEventId=0`);
    const handlingsplaner = connect(`${app.url}/events/live?kind=handlingsplan&lastEventId=0`);
    await adopt(app, '1784', 1);
    await varmland.until(2);
    await handlingsplaner.until(1);
    varmland.close();
    handlingsplaner.close();
    expect(varmland.received.map((m) => m.data.lans)).toEqual([['lan:17'], ['lan:17']]);
    expect(handlingsplaner.received.map((m) => m.data.kind)).toEqual(['handlingsplan']);
  });

  it('refuses an unknown län or a malformed Last-Event-ID with a message naming the field', async () => {
    const unknown = await fetch(`${app.url}/events/live?lan=lan:99`);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ field: 'lan', message: expect.stringContaining('lan:99') });
    const malformed = await fetch(`${app.url}/events/live`, { headers: { 'Last-Event-ID': 'igår' } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ field: 'lastEventId' });
  });

  it('answers HEAD at once with the stream headers and no body, holding no subscription', async () => {
    await initiateVarmland(app);
    // Bounded so a HEAD that never answers fails here instead of at jest's timeout.
    const response = await fetch(`${app.url}/events/live?lan=lan:17`, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(await response.text()).toBe('');
    expect(app.app.get(LiveConnections).count).toBe(0);
  });

  it('releases the subscription when the client goes away', async () => {
    const connections = app.app.get(LiveConnections);
    const clients = [connect(`${app.url}/events/live`), connect(`${app.url}/events/live?lan=lan:17`)];
    await eventually(() => connections.count === 2, 'två anslutningar');
    clients.forEach((c) => c.close());
    await eventually(() => connections.count === 0, 'alla anslutningar stängda');
    const metrics = await (await fetch(`${app.url}/metrics`, { headers: { Connection: 'close' } })).text();
    expect(metrics).toMatch(/^omstallning_live_clients 0$/m);
  });
});
