import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandExecutor } from '../ledger/commands/command-executor.js';
import { ApiCommand, bodyOf } from '../ledger/http/api-docs.js';
import { answer, commandContextOf, envelopeOf, type CommandRequest } from '../ledger/http/command-request.js';
import { PublishFigureData } from './figure-commands.dto.js';

class PublishFigureBody extends bodyOf(PublishFigureData, []) {}

const skrReport = { title: 'Nära vård – uppföljning 2022', publisher: 'Sveriges Kommuner och Regioner' };

@ApiTags('publicerade siffror')
@Controller('figures')
export class FiguresController {
  constructor(private readonly executor: CommandExecutor) {}

  @Post()
  @ApiCommand({
    summary: 'Registrera en siffra som SKR eller Socialstyrelsen publicerade för en indikator och ett år',
    description: 'Siffran sparas bredvid det liggaren själv härleder, så att de kan stämmas av.',
    body: PublishFigureBody,
    examples: {
      andel: {
        summary: '60 % av länen hade en beslutad länsgemensam handlingsplan 2022',
        value: { indicatorId: 'lan-med-handlingsplan', year: 2022, value: 60, publisher: 'national:skr', note: '60 procent av länen, en fördubbling jämfört med 2021', source: skrReport },
      },
      antal: {
        summary: '20 av 21 län har en beslutad målbild',
        value: { indicatorId: 'lan-med-malbild', year: 2022, value: 20, numerator: 20, denominator: 21, publisher: 'national:skr', source: skrReport },
      },
    },
  })
  async publish(@Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const context = commandContextOf(request);
    return answer(reply, await this.executor.execute(envelopeOf('PublishFigure', body), context), context.correlationId);
  }
}
