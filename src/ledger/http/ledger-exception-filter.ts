import { HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../domain/domain-error.js';
import type { ErrorBody } from './error-body.js';
import { statusOfCode } from './error-status.js';

const STORE_UNAVAILABLE = 'Händelselagret går inte att nå just nu. Försök igen om en stund.';
const NOTHING_RECORDED = ' Inget registrerades.';

/** Errors Fastify raises before a controller runs (body parsing), by their Fastify code. */
const FASTIFY_ERRORS: Readonly<Record<string, { code: string; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'REQUEST.TOO_LARGE', message: 'Kroppen är större än 1 MB' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'REQUEST.INVALID_JSON', message: 'Kroppen är inte giltig JSON (eller har nycklarna __proto__ eller constructor)' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', message: 'Skicka kroppen som application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'REQUEST.INVALID_JSON', message: 'Kroppen är tom men sägs vara JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'REQUEST.INVALID_JSON', message: 'Content-Length stämmer inte med kroppen' },
};

const HTTP_CODES: Readonly<Record<number, { code: string; message: string }>> = {
  404: { code: 'REQUEST.ROUTE_NOT_FOUND', message: 'Adressen finns inte' },
  405: { code: 'REQUEST.METHOD_NOT_ALLOWED', message: 'Metoden stöds inte här' },
  413: { code: 'REQUEST.TOO_LARGE', message: 'Kroppen är större än 1 MB' },
};

const hasStringCode = (value: unknown): value is { code: string; message?: string; statusCode?: number } =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';

/**
 * Turns every error into `{ statusCode, code, message, field?, rule? }`:
 * DomainError by its code, a store outage as 503, Fastify's parsing errors and
 * Nest's HttpExceptions by status. Anything else is a bug: 500, logged.
 */
export class LedgerExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Fel');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(http.getRequest<{ method: string }>().method);
    const body = this.toBody(exception, isWrite);
    if (body.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer realm="omstallning"');
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, isWrite: boolean): ErrorBody {
    if (exception instanceof DomainError) {
      const { code, message, field, rule } = exception;
      return { statusCode: statusOfCode(code), code, message, ...(field ? { field } : {}), ...(rule ? { rule } : {}) };
    }
    if (hasStringCode(exception) && exception.code === 'STORE.UNAVAILABLE') {
      this.logger.warn(`Händelselagret svarar inte: ${exception.message ?? ''}`);
      return { statusCode: 503, code: 'STORE.UNAVAILABLE', message: STORE_UNAVAILABLE + (isWrite ? NOTHING_RECORDED : '') };
    }
    // The Fastify adapter hands parsing errors over as HttpExceptions caused by the Fastify error.
    const fastifyError = exception instanceof HttpException ? exception.cause : exception;
    if (hasStringCode(fastifyError) && fastifyError.code.startsWith('FST_')) {
      const known = FASTIFY_ERRORS[fastifyError.code];
      const statusCode = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 400;
      if (known) return { statusCode: statusOfCode(known.code), ...known };
      if (statusCode < 500) return { statusCode, code: 'REQUEST.INVALID', message: `Begäran kunde inte läsas (${fastifyError.code})` };
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, code: 'INTERNAL', message: 'Ett internt fel inträffade' };
  }

  private fromHttpException(exception: HttpException): ErrorBody {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    if (hasStringCode(response) && typeof response.message === 'string') {
      return { ...(response as unknown as ErrorBody), statusCode };
    }
    const known = HTTP_CODES[statusCode];
    if (known) return { statusCode, ...known };
    const detail = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
    const message = Array.isArray(detail) ? detail.join('; ') : String(detail ?? exception.message);
    return { statusCode, code: statusCode < 500 ? 'REQUEST.INVALID' : 'INTERNAL', message };
  }
}
