import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import { decideApiKey, evolveApiKeys, type ApiKeyRecord, type CreateApiKey } from './decide-api-key.js';

const actors = loadActorRegistry();
const generated = { keyId: 'a1b2c3d4e5f6', keyHash: 'f'.repeat(64) };
const given = (...keys: ApiKeyRecord[]) => ({ when: (command: CreateApiKey) => () => decideApiKey(command, keys, generated, actors) });
const varmlandRecorderKey: ApiKeyRecord = { keyId: '000000000001', name: 'varmland', role: 'recorder', scope: ['lan:17'], keyHash: 'e'.repeat(64) };
const refusedWith = (code: string, field: string) => expect.objectContaining({ code, field });

describe('creating an API key', () => {
  it('records the key\'s hash, role and scope, never the key', () => {
    expect(given().when({ name: 'varmland', role: 'recorder', scope: ['lan:17'] })()).toEqual({
      type: 'ApiKeyCreated',
      data: { keyId: 'a1b2c3d4e5f6', name: 'varmland', role: 'recorder', scope: ['lan:17'], keyHash: generated.keyHash },
    });
  });

  it('creates readers and admins without scope', () => {
    expect(given(varmlandRecorderKey).when({ name: 'journalist', role: 'reader' })().data.scope).toEqual([]);
  });

  it.each([
    [{ name: 'Värmland', role: 'recorder', scope: ['lan:17'] }, 'KEY.INVALID_NAME', 'name'],
    [{ name: 'varmland', role: 'recorder', scope: ['lan:17'] }, 'KEY.NAME_TAKEN', 'name'],
    [{ name: 'x', role: 'superuser' }, 'KEY.UNKNOWN_ROLE', 'role'],
    [{ name: 'x', role: 'recorder' }, 'KEY.SCOPE_REQUIRED', 'scope'],
    [{ name: 'x', role: 'admin', scope: ['lan:17'] }, 'KEY.SCOPE_NOT_ALLOWED', 'scope'],
    [{ name: 'x', role: 'recorder', scope: ['lan:99'] }, 'ACTOR.UNKNOWN', 'scope[0]'],
    [{ name: 'x', role: 'recorder', scope: ['lan:17', 'lan:17'] }, 'KEY.DUPLICATE_SCOPE', 'scope[1]'],
  ])('refuses %j with %s', (command, code, field) => {
    expect(given(varmlandRecorderKey).when(command)).toThrow(refusedWith(code, field));
  });

  it('folds created keys in order', () => {
    const created = given().when({ name: 'skane', role: 'recorder', scope: ['lan:12'] })();
    expect(evolveApiKeys([varmlandRecorderKey], created).map((key) => key.name)).toEqual(['varmland', 'skane']);
  });
});
