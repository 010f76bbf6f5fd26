import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiGatewayTimeoutResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { QueryExceptionFilter } from '../projections/http/query-exception.filter.js';
import { CONTENT_TYPES, contentDisposition } from './domain/report-file.js';
import { REPORT_FORMATS } from './domain/report-query.js';
import { TrendReportService } from './trend-report.service.js';

@ApiTags('rapporter')
@UseFilters(QueryExceptionFilter)
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
  @ApiGatewayTimeoutResponse({ description: 'Läsmodellerna har inte kommit ikapp; försök igen strax' })
  async trend(@Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const query = this.reports.parse(raw);
    const body = await this.reports.render(query);
    reply.header('Content-Type', CONTENT_TYPES[query.format]);
    reply.header('Content-Disposition', contentDisposition(query));
    return body;
  }
}
