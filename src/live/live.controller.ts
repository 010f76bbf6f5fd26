import { Controller, Get, Headers, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { LiveConnections } from './live-connections.js';
import { liveEntries, type LiveSources } from './live-events.js';
import { parseLiveRequest } from './live-filter.js';

export const LIVE_SOURCES = Symbol('LiveSources');
export const LIVE_ACTORS = Symbol('LiveActors');

@ApiTags('live')
@Controller('events')
export class LiveController {
  constructor(
    @Inject(LIVE_SOURCES) private readonly sources: LiveSources,
    @Inject(LIVE_ACTORS) private readonly actors: ActorRegistry,
    @Inject(LiveConnections) private readonly connections: LiveConnections,
  ) {}

  @Get('live')
  @ApiOperation({
    summary: 'Liggarens händelser direkt, som server-sent events',
    description:
      'Varje händelse skickas som `event: ledger` med `id:` = global position och en JSON-rad (typ, ström, titel, aktörer, län, slag, en mening på svenska). ' +
      'En klient som återansluter med Last-Event-ID (eller ?lastEventId=) får allt efter den positionen, varje händelse en gång.',
  })
  @ApiQuery({ name: 'lan', required: false, description: 'Bara händelser som rör länet, t.ex. lan:17' })
  @ApiQuery({ name: 'actor', required: false, description: 'Bara händelser där aktören beslutat, t.ex. kommun:1784' })
  @ApiQuery({ name: 'kind', required: false, description: 'Plan- eller insatsslag, t.ex. malbild eller mobilt_team' })
  @ApiQuery({ name: 'lastEventId', required: false, description: 'Återuppta efter denna position' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Sätts av EventSource vid återanslutning; går före ?lastEventId=' })
  @ApiOkResponse({ description: 'text/event-stream' })
  live(
    @Query() query: Record<string, unknown>,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    const { filter, after } = parseLiveRequest(query, lastEventId, this.actors);
    reply.hijack();
    this.connections.serve(request.raw, reply.raw, liveEntries(this.sources, filter, after));
  }
}
