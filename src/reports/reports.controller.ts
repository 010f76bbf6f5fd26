import { BadRequestException, Controller, Get, Inject, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../ledger/domain/domain-error.js';
import { ProjectionWaitTimeoutError } from '../projections/projection-errors.js';
import { CONTENT_TYPES, contentDisposition } from './domain/report-file.js';
import { REPORT_FORMATS, type TrendReportQuery } from './domain/report-query.js';
import { TrendReportService } from './trend-report.service.js';

@ApiTags('rapporter')
@Controller('reports')
export class ReportsController {
  constructor(@Inject(TrendReportService) private readonly reports: TrendReportService) {}

  @Get('trend')
  @ApiOperation({
    summary: 'Trendrapport för ett årsintervall, hela landet eller ett län',
    description:
      'Sammanfattning av de största förändringarna, indikatorer per år med spann, diagram, antagande per län, tidslinje, ' +
      'avstämning mot publicerade siffror, datakvalitet och källor. HTML är en fristående fil som går att skriva ut på A4.',
  })
  @ApiQuery({ name: 'from', example: 2019, description: 'Första beslutsår' })
  @ApiQuery({ name: 'to', example: 2023, description: 'Sista beslutsår' })
  @ApiQuery({ name: 'scope', required: false, example: 'lan:17', description: 'national (standard) eller lan:NN' })
  @ApiQuery({ name: 'format', required: false, enum: REPORT_FORMATS, description: 'html (standard), md, csv eller json' })
  @ApiQuery({ name: 'asOf', required: false, example: '2023-05-01', description: 'Liggaren som den var vid denna registreringstid (datum eller ISO-tid)' })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({ description: 'Rapporten i valt format, med filnamn i Content-Disposition' })
  @ApiBadRequestResponse({ description: 'Ogiltig parameter: fältet och regeln anges' })
  @ApiServiceUnavailableResponse({ description: 'Läsmodellerna har inte kommit ikapp; försök igen strax' })
  async trend(@Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const query = this.parse(raw);
    let body: string;
    try {
      body = await this.reports.render(query);
    } catch (error) {
      if (error instanceof ProjectionWaitTimeoutError) {
        throw new ServiceUnavailableException({ statusCode: 503, code: error.code, message: error.message });
      }
      throw error;
    }
    reply.header('Content-Type', CONTENT_TYPES[query.format]);
    reply.header('Content-Disposition', contentDisposition(query));
    return body;
  }

  private parse(raw: Record<string, unknown>): TrendReportQuery {
    try {
      return this.reports.parse(raw);
    } catch (error) {
      if (error instanceof DomainError) {
        throw new BadRequestException({ statusCode: 400, code: error.code, message: error.message, field: error.field, rule: error.rule });
      }
      throw error;
    }
  }
}
