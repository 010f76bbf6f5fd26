import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { AnswerCache, answerKey } from '../projections/http/answer-cache.js';
import { cachedAnswer } from '../projections/http/query-answer.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { QueryReader } from '../projections/http/query-reader.js';
import { MIN_POSITION_QUERY, readGate } from '../projections/http/read-gate.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { indicatorOrThrow } from './domain/indicator-query.js';
import { IndicatorsService } from './indicators.service.js';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_SPAN = 50;

@ApiTags('frågor')
@Controller('indicators')
@UseFilters(QueryExceptionFilter)
export class IndicatorsController {
  private readonly answers = new AnswerCache();

  constructor(
    @Inject(IndicatorsService) private readonly indicators: IndicatorsService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(ActorRegistry) private readonly actors: ActorRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Indikatorerna: id, titel, enhet, population och beskrivning' })
  list() {
    return { indicators: this.indicators.list() };
  }

  @Get(':id/series')
  @ApiOperation({
    summary: 'Indikatorn per år: värde, population, andel och spannet säkert..möjligt där oprecisa datum ligger över brytdagen',
  })
  @ApiParam({ name: 'id', example: 'lan-med-handlingsplan' })
  @ApiQuery({ name: 'from', required: false, example: 2019 })
  @ApiQuery({ name: 'to', required: false, example: 2023 })
  @ApiQuery({ name: 'cutoff', required: false, example: '12-31', description: 'Brytdag MM-DD' })
  @ApiQuery({ name: 'lan', required: false, example: '17' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiNotFoundResponse({ description: 'Okänd indikator' })
  async series(@Param('id') id: string, @Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    indicatorOrThrow(id);
    const q = new QueryReader(raw, ['from', 'to', 'cutoff', 'lan']);
    const from = q.integer('from', MIN_YEAR, MAX_YEAR);
    const to = q.integer('to', MIN_YEAR, MAX_YEAR);
    if (from !== undefined && to !== undefined && (to < from || to - from > MAX_SPAN)) {
      throw new DomainError('QUERY.INVALID_RANGE', `from..to: ${from}..${to} måste vara stigande och högst ${MAX_SPAN} år`, 'to', 'year-range');
    }
    const query = { from, to, cutoff: q.monthDay('cutoff'), lan: q.lan('lan', this.actors) ?? null, asOf: q.asOf() };
    await readGate(this.runner, q.minPosition());
    return cachedAnswer(this.answers, this.runner, reply, answerKey(`series/${id}`, raw), query.asOf, () => this.indicators.series(id, query));
  }

  @Get(':id/yoy')
  @ApiOperation({ summary: 'Året mot året före: värden, skillnad, kvot och svenska ord ("fördubblats", "ökat", "oförändrat", …)' })
  @ApiParam({ name: 'id', example: 'lan-med-handlingsplan' })
  @ApiQuery({ name: 'year', required: false, example: 2022 })
  @ApiQuery({ name: 'cutoff', required: false, example: '12-31' })
  @ApiQuery({ name: 'lan', required: false })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiOkResponse({ description: '{ year, previousYear, current, previous, delta, ratio, phrase, sentence }' })
  async yoy(@Param('id') id: string, @Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    indicatorOrThrow(id);
    const q = new QueryReader(raw, ['year', 'cutoff', 'lan']);
    const query = { year: q.integer('year', MIN_YEAR + 1, MAX_YEAR), cutoff: q.monthDay('cutoff'), lan: q.lan('lan', this.actors) ?? null, asOf: q.asOf() };
    await readGate(this.runner, q.minPosition());
    return cachedAnswer(this.answers, this.runner, reply, answerKey(`yoy/${id}`, raw), query.asOf, () => this.indicators.yoy(id, query));
  }
}
