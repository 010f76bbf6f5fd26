import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { InitiativesState } from '../indicators/domain/initiatives-state.js';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CommandExecutor } from '../ledger/commands/command-executor.js';
import type { LedgerCommand } from '../ledger/domain/commands.js';
import { foldEvents } from '../ledger/domain/decider.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { streams } from '../ledger/domain/streams.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PROGRAMS, TARGET_GROUPS } from '../ledger/domain/vocabulary.js';
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
import { initiativeDecider } from './domain/decide-initiative.js';
import type { InitiativeEventWithId } from './domain/initiative-state.js';
import { INITIATIVE_EXAMPLES, InitiativeTransitionBody, RegisterInitiativeBody } from './initiative-bodies.dto.js';
import { initiativeDetails, type InitiativeDetails } from './initiative-details/initiative-details.js';
import { listInitiatives, type InitiativeListFilter } from './initiative-list/initiative-list.js';

const STAGES = ['registered', 'decided', 'started', 'scaled_up', 'made_permanent', 'ended'];
type Transition = Exclude<Extract<LedgerCommand['command'], `${string}Initiative${string}`>, 'RegisterInitiative'>;

@ApiTags('insatser')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly actors: ActorRegistry,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @ApiCommand({ summary: 'Registrera ett arbetssätt eller en insats', body: RegisterInitiativeBody, examples: INITIATIVE_EXAMPLES.register })
  register(@Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const context = commandContextOf(request);
    const withId = isPlainObject(body) && !('initiativeId' in body) ? { ...body, initiativeId: generatedId(body.title, context.principal.id, context.idempotencyKey) } : body;
    return this.record(envelopeOf('RegisterInitiative', withId), context, reply);
  }

  @Post(':initiativeId/decision')
  @ApiCommand({ summary: 'Registrera beslutet att genomföra insatsen', body: InitiativeTransitionBody, examples: INITIATIVE_EXAMPLES.decided })
  decide(@Param('initiativeId') id: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.transition('DecideInitiative', id, body, request, reply);
  }

  @Post(':initiativeId/start')
  @ApiCommand({ summary: 'Registrera att insatsen startade', body: InitiativeTransitionBody, examples: INITIATIVE_EXAMPLES.started })
  start(@Param('initiativeId') id: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.transition('StartInitiative', id, body, request, reply);
  }

  @Post(':initiativeId/scale-up')
  @ApiCommand({ summary: 'Registrera breddinförande', body: InitiativeTransitionBody, examples: INITIATIVE_EXAMPLES.scaledUp })
  scaleUp(@Param('initiativeId') id: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.transition('ScaleUpInitiative', id, body, request, reply);
  }

  @Post(':initiativeId/permanence')
  @ApiCommand({ summary: 'Registrera att insatsen blev ordinarie verksamhet', body: InitiativeTransitionBody, examples: INITIATIVE_EXAMPLES.madePermanent })
  makePermanent(@Param('initiativeId') id: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.transition('MakeInitiativePermanent', id, body, request, reply);
  }

  @Post(':initiativeId/end')
  @ApiCommand({ summary: 'Registrera att insatsen avslutades (kräver att den har startat)', body: InitiativeTransitionBody, examples: INITIATIVE_EXAMPLES.ended })
  end(@Param('initiativeId') id: string, @Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.transition('EndInitiative', id, body, request, reply);
  }

  @Get()
  @UseFilters(QueryExceptionFilter)
  @ApiOperation({ summary: 'Insatser, filtrerade på slag, program, län, huvudman, steg, målgrupp eller fokusområde' })
  @ApiQuery({ name: 'kind', required: false, enum: INITIATIVE_KINDS })
  @ApiQuery({ name: 'program', required: false, enum: PROGRAMS })
  @ApiQuery({ name: 'lan', required: false, example: 'lan:17' })
  @ApiQuery({ name: 'owner', required: false, example: 'kommun:1784' })
  @ApiQuery({ name: 'stage', required: false, enum: STAGES })
  @ApiQuery({ name: 'targetGroup', required: false, enum: TARGET_GROUPS })
  @ApiQuery({ name: 'focusArea', required: false, enum: FOCUS_AREAS })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  async list(@Query() query: unknown) {
    const { limit, offset, ...filter } = parseListQuery(query, {
      kind: oneOfQuery(INITIATIVE_KINDS),
      program: oneOfQuery(PROGRAMS),
      lan: textQuery,
      owner: textQuery,
      stage: oneOfQuery(STAGES),
      targetGroup: oneOfQuery(TARGET_GROUPS),
      focusArea: oneOfQuery(FOCUS_AREAS),
    });
    const { items, ...paging } = page(listInitiatives(await this.initiativesNow(), filter as InitiativeListFilter), { limit, offset });
    return { ...paging, initiatives: items };
  }

  @Get(':initiativeId')
  @ApiOperation({ summary: 'En insats med huvudmän och varje steg med beslutsdatum (ETag: strömmens revision)' })
  @ApiParam({ name: 'initiativeId', example: 'arvika-mobilt-narsjukvardsteam' })
  async get(@Param('initiativeId') initiativeId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<InitiativeDetails> {
    const { events, revision } = await readAggregate<InitiativeEventWithId>(this.store, streams.initiative(initiativeId));
    const initiative = foldEvents(initiativeDecider, events);
    if (!initiative.exists) throw new DomainError('INITIATIVE.NOT_FOUND', `Insatsen "${initiativeId}" finns inte`, 'initiativeId', 'known-initiative');
    reply.header('ETag', `"${revision}"`);
    return initiativeDetails(initiative, this.actors, revision);
  }

  private transition(command: Transition, initiativeId: string, body: unknown, request: CommandRequest, reply: FastifyReply) {
    return this.record(envelopeOf(command, body, { initiativeId }), commandContextOf(request), reply);
  }

  /** The runner's initiatives once it has applied every write the store holds: a list read after a write sees it. */
  private async initiativesNow(): Promise<InitiativesState> {
    await caughtUpWithStore(this.runner, this.store);
    return this.runner.state<InitiativesState>(PROJECTIONS.initiatives);
  }

  private async record(envelope: unknown, context: HttpCommandContext, reply: FastifyReply) {
    return answer(reply, await this.executor.execute(envelope, context), context.correlationId);
  }
}
