import { Controller, Get, Inject, Param, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { indicatorOrThrow } from '../indicators/domain/indicator-query.js';
import { answerAt } from '../projections/http/query-answer.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { QueryReader } from '../projections/http/query-reader.js';
import { MIN_POSITION_QUERY, readGate } from '../projections/http/read-gate.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { ReconciliationService } from './reconciliation.service.js';

@ApiTags('frågor')
@Controller('indicators')
@UseFilters(QueryExceptionFilter)
export class ReconciliationController {
  constructor(
    @Inject(ReconciliationService) private readonly reconciliation: ReconciliationService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  @Get(':id/reconciliation')
  @ApiOperation({
    summary: 'Härlett värde bredvid varje publicerad siffra för samma indikator och år, med skillnaden',
    description: 'En publicerad andel i procent jämförs med den härledda andelen, ett antal med antalet; svaret säger vilket och varför.',
  })
  @ApiParam({ name: 'id', example: 'lan-med-handlingsplan' })
  @ApiQuery({ name: 'cutoff', required: false, example: '12-31' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiOkResponse({ description: '{ indicatorId, title, rows: [{ year, figure, derived, comparedAs, basis, published, derivedValue, difference, explanation }] }' })
  async reconcile(@Param('id') id: string, @Query() raw: Record<string, unknown>) {
    indicatorOrThrow(id);
    const q = new QueryReader(raw, ['cutoff']);
    const asOf = q.asOf();
    const cutoff = q.monthDay('cutoff');
    await readGate(this.runner, q.minPosition());
    return answerAt(this.runner, asOf, this.reconciliation.reconcile(id, asOf, cutoff));
  }
}
