import { Controller, Get, Header, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute } from '../access/access.module.js';
import type { Asset } from './assets.js';
import type { PageQuery } from './layout.js';
import { WebPages, type PageResult } from './web-pages.js';

export const WEB_ASSETS = Symbol('WebAssets');

const CSP_BASE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

/** Query values as single strings (a repeated parameter counts by its first value). */
function single(query: Record<string, unknown>): PageQuery {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[name] = first;
  }
  return out;
}

function send(reply: FastifyReply, page: PageResult): void {
  void reply
    .status(page.status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Content-Security-Policy', `${CSP_BASE}; frame-ancestors ${page.embed ? '*' : "'self'"}`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Referrer-Policy', 'same-origin')
    .header('Cache-Control', 'no-store')
    .send(page.html);
}

/** The web pages (Swedish, server-rendered) and their two static files. */
@ApiExcludeController()
@Controller()
export class WebController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(WEB_ASSETS) private readonly assets: ReadonlyMap<string, Asset>,
  ) {}

  @Get()
  async dashboard(@Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    send(reply, await this.pages.dashboard(single(query)));
  }

  @Get('lan')
  async lanIndex(@Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    send(reply, await this.pages.lanIndex(single(query)));
  }

  @Get('lan/:code')
  async lan(@Param('code') code: string, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    send(reply, await this.pages.lan(code, single(query), `${request.protocol}://${request.host}`));
  }

  @Get('audit')
  async audit(@Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    send(reply, await this.pages.audit(single(query)));
  }

  @Get('assets/:name')
  @PublicRoute()
  @Header('X-Content-Type-Options', 'nosniff')
  asset(@Param('name') name: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException();
    void reply.header('ETag', asset.etag).header('Cache-Control', 'no-cache').header('Content-Type', asset.contentType);
    if (request.headers['if-none-match'] === asset.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.send(asset.body);
  }
}
