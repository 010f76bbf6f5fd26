import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly store: { readonly kind: EventStore['kind']; readonly reachable: boolean; readonly error?: string };
}

@Injectable()
export class HealthService {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async report(): Promise<HealthReport> {
    try {
      await this.store.ping();
      return { status: 'ok', store: { kind: this.store.kind, reachable: true } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'degraded', store: { kind: this.store.kind, reachable: false, error: message } };
    }
  }
}
