import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { AnswerCache, answerKey } from '../projections/http/answer-cache.js';
import { answerAt, asOfText, cachedAnswer } from '../projections/http/query-answer.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { lanId, QueryReader } from '../projections/http/query-reader.js';
import { MIN_POSITION_QUERY, readGate } from '../projections/http/read-gate.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { AdoptionService } from './adoption.service.js';

@ApiTags('frågor')
@Controller()
@UseFilters(QueryExceptionFilter)
export class AdoptionController {
  private readonly answers = new AnswerCache();

  constructor(
    @Inject(AdoptionService) private readonly adoption: AdoptionService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(ActorRegistry) private readonly actors: ActorRegistry,
  ) {}

  @Get('plans/:planId/adoption')
  @ApiOperation({ summary: 'Antagande av en plan: parter som väntas och som antagit, vem som saknas, första och sista beslut, helt antagen, ledtid' })
  @ApiParam({ name: 'planId', example: 'varmland-malbild-2022' })
  @ApiQuery({ name: 'asOf', required: false, example: '2022-05-20' })
  @ApiQuery(MIN_POSITION_QUERY)
  @ApiOkResponse({ description: '{ planId, status, expected, adopted, parties, missing, firstAdoptedOn, fullyAdoptedOn, leadTimeDays, … }' })
  @ApiNotFoundResponse({ description: 'Planen fanns inte i liggaren vid asOf' })
  async plan(@Param('planId') planId: string, @Query() raw: Record<string, unknown>) {
    const q = new QueryReader(raw, []);
    const asOf = q.asOf();
    await readGate(this.runner, q.minPosition());
    const adoption = this.adoption.forPlan(planId, asOf);
    if (!adoption) throw new DomainError('PLAN.NOT_FOUND', `Planen "${planId}" finns inte i liggaren${asOf === null ? '' : ` vid ${asOfText(asOf)}`}`, 'planId', 'known-plan');
    return answerAt(this.runner, asOf, adoption);
  }

  @Get('lan/:code/adoption')
  @ApiOperation({ summary: 'Länets planer per planslag (länsgemensamma, regionens och kommunernas) med antagande' })
  @ApiParam({ name: 'code', example: '17', description: 'Länskod (17) eller lan:17' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery(MIN_POSITION_QUERY)
  async lan(@Param('code') code: string, @Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const q = new QueryReader(raw, []);
    const lan = lanId(code, 'code', this.actors);
    const asOf = q.asOf();
    await readGate(this.runner, q.minPosition());
    return cachedAnswer(this.answers, this.runner, reply, answerKey(`lan/${lan}`, raw), asOf, () => this.adoption.forLan(lan, asOf));
  }
}
