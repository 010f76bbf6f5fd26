import { adoptionByLan, planDetails } from './adoption-section.js';
import { varmlandFardplan, varmlandMalbild } from './trend-report.fixture.js';

const lans = [
  { lan: 'lan:01', name: 'Stockholms län' },
  { lan: 'lan:17', name: 'Värmlands län' },
];

describe('adoption per län', () => {
  it('shows a fully adopted målbild with the day the last party adopted it', () => {
    const rows = adoptionByLan(lans, [varmlandMalbild(), varmlandFardplan()], 2023);
    expect(rows[1].cells.malbild).toEqual({ status: 'adopted', text: 'Antagen 16 juni 2022', planTitle: 'Målbild för god och nära vård, hälsa och omsorg i Värmland' });
    expect(rows[1].cells.handlingsplan).toMatchObject({ status: 'adopted', text: 'Antagen januari 2023' });
    expect(rows[0].cells.malbild).toEqual({ status: 'none', text: '–', planTitle: null });
  });

  it('counts only adoptions surely decided by the end of the last year', () => {
    const rows = adoptionByLan(lans, [varmlandMalbild(), varmlandFardplan()], 2022);
    expect(rows[1].cells.handlingsplan).toMatchObject({ status: 'none' });
    const partial = { ...varmlandMalbild(), adoptions: varmlandMalbild().adoptions.slice(0, 7) };
    expect(adoptionByLan(lans, [partial], 2022)[1].cells.malbild).toMatchObject({ status: 'partial', text: '7 av 17 parter' });
  });

  it('leaves withdrawn plans out', () => {
    const rows = adoptionByLan(lans, [{ ...varmlandMalbild(), status: 'withdrawn' }], 2023);
    expect(rows[1].cells.malbild.status).toBe('none');
  });
});

describe('a län report\'s plans', () => {
  it('lists the Värmland målbild adoptions in decision order and says it was fully adopted on 16 June 2022', () => {
    const [malbild, fardplan] = planDetails([varmlandMalbild(), varmlandFardplan()], 2019, 2023);
    expect(malbild.adoptions).toHaveLength(17);
    expect(malbild.adoptions[0]).toMatchObject({ party: 'Arvika kommun', when: '28 mars 2022' });
    expect(malbild.adoptions[16]).toMatchObject({ party: 'Karlstads kommun', when: '16 juni 2022', latest: '2022-06-16' });
    expect(malbild.summary).toBe('Fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.');
    expect(malbild.sentence).toBe('Målbild för god och nära vård, hälsa och omsorg i Värmland blev fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.');
    expect(fardplan.summary).toBe('Antagen i januari 2023 av Värmlands län (Direktörsberedningen).');
    expect([malbild.adoptedInRange, fardplan.adoptedInRange]).toEqual([true, true]);
    expect(planDetails([varmlandMalbild()], 2023, 2024)[0].adoptedInRange).toBe(false);
  });

  it('names the parties still missing at the end of the range, including those that adopted later', () => {
    const [malbild] = planDetails([{ ...varmlandMalbild(), missing: ['Torsby kommun'] }], 2019, 2022);
    const [early] = planDetails([varmlandMalbild()], 2019, 2021);
    expect(malbild.missing).toEqual(['Torsby kommun']);
    expect(early.adoptions).toEqual([]);
    expect(early.missing).toHaveLength(17);
    expect(early.summary).toBe('0 av 17 parter hade antagit planen vid utgången av 2021.');
    const [pending] = planDetails([{ ...varmlandFardplan(), adoptions: [], missing: ['Värmlands län'] }], 2019, 2022);
    expect(pending.summary).toBe('Inte antagen vid utgången av 2022.');
    expect(pending.sentence).toBe('Länsgemensam färdplan för god och nära vård i Värmland var inte antagen vid utgången av 2022.');
  });
});
