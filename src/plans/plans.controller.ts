import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { PlansState } from '../adoption/domain/plans-state.js';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CommandExecutor } from '../ledger/commands/command-executor.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { foldEvents } from '../ledger/domain/decider.js';
import { streams } from '../ledger/domain/streams.js';
import { PLAN_KINDS, PLAN_SCOPES } from '../ledger/domain/vocabulary.js';
import { ApiCommand } from '../ledger/http/api-docs.js';
import { answer, commandContextOf, envelopeOf, type CommandRequest, type HttpCommandContext } from '../ledger/http/command-request.js';
import { generatedId } from '../ledger/http/generated-id.js';
import { oneOfQuery, page, parseListQuery, textQuery } from '../ledger/http/list-query.js';
import { readAggregate } from '../ledger/read/read-aggregate.js';
import { caughtUpWithStore } from '../projections/caught-up-with-store.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { PROJECTIONS } from '../projections/ledger-projections.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { isPlainObject } from '../ledger/validation/validate-dto.js';
import { planDecider } from './domain/decide-plan.js';
import type { PlanEventWithId } from './domain/plan-state.js';
import { AdoptPlanBody, InitiatePlanBody, PLAN_EXAMPLES, ProposePlanBody, RevisePlanBody, SupersedePlanBody, WithdrawPlanBody } from './plan-bodies.dto.js';
import { planDetails, type PlanDetails } from './plan-details/plan-details.js';
import { listPlans, type PlanListFilter } from './plan-list/plan-list.js';

const STATUSES = ['initiated', 'proposed', 'partially_adopted', 'adopted', 'superseded', 'withdrawn'];

@ApiTags('planer')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly actors: ActorRegistry,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @ApiCommand({ summary: 'Registrera en plan (styrdokument)', body: InitiatePlanBody, examples: PLAN_EXAMPLES.initiate })
  async initiate(@Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const context = commandContextOf(request);
    const withId = isPlainObject(body) && !('planId' in body) ? { ...body, planId: generatedId(body.title, context.principal.id, context.idempotencyKey) } : body;
    return this.record(envelopeOf('InitiatePlan', withId), context, reply);
  }

  @Post(':planId/proposals')
  @ApiCommand({ summary: 'Registrera att ett förslag lades fram', body: ProposePlanBody, examples: PLAN_EXAMPLES.propose })
  propose(@Param('planId') planId: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record(envelopeOf('ProposePlan', body, { planId }), commandContextOf(request), reply);
  }

  @Post(':planId/adoptions')
  @ApiCommand({
    summary: 'Registrera en parts beslut att anta/godkänna planen',
    description: 'Varje part beslutar för sig, på sitt datum, i sitt organ. En plan är helt antagen när sista parten har beslutat.',
    body: AdoptPlanBody,
    examples: PLAN_EXAMPLES.adopt,
  })
  adopt(@Param('planId') planId: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record(envelopeOf('AdoptPlan', body, { planId }), commandContextOf(request), reply);
  }

  @Post(':planId/revisions')
  @ApiCommand({ summary: 'Registrera en revidering (ny version)', body: RevisePlanBody, examples: PLAN_EXAMPLES.revise })
  revise(@Param('planId') planId: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record(envelopeOf('RevisePlan', body, { planId }), commandContextOf(request), reply);
  }

  @Post(':planId/supersession')
  @ApiCommand({ summary: 'Registrera att planen ersattes av en annan plan', body: SupersedePlanBody, examples: PLAN_EXAMPLES.supersede })
  supersede(@Param('planId') planId: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record(envelopeOf('SupersedePlan', body, { planId }), commandContextOf(request), reply);
  }

  @Post(':planId/withdrawal')
  @ApiCommand({ summary: 'Registrera att planen återkallades', body: WithdrawPlanBody, examples: PLAN_EXAMPLES.withdraw })
  withdraw(@Param('planId') planId: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record(envelopeOf('WithdrawPlan', body, { planId }), commandContextOf(request), reply);
  }

  @Get()
  @UseFilters(QueryExceptionFilter)
  @ApiOperation({ summary: 'Planer, filtrerade på slag, omfattning, län, status eller part' })
  @ApiQuery({ name: 'kind', required: false, enum: PLAN_KINDS })
  @ApiQuery({ name: 'scope', required: false, enum: PLAN_SCOPES })
  @ApiQuery({ name: 'lan', required: false, example: 'lan:17' })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'party', required: false, example: 'kommun:1784' })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  async list(@Query() query: unknown) {
    const { limit, offset, ...filter } = parseListQuery(query, {
      kind: oneOfQuery(PLAN_KINDS),
      scope: oneOfQuery(PLAN_SCOPES),
      lan: textQuery,
      status: oneOfQuery(STATUSES),
      party: textQuery,
    });
    const { items, ...paging } = page(listPlans(await this.plansNow(), filter as PlanListFilter), { limit, offset });
    return { ...paging, plans: items };
  }

  @Get(':planId')
  @ApiOperation({ summary: 'En plan: läge och varje parts beslut (ETag: strömmens revision)' })
  @ApiParam({ name: 'planId', example: 'varmland-malbild-2022' })
  @ApiOkResponse({ description: 'Planen som liggaren nu läser den (rättelser tillämpade, återtagna händelser borta)' })
  async get(@Param('planId') planId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PlanDetails> {
    const { events, revision } = await readAggregate<PlanEventWithId>(this.store, streams.plan(planId));
    const plan = foldEvents(planDecider, events);
    if (!plan.exists) throw new DomainError('PLAN.NOT_FOUND', `Planen "${planId}" finns inte`, 'planId', 'known-plan');
    reply.header('ETag', `"${revision}"`);
    return planDetails(plan, this.actors, revision);
  }

  /** The runner's plans once it has applied every write the store holds: a list read after a write sees it. */
  private async plansNow(): Promise<PlansState> {
    await caughtUpWithStore(this.runner, this.store);
    return this.runner.state<PlansState>(PROJECTIONS.plans);
  }

  private async record(envelope: unknown, context: HttpCommandContext, reply: FastifyReply) {
    return answer(reply, await this.executor.execute(envelope, context), context.correlationId);
  }
}
