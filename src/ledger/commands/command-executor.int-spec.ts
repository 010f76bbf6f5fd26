import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import { WrongExpectedRevisionError, type EventStore } from '../../event-store/event-store.port.js';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.js';
import { eventHash } from '../domain/hash-chain.js';
import { CommandExecutor } from './command-executor.js';

const clock = { now: () => new Date('2022-06-20T08:00:00Z') };
const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };
const varmlandRecorder = { id: 'key:varmland', role: 'recorder' as const, scope: ['lan:17'] };
const planId = 'varmland-malbild-2022';

const initiateVarmlandMalbild = { command: 'InitiatePlan', data: { planId, title: 'Målbild Nära vård i Värmland', kind: 'malbild', scope: 'lan', lan: 'lan:17' }, source };
const adoptionBy = (party: string, decidedOn = '2022-03-28') => ({ command: 'AdoptPlan', data: { planId, party, decidedOn, decidedBy: 'kommunfullmäktige' }, source });

let store: SqliteEventStore;
let executor: CommandExecutor;
const countEvents = async (s: EventStore = store) => {
  let n = 0;
  for await (const _event of s.readAll()) n += 1;
  return n;
};

beforeEach(async () => {
  store = SqliteEventStore.open({ path: ':memory:' });
  executor = new CommandExecutor(store, clock, loadActorRegistry());
  await executor.execute(initiateVarmlandMalbild, { principal: varmlandRecorder });
});
afterEach(() => store.close());

describe('recording commands through the executor', () => {
  it('answers with event id, stream, revision and position, and chains the stream', async () => {
    const result = await executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, correlationId: 'corr-1' });
    expect(result).toMatchObject({ stream: `plan-${planId}`, revision: 1, replayed: false });
    const [initiated, adopted] = await store.readStream(`plan-${planId}`);
    expect(adopted.id).toBe(result.eventId);
    expect(adopted.position).toBe(result.position);
    expect(adopted.metadata).toMatchObject({ principal: 'key:varmland', recordedAt: '2022-06-20T08:00:00.000Z', source, correlationId: 'corr-1', schemaVersion: 1 });
    expect(adopted.metadata.previousHash).toBe(initiated.metadata.hash);
    expect(adopted.metadata.hash).toBe(eventHash(adopted));
  });

  it('writes a command with an idempotency key once and answers a retry with the first answer', async () => {
    const first = await executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, idempotencyKey: 'arvika' });
    const retry = await executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, idempotencyKey: 'arvika' });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await countEvents()).toBe(2);
  });

  it('refuses reusing an idempotency key for a command on another stream', async () => {
    await executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, idempotencyKey: 'same' });
    const other = { ...initiateVarmlandMalbild, data: { ...initiateVarmlandMalbild.data, planId: 'varmland-fardplan' } };
    await expect(executor.execute(other, { principal: varmlandRecorder, idempotencyKey: 'same' })).rejects.toMatchObject({ code: 'COMMAND.IDEMPOTENCY_KEY_REUSED' });
    expect(await countEvents()).toBe(2);
  });

  it('refuses a command whose If-Match revision is not the current one', async () => {
    await expect(executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, expectedRevision: 3 })).rejects.toMatchObject({
      code: 'COMMAND.WRONG_REVISION',
      field: 'If-Match',
    });
    await expect(executor.execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, expectedRevision: 0 })).resolves.toMatchObject({ revision: 1 });
  });

  it('decides again when another writer changed the stream between read and append', async () => {
    let interfered = false;
    const racing: EventStore = Object.create(store, {
      append: {
        value: async (...args: Parameters<EventStore['append']>) => {
          if (!interfered) {
            interfered = true;
            await new CommandExecutor(store, clock, loadActorRegistry()).execute(adoptionBy('kommun:1761'), { principal: varmlandRecorder });
          }
          return store.append(...args);
        },
      },
    });
    const result = await new CommandExecutor(racing, clock, loadActorRegistry()).execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder });
    expect(result.revision).toBe(2);
    const parties = (await store.readStream(`plan-${planId}`)).slice(1).map((event) => event.data.party);
    expect(parties).toEqual(['kommun:1761', 'kommun:1784']);
  });

  it('takes a refused append of an unchanged stream for a reused idempotency key', async () => {
    const failing: EventStore = Object.create(store, { append: { value: async () => Promise.reject(new WrongExpectedRevisionError('x', 0, 0)) } });
    await expect(new CommandExecutor(failing, clock, loadActorRegistry()).execute(adoptionBy('kommun:1784'), { principal: varmlandRecorder, idempotencyKey: 'k' })).rejects.toMatchObject({
      code: 'COMMAND.IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses a recorder outside its scope and a reader, writing nothing', async () => {
    const skane = { id: 'key:skane', role: 'recorder' as const, scope: ['lan:12'] };
    await expect(executor.execute(adoptionBy('kommun:1784'), { principal: skane })).rejects.toMatchObject({ code: 'AUTH.OUT_OF_SCOPE', field: 'party' });
    await expect(executor.execute(adoptionBy('kommun:1784'), { principal: { id: 'key:r', role: 'reader', scope: [] } })).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await countEvents()).toBe(1);
  });

  it('lets a trusted importer record with a plain principal', async () => {
    const result = await executor.execute(adoptionBy('region:17', '2022-04-06'), { principal: 'import:varmland-2022.ndjson', idempotencyKey: 'varmland-2022.ndjson:3' });
    expect((await store.readStream(`plan-${planId}`))[1].metadata.principal).toBe('import:varmland-2022.ndjson');
    expect(result.revision).toBe(1);
  });

  it('corrects an event found by its id, on the event\'s own stream', async () => {
    const adopted = await executor.execute(adoptionBy('kommun:1784', '2022-03'), { principal: varmlandRecorder });
    const correction = { command: 'CorrectRecord', data: { eventId: adopted.eventId, fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen' }, source };
    const fresh = new CommandExecutor(store, clock, loadActorRegistry());
    const result = await fresh.execute(correction, { principal: varmlandRecorder });
    expect(result).toMatchObject({ stream: `plan-${planId}`, revision: 2 });
    const unknown = { ...correction, data: { ...correction.data, eventId: '00000000-0000-4000-8000-000000000000' } };
    await expect(fresh.execute(unknown, { principal: varmlandRecorder })).rejects.toMatchObject({ code: 'RECORD.NOT_FOUND', field: 'eventId' });
  });

  it('refuses envelopes of the wrong shape before reading anything', async () => {
    await expect(executor.execute({ ...adoptionBy('kommun:1784'), extra: 1 }, { principal: varmlandRecorder })).rejects.toMatchObject({ code: 'REQUEST.UNKNOWN_FIELD', field: 'extra' });
    await expect(executor.execute({ command: 'AdoptPlan', data: { planId, party: 'kommun:1784', decidedOn: '2022', decidedBy: 'KF', colour: 'red' }, source }, { principal: varmlandRecorder })).rejects.toMatchObject({
      code: 'REQUEST.UNKNOWN_FIELD',
      field: 'colour',
    });
    await expect(executor.execute({ command: 'AdoptPlan', data: { planId, party: 17, decidedOn: '2022', decidedBy: 'KF' }, source }, { principal: varmlandRecorder })).rejects.toMatchObject({
      code: 'REQUEST.INVALID_TYPE',
      field: 'party',
      rule: 'string',
    });
    await expect(executor.execute({ ...adoptionBy('kommun:1784'), source: undefined }, { principal: varmlandRecorder })).rejects.toMatchObject({ code: 'SOURCE.MISSING', field: 'source.title' });
    await expect(executor.execute({ ...adoptionBy('kommun:1784'), source: { title: 'x', pages: 3 } }, { principal: varmlandRecorder })).rejects.toMatchObject({
      code: 'REQUEST.UNKNOWN_FIELD',
      field: 'source.pages',
    });
    await expect(executor.execute({ command: 'DeletePlan', data: {}, source }, { principal: varmlandRecorder })).rejects.toMatchObject({ code: 'REQUEST.UNKNOWN_COMMAND' });
    expect(await countEvents()).toBe(1);
  });
});
