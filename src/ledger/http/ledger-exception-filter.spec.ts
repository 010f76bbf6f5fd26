import { jest } from '@jest/globals';
import { HttpException, Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { StoreUnavailableError } from '../../event-store/event-store.port.js';
import { DomainError } from '../domain/domain-error.js';
import { LedgerExceptionFilter } from './ledger-exception-filter.js';

function answerTo(exception: unknown, method = 'POST') {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const reply = {
    header: (name: string, value: string) => ((sent.headers[name] = value), reply),
    status: (status: number) => ((sent.status = status), reply),
    send: (body: unknown) => ((sent.body = body), reply),
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ method }) }) } as unknown as ArgumentsHost;
  new LedgerExceptionFilter().catch(exception, host);
  return sent;
}

describe('every error gets the ledger\'s error body', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each([
    ['PLAN.PARTY_NOT_A_PARTY', 400],
    ['DATE.INVALID', 400],
    ['PLAN.NOT_FOUND', 404],
    ['RECORD.NOT_FOUND', 404],
    ['TIMELINE.NOT_FOUND', 404],
    ['PLAN.PARTY_ALREADY_ADOPTED', 409],
    ['COMMAND.WRONG_REVISION', 409],
    ['AUTH.MISSING_KEY', 401],
    ['AUTH.OUT_OF_SCOPE', 403],
  ])('maps %s to %i, naming field and rule', (code, status) => {
    const sent = answerTo(new DomainError(code, 'meddelande', 'party', 'regel'));
    expect(sent).toMatchObject({ status, body: { statusCode: status, code, message: 'meddelande', field: 'party', rule: 'regel' } });
  });

  it('asks for a bearer key on 401', () => {
    expect(answerTo(new DomainError('AUTH.INVALID_KEY', 'x')).headers['WWW-Authenticate']).toBe('Bearer realm="omstallning"');
  });

  it('answers a store outage 503 with a retry hint', () => {
    const sent = answerTo(new StoreUnavailableError('ECONNREFUSED'));
    expect(sent).toMatchObject({ status: 503, body: { code: 'STORE.UNAVAILABLE' }, headers: { 'Retry-After': '5' } });
    expect(JSON.stringify(sent.body)).not.toContain('ECONNREFUSED');
  });

  it('maps Fastify\'s body errors and Nest\'s HttpExceptions by status', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { name: 'FastifyError', code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(answerTo(new HttpException(tooLarge.message, 413, { cause: tooLarge }))).toMatchObject({ status: 413, body: { code: 'REQUEST.TOO_LARGE' } });
    expect(answerTo(new NotFoundException('Cannot GET /x'), 'GET')).toMatchObject({ status: 404, body: { code: 'REQUEST.ROUTE_NOT_FOUND' } });
  });

  it('keeps an HttpException body that already has the shape', () => {
    const body = { statusCode: 400, code: 'TIMELINE.INVALID_AS_OF', message: 'asOf måste vara ett datum', field: 'asOf' };
    expect(answerTo(new HttpException(body, 400), 'GET')).toMatchObject({ status: 400, body });
  });

  it('answers anything else 500 without details', () => {
    expect(answerTo(new TypeError('cannot read x of undefined'))).toEqual({
      status: 500,
      body: { statusCode: 500, code: 'INTERNAL', message: 'Ett internt fel inträffade' },
      headers: {},
    });
  });
});
