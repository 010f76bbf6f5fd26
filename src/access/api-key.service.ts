import type { EventStore } from '../event-store/event-store.port.js';
import type { ApiKeyDirectory } from './api-key-directory.js';
import { createApiKey, type CreatedApiKey } from './api-keys.js';
import type { CreateApiKey } from './domain/decide-api-key.js';

/** Creates API keys for the CLI and for `POST /access/keys`, and makes them usable at once in this process. */
export class ApiKeyService {
  constructor(
    private readonly store: EventStore,
    private readonly clock: { now(): Date },
    private readonly directory: ApiKeyDirectory,
  ) {}

  async create(request: CreateApiKey, createdBy: string, correlationId?: string): Promise<CreatedApiKey> {
    const created = await createApiKey(this.store, request, { clock: this.clock, createdBy, correlationId });
    await this.directory.refresh();
    return created;
  }
}
