import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { LedgerExceptionFilter } from '../../ledger/http/ledger-exception-filter.js';
import { ProjectionWaitTimeoutError } from '../projection-errors.js';

/**
 * The ledger's error bodies, plus the read side's own case: a query that
 * waited for its position in vain is answered 504 with a hint to retry.
 */
@Catch()
export class QueryExceptionFilter extends LedgerExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (exception instanceof ProjectionWaitTimeoutError) {
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      void reply.status(504).header('Retry-After', '1').send({ statusCode: 504, code: exception.code, message: exception.message, ...(exception.position === null ? {} : { field: 'minPosition' }) });
      return;
    }
    super.catch(exception, host);
  }
}
