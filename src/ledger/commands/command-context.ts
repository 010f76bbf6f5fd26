import type { Principal } from '../../access/domain/principal.js';

/** Who sends a command and how: what HTTP headers or an importer supply besides the command itself. */
export interface CommandContext {
  /**
   * Who acts. A Principal from an API key; a plain string is a trusted local
   * caller (the importer: `import:<file>`, the CLI: `cli:<user>`) acting as admin.
   */
  readonly principal: Principal | string;
  /** Same key, same principal: the command writes once and every retry gets the first answer. */
  readonly idempotencyKey?: string;
  /** Ties the events to a conversation (`X-Correlation-Id`); generated when absent. */
  readonly correlationId?: string;
  /** The message that caused this command; defaults to the command's own id. */
  readonly causationId?: string;
  /** `If-Match`: the stream revision the client last saw; any other current revision is a conflict. */
  readonly expectedRevision?: number;
}

/** What a command answers: where its (last) event now is. */
export interface CommandResult {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  /** True when an earlier command with the same idempotency key had already written it. */
  readonly replayed: boolean;
}
