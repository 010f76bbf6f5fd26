import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthService, type HealthReport } from './health.service.js';
import { PublicRoute } from '../access/access.module.js';

@ApiTags('drift')
@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when the store answers and the projections have caught up; 503 otherwise, with the reason. */
  @Get()
  @ApiOkResponse({ description: 'Tjänstens hälsa: lagret nåbart, projektionerna ikapp, eftersläpning' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
