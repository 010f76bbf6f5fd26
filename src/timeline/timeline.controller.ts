import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PLAN_KINDS, PROGRAMS, TARGET_GROUPS } from '../ledger/domain/vocabulary.js';
import { AnswerCache, answerKey } from '../projections/http/answer-cache.js';
import { cachedAnswer } from '../projections/http/query-answer.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { QueryReader } from '../projections/http/query-reader.js';
import { MIN_POSITION_QUERY, readGate } from '../projections/http/read-gate.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { DEFAULT_LIMIT, type TimelineCursor } from './domain/timeline-query.js';
import { TimelineService } from './timeline.service.js';

const KINDS = [...new Set<string>([...PLAN_KINDS, ...INITIATIVE_KINDS])];
const PARAMETERS = ['actor', 'lan', 'kind', 'program', 'focus', 'target', 'from', 'to', 'cursor', 'limit'];

function cursorOf(value: string | undefined): TimelineCursor | null {
  if (value === undefined) return null;
  const match = /^(-?\d+):(\d+)$/.exec(value);
  if (!match) throw new DomainError('QUERY.INVALID_CURSOR', 'cursor: använd nextCursor från föregående sida', 'cursor', 'cursor');
  return { key: Number(match[1]), position: Number(match[2]) };
}

@ApiTags('frågor')
@Controller('timeline')
@UseFilters(QueryExceptionFilter)
export class TimelineController {
  private readonly answers = new AnswerCache();

  constructor(
    @Inject(TimelineService) private readonly timeline: TimelineService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(ActorRegistry) private readonly actors: ActorRegistry,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Tidslinje över beslut i beslutstidsordning',
    description:
      'Ett oprecist datum (2022, 2022-21 = våren) sorteras efter sin första möjliga dag och visar sin precision. ' +
      'Rättade poster flyttas från rättelsens registreringstid; återtagna poster försvinner (men finns kvar i granskningen).',
  })
  @ApiQuery({ name: 'actor', required: false, example: 'kommun:1784' })
  @ApiQuery({ name: 'lan', required: false, example: '17', description: 'Länets egna beslut och dess regions och kommuners' })
  @ApiQuery({ name: 'kind', required: false, enum: KINDS, description: 'Planslag eller insatstyp' })
  @ApiQuery({ name: 'program', required: false, enum: PROGRAMS })
  @ApiQuery({ name: 'focus', required: false, enum: FOCUS_AREAS })
  @ApiQuery({ name: 'target', required: false, enum: TARGET_GROUPS })
  @ApiQuery({ name: 'from', required: false, example: '2022', description: 'Beslutstid från (EDTF); oprecisa datum som kan ligga i intervallet tas med' })
  @ApiQuery({ name: 'to', required: false, example: '2022-06', description: 'Beslutstid till (EDTF)' })
  @ApiQuery({ name: 'asOf', required: false, example: '2023-05-01', description: 'Registreringstid: som liggaren visste det då' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor från föregående sida' })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_LIMIT, description: '1–500' })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiOkResponse({ description: '{ asOf, position, items: [{ eventId, type, date, actors, plan|initiative|figure, title, body, source, corrected, … }], nextCursor }' })
  async query(@Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const q = new QueryReader(raw, PARAMETERS);
    const query = {
      actor: q.actor('actor', this.actors),
      lan: q.lan('lan', this.actors),
      kind: q.oneOf('kind', KINDS),
      program: q.oneOf('program', PROGRAMS),
      focus: q.oneOf('focus', FOCUS_AREAS),
      target: q.oneOf('target', TARGET_GROUPS),
      from: q.decisionDate('from'),
      to: q.decisionDate('to'),
      asOf: q.asOf(),
      cursor: cursorOf(q.text('cursor')),
      limit: q.integer('limit', 1, 500) ?? DEFAULT_LIMIT,
    };
    await readGate(this.runner, q.minPosition());
    return cachedAnswer(this.answers, this.runner, reply, answerKey('timeline', raw), query.asOf, () => this.timeline.query(query));
  }
}
