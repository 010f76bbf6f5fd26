import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../ledger/domain/domain-error.js';
import { ErrorBodyDto } from '../ledger/http/api-docs.js';
import { commandContextOf, type CommandRequest } from '../ledger/http/command-request.js';
import { validateDto } from '../ledger/validation/validate-dto.js';
import { ApiKeyService } from './api-key.service.js';
import type { CreatedApiKey } from './api-keys.js';
import { CreateApiKeyData } from './create-api-key.dto.js';

@ApiTags('åtkomst')
@Controller('access')
export class AccessController {
  constructor(private readonly keys: ApiKeyService) {}

  @Post('keys')
  @ApiOperation({ summary: 'Skapa en API-nyckel (bara admin). Nyckeln visas en gång; liggaren sparar bara dess SHA-256.' })
  @ApiBearerAuth()
  @ApiBody({
    type: CreateApiKeyData,
    examples: {
      recorder: { summary: 'Samordnare som registrerar för Värmlands län, Region Värmland och länets kommuner', value: { name: 'varmland-samordnare', role: 'recorder', scope: ['lan:17'] } },
      reader: { summary: 'Läsnyckel när READ_ACCESS=authenticated', value: { name: 'forskare-uu', role: 'reader' } },
    },
  })
  @ApiCreatedResponse({ description: '{ key, keyId, name, role, scope, principal, eventId }' })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Namnet är upptaget' })
  async create(@Body() body: unknown, @Req() request: CommandRequest): Promise<CreatedApiKey> {
    const context = commandContextOf(request);
    if (context.principal.role !== 'admin') {
      throw new DomainError('AUTH.FORBIDDEN', `Bara en admin-nyckel får skapa nycklar, inte ${context.principal.id}`, 'Authorization', 'admin-only');
    }
    validateDto(CreateApiKeyData, body);
    return this.keys.create(body as CreateApiKeyData, context.principal.id, context.correlationId);
  }
}
