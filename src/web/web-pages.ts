import type { Clock } from '../config/clock.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { statusOfCode } from '../ledger/http/error-status.js';
import { answerKey } from '../projections/http/answer-cache.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import { parseAsOf, type AsOf } from './as-of.js';
import { auditBody } from './audit/audit-page.js';
import { dashboardBody, lanTable } from './dashboard/dashboard-page.js';
import { html, type SafeHtml } from './html.js';
import { lanBody } from './lan/lan-page.js';
import { PageCache } from './page-cache.js';
import { pageLink, renderPage, type PageQuery } from './layout.js';
import type { AuditReader } from './read/audit-reader.js';
import type { DashboardReader } from './read/dashboard-reader.js';
import type { LanReader } from './read/lan-reader.js';

/** A rendered page and how to send it. */
export interface PageResult {
  readonly status: number;
  readonly html: string;
  /** Embeddable in other sites' frames. */
  readonly embed: boolean;
}

interface PageContext {
  readonly path: string;
  readonly query: PageQuery;
  readonly asOf: AsOf;
  /** Record time for the read side: epoch ms, or null for now. */
  readonly asOfMs: number | null;
  readonly embed: boolean;
  readonly position: number | null;
}

const hiddenFields = (query: PageQuery, names: readonly string[]): SafeHtml =>
  html`${names.filter((n) => query[n]).map((n) => html`<input type="hidden" name="${n}" value="${query[n]}">`)}`;

/** Renders each page: reads the query, waits for the caller's own write, reads the models, fills the layout. */
export class WebPages {
  private readonly pages = new PageCache();

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly dashboardReader: DashboardReader,
    private readonly lanReader: LanReader,
    private readonly auditReader: AuditReader,
    private readonly clock: Clock,
  ) {}

  dashboard(query: PageQuery): Promise<PageResult> {
    return this.page('/', query, async (ctx) => {
      const view = await this.dashboardReader.read(ctx.asOfMs, ctx.asOf.at.getUTCFullYear());
      const asOfQuery = ctx.asOf.requested ? `?asOf=${encodeURIComponent(ctx.asOf.requested)}` : '';
      return { title: 'Omställningen till nära vård i Sverige', lead: 'Beslut om målbilder, handlingsplaner och insatser i landets 21 län, år för år.', liveUrl: '/events/live', body: dashboardBody(view, asOfQuery) };
    }, { also: '' });
  }

  lanIndex(query: PageQuery): Promise<PageResult> {
    return this.page('/lan', query, async (ctx) => ({
      title: 'Länen',
      lead: 'Välj ett län för att se dess planer, antaganden, tidslinje och insatser.',
      liveUrl: '/events/live',
      body: html`<div id="lanlista" data-live-region>${lanTable(this.dashboardReader.lans(ctx.asOfMs))}</div>`,
    }), { also: '' });
  }

  /** `origin` (https://host) makes the embed code absolute, for pasting on another site. */
  lan(code: string, query: PageQuery, origin = ''): Promise<PageResult> {
    return this.page(`/lan/${code}`, query, async (ctx) => {
      const filters = { kind: query.kind ?? '', program: query.program ?? '', focusArea: query.focusArea ?? '', year: query.year ?? '' };
      const year = ctx.asOf.at.getUTCFullYear();
      const view = await this.lanReader.read(code, filters, ctx.asOfMs, year, year);
      const asOfPart = ctx.asOf.requested ? `&asOf=${encodeURIComponent(ctx.asOf.requested)}` : '';
      const withAsOf = { ...view, trendReportHref: view.trendReportHref + asOfPart };
      return {
        title: view.name,
        lead: `Omställningen till nära vård i ${view.name}: planer, antaganden och insatser.`,
        liveUrl: `/events/live?lan=lan%3A${code}`,
        body: lanBody(withAsOf, ctx.path, hiddenFields(query, ['asOf', 'embed']), ctx.embed, origin),
      };
    }, { also: origin });
  }

  audit(query: PageQuery): Promise<PageResult> {
    return this.page('/audit', query, async (ctx) => {
      const before = query.before && /^\d+$/.test(query.before) ? Number(query.before) : null;
      const filters = { principal: query.principal ?? '', stream: query.stream ?? '', type: query.type ?? '' };
      const { nextBefore, ...view } = await this.auditReader.read({ filters, before, asOf: ctx.asOfMs });
      const olderHref = nextBefore !== null ? pageLink('/audit', query, { before: String(nextBefore) }) : null;
      const newerHref = before !== null ? pageLink('/audit', query, { before: undefined }) : null;
      return {
        title: 'Granskning',
        lead: 'Varje händelse i liggaren med vem som registrerade den, när och på vilken källa, och en kontroll av att inget ändrats i efterhand.',
        liveUrl: '/events/live',
        body: auditBody({ ...view, olderHref, newerHref }, hiddenFields(query, ['asOf'])),
      };
    });
  }

  /**
   * `cached` pages are kept per checkpoint (see PageCache), keyed by their
   * query, the day (a live page reads "now") and `also`, whatever else
   * they depend on; a page that changes between checkpoints is not cached.
   */
  private async page(
    path: string,
    query: PageQuery,
    content: (ctx: PageContext) => Promise<{ title: string; lead: string; liveUrl: string | null; body: SafeHtml }>,
    cached: { readonly also: string } | null = null,
  ): Promise<PageResult> {
    const embed = query.embed === '1';
    try {
      const asOf = parseAsOf(query.asOf, this.clock.now());
      await this.ownWrite(query.minPosition);
      const position = this.runner.checkpoint;
      const key = cached ? `${answerKey(path, query)}#${asOf.live ? asOf.at.toISOString().slice(0, 10) : ''}#${cached.also}` : null;
      const kept = key !== null ? this.pages.get(key, position) : undefined;
      if (kept !== undefined) return { status: 200, embed, html: kept };
      const ctx: PageContext = { path, query, asOf, asOfMs: asOf.live ? null : asOf.at.getTime(), embed, position };
      const { title, lead, liveUrl, body } = await content(ctx);
      const page = renderPage({ title, lead, path, query, asOf, embed, liveUrl, position, body });
      if (key !== null) this.pages.set(key, position, page);
      return { status: 200, embed, html: page };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.errorPage(path, query, embed, error);
    }
  }

  /** A page asked for after a write (the live script passes the event's position) shows that write; a position never written is ignored. */
  private async ownWrite(minPosition: string | undefined): Promise<void> {
    if (!minPosition || !/^\d{1,16}$/.test(minPosition)) return;
    await this.runner.waitForRecorded(Number(minPosition)).catch(() => undefined);
  }

  private errorPage(path: string, query: PageQuery, embed: boolean, error: DomainError): PageResult {
    const status = statusOfCode(error.code);
    const asOf = { at: this.clock.now(), requested: null, live: true };
    const body = html`<p role="alert">${error.message}</p><p><a href="/">Till översikten</a></p>`;
    const title = status === 404 ? 'Sidan finns inte' : 'Felaktig förfrågan';
    return { status, embed, html: renderPage({ title, path, query: { ...query, asOf: undefined }, asOf, embed, liveUrl: null, position: this.runner.checkpoint, body }) };
  }
}
