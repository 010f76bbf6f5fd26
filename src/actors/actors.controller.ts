import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../ledger/domain/domain-error.js';
import { oneOfQuery, page, parseListQuery, textQuery } from '../ledger/http/list-query.js';
import { actorView, type ActorView } from './actor-view.js';
import { ACTOR_KINDS, type ActorKind } from './domain/actor.js';
import { ActorRegistry } from './domain/actor-registry.js';

@ApiTags('aktörer')
@Controller('actors')
export class ActorsController {
  constructor(private readonly actors: ActorRegistry) {}

  @Get()
  @ApiOperation({ summary: 'Aktörer: de 21 länen, 21 regionerna, 290 kommunerna och de nationella aktörerna' })
  @ApiQuery({ name: 'kind', required: false, enum: ACTOR_KINDS })
  @ApiQuery({ name: 'lan', required: false, example: 'lan:17' })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  list(@Query() query: unknown) {
    const { limit, offset, kind, lan } = parseListQuery(query, { kind: oneOfQuery(ACTOR_KINDS), lan: textQuery });
    if (typeof lan === 'string' && this.actors.get(lan)?.kind !== 'lan') {
      throw new DomainError('ACTOR.UNKNOWN', `lan: "${lan}" är inget län (t.ex. lan:17)`, 'lan', 'known-actor');
    }
    const { items, ...paging } = page(this.actors.list({ kind: kind as ActorKind | undefined, lan: lan as string | undefined }), { limit, offset });
    return { ...paging, actors: items };
  }

  @Get(':id')
  @ApiOperation({ summary: 'En aktör; för ett län även regionen och kommunerna' })
  @ApiParam({ name: 'id', example: 'region:17' })
  @ApiOkResponse({ description: 'Namn, typ, län och för ett län dess region och kommuner' })
  get(@Param('id') id: string): ActorView {
    const actor = this.actors.get(id);
    if (!actor) throw new DomainError('ACTOR.NOT_FOUND', `Aktören "${id}" finns inte (t.ex. lan:17, region:17, kommun:1784, national:skr)`, 'id', 'known-actor');
    return actorView(actor, this.actors);
  }
}
