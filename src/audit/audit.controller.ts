import { Controller, Get, Inject, Param, Query, UseFilters } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LEDGER_EVENT_TYPES } from '../ledger/domain/ledger-event.js';
import { asOfText } from '../projections/http/query-answer.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { QueryReader } from '../projections/http/query-reader.js';
import { MIN_POSITION_QUERY, readGate } from '../projections/http/read-gate.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { AuditService } from './audit.service.js';

function typesOf(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim());
  const unknown = types.find((t) => !(LEDGER_EVENT_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) {
    throw new DomainError('QUERY.UNKNOWN_VALUE', `type: "${unknown}" är ingen händelsetyp; välj bland ${LEDGER_EVENT_TYPES.join(', ')}`, 'type', 'vocabulary');
  }
  return types;
}

@ApiTags('granskning')
@Controller('audit')
@UseFilters(QueryExceptionFilter)
export class AuditController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'Alla händelser med metadata: vem registrerade vad, när, på vilken källa; filtrerade och sidade, med totalt antal' })
  @ApiQuery({ name: 'stream', required: false, example: 'plan-varmland-malbild-2022' })
  @ApiQuery({ name: 'principal', required: false, example: 'key:varmland-samordnare' })
  @ApiQuery({ name: 'type', required: false, example: 'RecordCorrected,RecordRetracted', description: 'En eller flera händelsetyper, kommaseparerade' })
  @ApiQuery({ name: 'from', required: false, description: 'Registreringstid från (datum eller ISO-tid)' })
  @ApiQuery({ name: 'to', required: false, description: 'Registreringstid till (datum eller ISO-tid)' })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor från föregående sida' })
  @ApiQuery({ name: 'limit', required: false, example: 50, description: '1–500' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiOkResponse({ description: '{ total, items: [{ id, type, stream, revision, position, data, metadata }], nextCursor }' })
  async events(@Query() raw: Record<string, unknown>) {
    const q = new QueryReader(raw, ['stream', 'principal', 'type', 'from', 'to', 'order', 'cursor', 'limit']);
    const query = {
      stream: q.text('stream'),
      principal: q.text('principal'),
      types: typesOf(q.text('type')),
      from: q.instant('from'),
      to: q.instant('to'),
      order: q.oneOf('order', ['asc', 'desc'] as const),
      cursor: q.integer('cursor', 0, Number.MAX_SAFE_INTEGER),
      limit: q.integer('limit', 1, 500) ?? 50,
      asOf: q.asOf(),
    };
    await readGate(this.runner, q.minPosition());
    return { asOf: asOfText(query.asOf), position: this.runner.checkpoint, ...(await this.audit.events(query)) };
  }

  @Get('streams/:stream')
  @ApiOperation({ summary: 'En ströms alla händelser med metadata, med rättelser och återtaganden bredvid det de ändrar' })
  @ApiParam({ name: 'stream', example: 'plan-varmland-malbild-2022' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiNotFoundResponse({ description: 'Strömmen finns inte' })
  async stream(@Param('stream') stream: string, @Query() raw: Record<string, unknown>) {
    const q = new QueryReader(raw, []);
    const asOf = q.asOf();
    await readGate(this.runner, q.minPosition());
    return { asOf: asOfText(asOf), ...(await this.audit.stream(stream, asOf)) };
  }

  @Get('verify')
  @ApiOperation({ summary: 'Räknar om varje ströms hashkedja från lagret och namnger den första brutna länken (händelse och ström)' })
  @ApiOkResponse({ description: '{ ok, events, streams, brokenLinks, firstBroken: { eventId, stream, revision, position, problem, message } | null }' })
  async verify() {
    return this.audit.verify();
  }
}
