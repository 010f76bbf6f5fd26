import { plansProjection } from '../../adoption/domain/plans-projection.js';
import type { IndicatorContext } from '../../indicators/domain/evaluate.js';
import type { Population } from '../../indicators/domain/indicator-registry.js';
import { initiativesProjection } from '../../indicators/domain/initiatives-projection.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { lanOf, testActors } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { figuresProjection } from './figures-projection.js';
import { reconcile } from './reconcile.js';

const plans = plansProjection(lanOf);
const members = (population: Population, lan: string | null) => testActors.list({ kind: population, ...(lan ? { lan } : {}) }).map((a) => a.id);

function build(events: readonly StoredLedgerEvent[]) {
  const ctx: IndicatorContext = {
    plans: events.reduce(plans.apply, plans.initialState()),
    initiatives: events.reduce(initiativesProjection.apply, initiativesProjection.initialState()),
    members,
    lanOf,
  };
  return { ctx, figures: events.reduce(figuresProjection.apply, figuresProjection.initialState()) };
}

describe('reconciliation of derived and published figures', () => {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  const count = ledger.figure({ indicatorId: 'lan-med-malbild', year: 2022, value: 20, numerator: 20, denominator: 21, decidedOn: '2023-03' });
  ledger.figure({ figureId: 'skr-andel', indicatorId: 'lan-med-malbild', year: 2022, value: 95.2 });
  ledger.figure({ indicatorId: 'lan-med-handlingsplan', year: 2022, value: 60 });
  const beforeCorrection = Date.parse(ledger.now) - 1;
  ledger.correct(count, { numerator: 19 }, 'Felläst tabell');
  const { ctx, figures } = build(ledger.events);

  it('compares a published count with the derived count', () => {
    const [row] = reconcile(figures, ctx, 'lan-med-malbild', null).rows;
    expect(row).toMatchObject({
      year: 2022,
      comparedAs: 'count',
      basis: 'numerator',
      published: 19,
      derivedValue: 1,
      difference: -18,
      withinRange: false,
      figure: { publishedOn: { edtf: '2023-03' }, corrected: true },
      explanation: 'Publicerat antal 19 jämförs med härlett antal 1 län.',
    });
  });

  it('compares a published share in percent with the derived share and says so', () => {
    const rows = reconcile(figures, ctx, 'lan-med-malbild', null).rows;
    expect(rows[1]).toMatchObject({ comparedAs: 'share_percent', basis: 'value-exceeds-population', published: 95.2, derivedValue: 4.8, difference: -90.4 });
    expect(rows[1].explanation).toBe('Publicerad andel 95,2 % jämförs med härledd andel 4,8 % (1 av 21 län).');
    expect(reconcile(figures, ctx, 'lan-med-handlingsplan', null).rows[0]).toMatchObject({ comparedAs: 'share_percent', published: 60, derivedValue: 0 });
  });

  it('shows the figure as published before its correction', () => {
    expect(reconcile(figures, ctx, 'lan-med-malbild', beforeCorrection).rows[0]).toMatchObject({ published: 20, figure: { corrected: false } });
  });

  it('has no rows for an indicator without published figures', () => {
    expect(reconcile(figures, ctx, 'mobila-team-aktiva', null).rows).toEqual([]);
  });
});
