import { jest } from '@jest/globals';
import { LanReader } from '../../src/web/read/lan-reader.js';
import { postAsAdmin, startApp, type StartedApp } from '../support/start-app.js';

/**
 * A län with more plans and initiatives than its page shows in full: a
 * national ledger has hundreds of plans and thousands of initiatives a län,
 * and drawing a chart for every plan made the page take over a minute.
 */
let app: StartedApp;
const source = { title: 'Kommunstyrelsens protokoll', publisher: 'Piteå kommun' };
const PLANS = 23;
const INITIATIVES = 203;

beforeAll(async () => {
  app = await startApp({ publicDataset: 'off' });
  const record = async (path: string, body: unknown) => {
    const response = await postAsAdmin(app, path, body);
    if (response.status !== 201) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  };
  for (let i = 1; i <= PLANS; i += 1) {
    const planId = `pitea-plan-${String(i).padStart(2, '0')}`;
    await record('/plans', { planId, title: `Handlingsplan ${String(i).padStart(2, '0')} för Piteå`, kind: 'handlingsplan', scope: 'kommun', owner: 'kommun:2581', lan: 'lan:25', source });
    await record(`/plans/${planId}/adoptions`, { party: 'kommun:2581', decidedOn: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, decidedBy: 'Kommunfullmäktige', source });
  }
  for (let i = 1; i <= INITIATIVES; i += 1) {
    const kind = i % 4 === 0 ? 'mobilt_team' : 'pilot';
    await record('/initiatives', { initiativeId: `pitea-insats-${String(i).padStart(3, '0')}`, title: `Insats ${String(i).padStart(3, '0')} i Piteå`, kind, owners: ['kommun:2581'], source });
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('a län page over more plans and initiatives than it shows in full', () => {
  it('shows the first 20 plans with their parties and charts, a line for each of the others, and the first 200 initiatives with the count of all', async () => {
    const response = await fetch(`${app.url}/lan/25`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page.match(/<article class="plan"/g)).toHaveLength(20);
    expect(page.match(/<figure class="chart">/g)).toHaveLength(20);
    expect(page).toContain('Ytterligare 3 planer, utan parter och diagram (de 20 första visas ovan)');
    for (const late of ['21', '22', '23']) expect(page).toContain(`<th scope="row">Handlingsplan ${late} för Piteå</th>`);
    expect(page).toContain('203 insatser, varav 50 mobila team.');
    expect(page).toContain('Arbetssätt och insatser, de 200 första av 203 i bokstavsordning');
    expect(page).toContain('Insats 200 i Piteå');
    expect(page).not.toContain('Insats 201 i Piteå');
  });

  it('is read once between two writes, and read again with the write after one', async () => {
    const read = jest.spyOn(app.app.get(LanReader), 'read');
    const first = await (await fetch(`${app.url}/lan/25?kind=malbild`)).text();
    expect(await (await fetch(`${app.url}/lan/25?minPosition=1&kind=malbild`)).text()).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    const response = await postAsAdmin(app, '/plans', { planId: 'pitea-malbild', title: 'Målbild för nära vård i Norrbotten', kind: 'malbild', scope: 'lan', lan: 'lan:25', source });
    const { position } = (await response.json()) as { position: number };
    const after = await (await fetch(`${app.url}/lan/25?kind=malbild&minPosition=${position}`)).text();
    expect(read).toHaveBeenCalledTimes(2);
    expect(after).toContain('Målbild för nära vård i Norrbotten');
    expect(first).not.toContain('Målbild för nära vård i Norrbotten');
  });
});

