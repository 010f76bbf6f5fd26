import type { FastifyReply } from 'fastify';
import type { ProjectionRunner } from '../projection-runner.js';
import { JSON_TYPE, type AnswerCache } from './answer-cache.js';

/** Record time as every query answer states it: ISO text, or null for "now". */
export const asOfText = (asOf: number | null): string | null => (asOf === null ? null : new Date(asOf).toISOString());

/** A query's answer: the record time it was read at and the checkpoint it reflects, then the body. */
export function answerAt<T extends object>(runner: ProjectionRunner, asOf: number | null, body: T): { asOf: string | null; position: number | null } & T {
  return { asOf: asOfText(asOf), position: runner.checkpoint, ...body };
}

/**
 * The same answer serialized once per query and checkpoint (see AnswerCache);
 * the reply is marked JSON because the body is already bytes.
 */
export function cachedAnswer(
  answers: AnswerCache,
  runner: ProjectionRunner,
  reply: FastifyReply,
  key: string,
  asOf: number | null,
  body: () => object,
): Buffer {
  void reply.type(JSON_TYPE);
  return answers.get(key, runner.checkpoint, () => answerAt(runner, asOf, body()));
}
