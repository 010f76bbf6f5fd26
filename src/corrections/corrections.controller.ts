import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandExecutor } from '../ledger/commands/command-executor.js';
import type { LedgerCommand } from '../ledger/domain/commands.js';
import { ApiCommand, bodyOf } from '../ledger/http/api-docs.js';
import { answer, commandContextOf, envelopeOf, type CommandRequest } from '../ledger/http/command-request.js';
import { CorrectRecordData, RetractRecordData } from './correction-commands.dto.js';

class CorrectRecordBody extends bodyOf(CorrectRecordData, []) {}
class RetractRecordBody extends bodyOf(RetractRecordData, []) {}

const source = { title: 'Kommunfullmäktiges protokoll 2022-03-28, § 45', publisher: 'Arvika kommun' };
const eventId = '0b6f3c52-9d1e-5a4b-8c7d-2e1f0a9b8c7d';

@ApiTags('rättelser')
@Controller()
export class CorrectionsController {
  constructor(private readonly executor: CommandExecutor) {}

  @Post('corrections')
  @ApiCommand({
    summary: 'Rätta fält i en tidigare händelse',
    description: 'Originalet ligger kvar; rättelsen blir en ny händelse i samma ström. Rättade värden valideras som i det ursprungliga kommandot.',
    body: CorrectRecordBody,
    examples: {
      datum: { summary: 'Beslutsdagen var 28 mars, inte bara mars', value: { eventId, fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen', source } },
      organ: { summary: 'Fel beslutande organ', value: { eventId, fields: { decidedBy: 'kommunstyrelsen' }, reason: 'Beslutet fattades av kommunstyrelsen på delegation', source } },
    },
  })
  correct(@Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record('CorrectRecord', body, request, reply);
  }

  @Post('retractions')
  @ApiCommand({
    summary: 'Återta en händelse som inte borde ha registrerats',
    description: 'Händelsen lämnar tidslinjen men aldrig revisionen.',
    body: RetractRecordBody,
    examples: { fel_plan: { summary: 'Beslutet registrerades på fel plan', value: { eventId, reason: 'Beslutet gällde färdplanen, inte målbilden', source } } },
  })
  retract(@Body() body: unknown, @Req() request: CommandRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.record('RetractRecord', body, request, reply);
  }

  private async record(command: LedgerCommand['command'], body: unknown, request: CommandRequest, reply: FastifyReply) {
    const context = commandContextOf(request);
    return answer(reply, await this.executor.execute(envelopeOf(command, body), context), context.correlationId);
  }
}
