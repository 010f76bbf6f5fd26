import { randomUUID } from 'node:crypto';
import type { Principal } from '../../access/domain/principal.js';
import type { CommandContext, CommandResult } from '../commands/command-context.js';
import type { LedgerCommand } from '../domain/commands.js';
import { DomainError } from '../domain/domain-error.js';
import { isPlainObject } from '../validation/validate-dto.js';

/** The parts of a Fastify request a command needs; the access guard sets `principal`. */
export interface CommandRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  principal?: Principal;
}

export interface HeaderReply {
  header(name: string, value: string): unknown;
}

const PRINTABLE = /^[\x21-\x7e]{1,200}$/;

function header(request: CommandRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

function invalidHeader(name: string, rule: string, message: string): never {
  throw new DomainError('REQUEST.INVALID_HEADER', `${name}: ${message}`, name, rule);
}

/** `If-Match: 3`, `"3"` or `W/"3"`: the stream revision the client expects. */
function expectedRevision(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(value.trim());
  return match ? Number(match[1]) : invalidHeader('If-Match', 'revision', 'måste vara en revision, t.ex. "3"');
}

/** A command's context over HTTP: always an authenticated principal and a correlation id. */
export interface HttpCommandContext extends CommandContext {
  readonly principal: Principal;
  readonly correlationId: string;
}

/** The command context of an HTTP request: principal, Idempotency-Key, X-Correlation-Id, If-Match. */
export function commandContextOf(request: CommandRequest): HttpCommandContext {
  if (!request.principal) throw new DomainError('AUTH.MISSING_KEY', 'Registrering kräver en API-nyckel: Authorization: Bearer <nyckel>', 'Authorization', 'bearer-key');
  const idempotencyKey = header(request, 'Idempotency-Key');
  if (idempotencyKey !== undefined && !PRINTABLE.test(idempotencyKey)) invalidHeader('Idempotency-Key', 'printable-ascii', '1–200 synliga ASCII-tecken');
  const correlationId = header(request, 'X-Correlation-Id');
  if (correlationId !== undefined && !PRINTABLE.test(correlationId)) invalidHeader('X-Correlation-Id', 'printable-ascii', '1–200 synliga ASCII-tecken');
  return {
    principal: request.principal,
    idempotencyKey,
    correlationId: correlationId ?? randomUUID(),
    expectedRevision: expectedRevision(header(request, 'If-Match')),
  };
}

/**
 * Builds a command envelope from an HTTP body: `source` goes beside the data,
 * path parameters (the plan id of `/plans/{planId}/adoptions`) into it. A body
 * that repeats a path parameter is refused rather than silently overridden.
 */
export function envelopeOf(command: LedgerCommand['command'], body: unknown, pathParams: Readonly<Record<string, string>> = {}): unknown {
  if (!isPlainObject(body)) throw new DomainError('REQUEST.INVALID_TYPE', 'Kroppen måste vara ett JSON-objekt', 'body', 'object');
  const { source, ...data } = body;
  const repeated = Object.keys(pathParams).find((name) => Object.hasOwn(data, name));
  if (repeated) throw new DomainError('REQUEST.UNKNOWN_FIELD', `${repeated} anges i adressen, inte i kroppen`, repeated, 'known-field');
  return { command, data: { ...data, ...pathParams }, source };
}

/** What a command answers over HTTP (201). */
export interface CommandAnswer {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
}

/** The answer body, with the new revision as ETag and the correlation id echoed. */
export function answer(reply: HeaderReply, result: CommandResult, correlationId: string): CommandAnswer {
  reply.header('ETag', `"${result.revision}"`);
  reply.header('X-Correlation-Id', correlationId);
  if (result.replayed) reply.header('Idempotent-Replayed', 'true');
  return { eventId: result.eventId, stream: result.stream, revision: result.revision, position: result.position };
}
