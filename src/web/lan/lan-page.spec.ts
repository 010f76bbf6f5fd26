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
  morePlans: [],
  timeline: [],
  timelineTruncated: false,
  filters: { kind: '', program: '', focusArea: '', year: '', kinds: [], programs: [], focusAreas: [], years: [] },
  initiatives: [],
  initiativeCount: 0,
  teamCount: 0,
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

  it('gives the plans past the first a line each, with how far their adoption has come', () => {
    const line = { planId: 'p2', title: 'Handlingsplan Kil', kind: 'handlingsplan' as const, scopeLabel: 'Kommunspecifik', status: 'active' as const, expected: 1, adoptedCount: 1, fullyAdoptedOn: '2023-02-01' };
    const body = lanBody({ ...view([plan()]), morePlans: [line, { ...line, planId: 'p3', title: 'Målbild Arvika', kind: 'malbild', adoptedCount: 0, fullyAdoptedOn: null }] }, '/lan/17', html``, false).value;
    expect(body).toContain('Ytterligare 2 planer, utan parter och diagram (de 1 första visas ovan)');
    expect(body).toContain('<th scope="row">Handlingsplan Kil</th>');
    expect(body).toContain('1 av 1 har antagit');
    expect(body).toContain('fullt antagen 1 februari 2023');
    expect(body).toContain('0 av 1 har antagit');
    expect(lanBody(view([plan()]), '/lan/17', html``, false).value).not.toContain('Ytterligare');
  });

  it('says how many initiatives the län has when it lists only the first', () => {
    const initiative = { id: 'i1', title: 'Mobilt team Kil', kind: 'Mobilt team', program: null, owners: ['Kils kommun'], stage: 'Startad', stageOn: '2023-03-01', focusAreas: [] };
    const body = lanBody({ ...view([]), initiatives: [initiative], initiativeCount: 7123, teamCount: 812 }, '/lan/17', html``, false).value;
    expect(body).toContain('7\u00a0123 insatser, varav 812 mobila team.');
    expect(body).toContain('Arbetssätt och insatser, de 1 första av 7\u00a0123 i bokstavsordning');
    expect(lanBody({ ...view([]), initiatives: [initiative], initiativeCount: 1, teamCount: 1 }, '/lan/17', html``, false).value).not.toContain('första av');
  });
});
