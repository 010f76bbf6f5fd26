import { Controller, HttpCode, Inject, Post, Req, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/domain/principal.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { ProjectionRunner } from '../projections/projection-runner.js';

@ApiTags('drift')
@Controller('admin')
@UseFilters(QueryExceptionFilter)
export class RebuildController {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  @Post('rebuild')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Bygg om alla läsmodeller från position noll (bara admin); de gamla svarar tills de nya byts in i ett svep' })
  @ApiOkResponse({ description: '{ events, ledgerEvents, checkpoint, durationMs, eventsPerSecond }' })
  @ApiForbiddenResponse({ description: 'Nyckeln är inte en admin-nyckel' })
  async rebuild(@Req() request: { principal?: Principal }) {
    const principal = request.principal;
    if (principal?.role !== 'admin') {
      throw new DomainError('AUTH.FORBIDDEN', `Bara en admin-nyckel får bygga om läsmodellerna${principal ? `, inte ${principal.id}` : ''}`, 'Authorization', 'admin-only');
    }
    return this.runner.rebuild();
  }
}
