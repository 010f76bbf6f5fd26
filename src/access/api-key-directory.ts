import { timingSafeEqual } from 'node:crypto';
import type { EventStore } from '../event-store/event-store.port.js';
import { apiKeyRecordsOf, hashApiKey, keyIdOf, principalIdOfKey, readApiKeyEvents } from './api-keys.js';
import type { ApiKeyRecord } from './domain/decide-api-key.js';
import type { Principal } from './domain/principal.js';

/** The principal of the admin key given in the environment. */
export const ENV_ADMIN_PRINCIPAL = 'env:ADMIN_API_KEY';

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Answers "whose key is this?". Keys are read from the `access-keys` stream and
 * cached; an unknown key id makes it read what was appended since, so a key
 * created on another replica works at once.
 */
export class ApiKeyDirectory {
  private readonly byKeyId = new Map<string, ApiKeyRecord>();
  private nextRevision = 0;
  private refreshing: Promise<void> | null = null;
  private readonly adminKeyHash: string | null;

  constructor(
    private readonly store: EventStore,
    adminKey: string | null,
  ) {
    this.adminKeyHash = adminKey === null ? null : hashApiKey(adminKey);
  }

  async authenticate(token: string): Promise<Principal | null> {
    const hash = hashApiKey(token);
    if (this.adminKeyHash !== null && sameHash(hash, this.adminKeyHash)) {
      return { id: ENV_ADMIN_PRINCIPAL, role: 'admin', scope: [] };
    }
    const keyId = keyIdOf(token);
    if (keyId === null) return null;
    if (!this.byKeyId.has(keyId)) {
      // A read already under way may have started before this key was created.
      const joined = this.refreshing !== null;
      await this.refresh();
      if (joined && !this.byKeyId.has(keyId)) await this.refresh();
    }
    const record = this.byKeyId.get(keyId);
    if (!record || !sameHash(hash, record.keyHash)) return null;
    return { id: principalIdOfKey(record.name), role: record.role, scope: record.scope };
  }

  /** Reads keys appended since the last read; concurrent callers share one read. */
  refresh(): Promise<void> {
    this.refreshing ??= this.readNewKeys().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async readNewKeys(): Promise<void> {
    const events = await readApiKeyEvents(this.store, this.nextRevision);
    for (const record of apiKeyRecordsOf(events)) this.byKeyId.set(record.keyId, record);
    if (events.length > 0) this.nextRevision = events[events.length - 1].revision + 1;
  }
}
