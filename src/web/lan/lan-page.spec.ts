import { html } from '../html.js';
import { lanBody } from './lan-page.js';
import type { LanPageView, PlanAdoptionView } from './lan-view.js';

const plan = (changes: Partial<PlanAdoptionView> = {}): PlanAdoptionView => ({
  planId: 'lan17-malbild-2022',
  title: 'Värmlands målbild',
  kind: 'malbild',
  scopeLabel: 'Länsgemensam',
  status: 'active',
  expected: 17,
  adopted: Array.from({ length: 17 }, (_, i) => ({ partyName: `Part ${i + 1}`, decidedOn: '2022-04-25', decidedBy: 'Fullmäktige' })),
  missing: [],
  fullyAdoptedOn: '2022-06-16',
  chartSvg: '<svg role="img"></svg>',
  ...changes,
});

const view = (plans: PlanAdoptionView[]): LanPageView => ({
  code: '17',
  name: 'Värmlands län',
  parties: 'Region Värmland och 16 kommuner',
  plans,
  timeline: [],
  timelineTruncated: false,
  filters: { kind: '', program: '', focusArea: '', year: '', kinds: [], programs: [], focusAreas: [], years: [] },
  initiatives: [],
  trendReportHref: '/reports/trend?scope=lan%3A17&format=html',
});

describe('län page', () => {
  it('shows a fully adopted plan as 17 of 17 with the date and the step curve', () => {
    const body = lanBody(view([plan()]), '/lan/17', html``, false).value;
    expect(body).toContain('17 av 17 har antagit');
    expect(body).toContain('fullt antagen 16 juni 2022');
    expect(body).toContain('<svg role="img"></svg>');
    expect(body).not.toContain('Saknas');
  });

  it('names who is missing, in words and not by colour alone', () => {
    const partial = plan({
      adopted: plan().adopted.slice(0, 15),
      missing: ['Forshaga kommun', 'Karlstads kommun'],
      fullyAdoptedOn: null,
    });
    const body = lanBody(view([partial]), '/lan/17', html``, false).value;
    expect(body).toContain('15 av 17 har antagit');
    expect(body).toContain('Saknas: Forshaga kommun, Karlstads kommun.');
    expect(body).toContain('<span aria-hidden="true">◐</span> 15 av 17 har antagit');
  });

  it('links the trend report and offers the embed code only on the full page', () => {
    const full = lanBody(view([]), '/lan/17', html``, false).value;
    expect(full).toContain('href="/reports/trend?scope=lan%3A17&amp;format=html"');
    expect(lanBody(view([]), '/lan/17', html``, false, 'https://omstallning.example').value).toContain('src=&quot;https://omstallning.example/lan/17?embed=1&quot;');
    expect(lanBody(view([]), '/lan/17', html``, true).value).not.toContain('Bädda in');
  });
});
