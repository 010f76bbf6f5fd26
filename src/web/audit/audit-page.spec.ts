import { html } from '../html.js';
import { auditBody } from './audit-page.js';
import type { AuditEventView, AuditPageView } from './audit-view.js';

const event = (changes: Partial<AuditEventView> = {}): AuditEventView => ({
  position: 3,
  eventId: 'evt-3',
  stream: 'plan-lan17-malbild-2022',
  revision: 2,
  type: 'PlanAdopted',
  recordedAt: '2024-05-01T10:00:00Z',
  principal: 'key:varmland',
  source: { title: 'Omställningen till nära vård', publisher: 'Region Värmland' },
  correlationId: 'c-1',
  causationId: 'c-1',
  hash: 'a'.repeat(64),
  previousHash: 'b'.repeat(64),
  data: { party: 'kommun:1784', decidedOn: '2022-03-29' },
  ...changes,
});

const view = (changes: Partial<AuditPageView> = {}): AuditPageView => ({
  verification: { ok: true, eventsChecked: 1234, streamsChecked: 56, brokenLinks: 0, problems: [], checkedAt: '2024-05-01T10:00:00Z', pending: null, interrupted: null },
  events: [event()],
  total: 1,
  filters: { principal: '', stream: '', type: '' },
  types: ['PlanAdopted'],
  olderHref: null,
  newerHref: null,
  history: null,
  ...changes,
});

describe('audit view', () => {
  it('reports an intact hash chain with what was checked', () => {
    const body = auditBody(view(), html``).value;
    expect(body).toContain('Hashkedjan är obruten');
    expect(body).toContain('1\u00a0234 händelser i 56 strömmar');
  });

  it('names where a broken chain breaks', () => {
    const broken = view({
      verification: {
        ok: false,
        eventsChecked: 10,
        streamsChecked: 2,
        brokenLinks: 1,
        checkedAt: '2024-05-01T10:00:00Z',
        problems: [{ stream: 'plan-x', revision: 4, eventId: 'evt-9', message: 'föregående hash stämmer inte' }],
        pending: null,
        interrupted: null,
      },
    });
    const body = auditBody(broken, html``).value;
    expect(body).toContain('Hashkedjan är bruten på 1 ställe.');
    expect(body).toContain('revision 4 (evt-9): föregående hash stämmer inte');
  });

  it('says how far a verification still under way has got, and why one stopped short', () => {
    const pending = { ok: true, eventsChecked: 340_000, streamsChecked: 76_000, brokenLinks: 0, problems: [], checkedAt: null, pending: { through: 340_512, head: 1_000_000 }, interrupted: null };
    const body = auditBody(view({ verification: pending }), html``).value;
    expect(body).toContain('Hashkedjan kontrolleras: inget brott hittills.');
    expect(body).toContain('340\u00a0000 händelser i 76\u00a0000 strömmar kontrollerade hittills, fram till position 340\u00a0512 av 1\u00a0000\u00a0000');
    expect(body).not.toContain('obruten');
    const stopped = auditBody(view({ verification: { ...pending, interrupted: 'Lagret svarar inte' } }), html``).value;
    expect(stopped).toContain('Kontrollen avbröts (Lagret svarar inte); den fortsätter vid nästa visning.');
  });

  it('puts a correction beside the event it corrects, with its reason', () => {
    const correction = event({
      position: 9,
      eventId: 'evt-9',
      revision: 3,
      type: 'RecordCorrected',
      data: { correctedEventId: 'evt-3', fields: { decidedOn: '2022-03-28' }, reason: 'Fel dag i källan' },
    });
    const body = auditBody(
      view({ history: { stream: 'plan-lan17-malbild-2022', title: 'Värmlands målbild', entries: [{ event: event(), amendments: [correction] }] } }),
      html``,
    ).value;
    expect(body).toMatch(/<div class="pair">[\s\S]*Revision 2: Antagen[\s\S]*Rättelse: Rättelse[\s\S]*Fel dag i källan/);
    expect(body).toContain('{&quot;decidedOn&quot;:&quot;2022-03-28&quot;}');
  });

  it('shows each event with who recorded it, the source and the hash', () => {
    const body = auditBody(view(), html``).value;
    expect(body).toContain('key:varmland');
    expect(body).toContain('Omställningen till nära vård');
    expect(body).toContain('aaaaaaaaaaaa…');
  });
});
