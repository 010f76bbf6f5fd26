import fc from 'fast-check';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { PLAN_KINDS, PROGRAMS } from '../../ledger/domain/vocabulary.js';
import { testActors } from '../../projections/testing/actors.js';
import { LedgerBuilder, type InitiativeBuilder, type PlanBuilder } from '../../projections/testing/ledger-builder.js';

/** Every precision, winters that reach into the next year, days shared by many decisions, and most of them in 2022. */
const DATES = [
  '2019-12', '2020', '2020-24', '2021-06-15', '2021', '2021-24',
  '2022-22', '2022-03-28', '2022', '2022-03-28', '2022-05', '2022-06-01', '2022-21', '2022-11-30', '2022-24', '2022',
  '2023-01-10', '2023', '2024-02-01',
];
const LANS = ['lan:17', 'lan:12', 'lan:03'];
/** Titles cited under one URL or two, by more than one publisher, and the public dataset's first source. */
const SOURCES = [
  { title: 'Protokoll kommunfullmäktige', publisher: 'Kommunen' },
  { title: 'Protokoll kommunfullmäktige', publisher: 'Kommunen (diarium)' },
  { title: 'Protokoll kommunfullmäktige', url: 'https://example.se/kf', publisher: 'Kommunen' },
  { title: 'Regionens beslut', url: 'https://example.se/rs' },
  { title: 'Så går omställningen - nationellt och regionalt', publisher: 'Region Värmland' },
  { title: 'Uppföljning 2022', url: 'https://example.se/uppf', publisher: 'Socialstyrelsen' },
];

/** One step of a ledger's history: an operation and two numbers that pick its details. */
export const ledgerStep = fc.tuple(fc.integer({ min: 0, max: 13 }), fc.nat(1_000), fc.nat(1_000));

export interface CrowdedLedger {
  /** As delivered to the reducer, redeliveries included. */
  readonly delivered: StoredLedgerEvent[];
  /** Record times to ask about: between steps, where the clock jumped. */
  readonly asOfs: number[];
}

/**
 * A ledger crowded into 2020–2023, drawn from steps: joint plans with many
 * parties and the region's and kommuners' own, adoptions one by one and all
 * at once, proposals, revisions, withdrawals, initiatives and their steps,
 * figures of two publishers on shared days, corrections of dates, titles and
 * kinds, retractions (heads included), redelivered events and jumps in
 * record time. Years hold more lines than a report shows.
 */
export function crowdedLedger(steps: readonly (readonly [number, number, number])[]): CrowdedLedger {
  const ledger = new LedgerBuilder({ recordedFrom: '2021-01-01T00:00:00Z' });
  const plans: PlanBuilder[] = [];
  const initiatives: InitiativeBuilder[] = [];
  const delivered: StoredLedgerEvent[] = [];
  const asOfs: number[] = [];
  const date = (n: number) => DATES[n % DATES.length];
  for (const [op, a, b] of steps) {
    const before = ledger.events.length;
    const pick = <T>(list: readonly T[]) => list[a % list.length];
    ledger.citing(SOURCES[(a + b) % SOURCES.length]);
    const lan = LANS[a % LANS.length];
    switch (op) {
      case 0:
        plans.push(ledger.plan(`p${plans.length}`, { kind: PLAN_KINDS[b % 4], scope: 'lan', lan, parties: testActors.defaultParties(lan).slice(0, 2 + (b % 7)), initiatedOn: b % 2 ? date(b) : null }));
        break;
      case 1: {
        const owner = b % 2 ? `region:${lan.slice(4)}` : testActors.kommunerOf(lan)[b % 3].id;
        plans.push(ledger.plan(`p${plans.length}`, { kind: PLAN_KINDS[b % PLAN_KINDS.length], scope: b % 2 ? 'region' : 'kommun', lan, owner, initiatedOn: date(b) }));
        break;
      }
      case 2:
      case 3:
        if (plans.length) pick(plans).adoptedBy(pick(plans).initiated.data.parties[b % pick(plans).initiated.data.parties.length], date(b));
        break;
      case 4:
        if (plans.length) pick(plans).adoptedByAll(date(b));
        break;
      case 5: {
        const target = ledger.events.length ? ledger.events[a % ledger.events.length] : null;
        if (!target || target.type === 'RecordCorrected' || target.type === 'RecordRetracted') break;
        const fields =
          target.type === 'PlanInitiated' ? (b % 2 ? { kind: PLAN_KINDS[b % 4] } : { title: `Rättad ${b}` })
          : target.type === 'InitiativeRegistered' ? { kind: b % 2 ? 'mobilt_team' : 'pilot', program: b % 3 ? null : 'halsosamtal' }
          : target.type === 'FigurePublished' ? { value: b % 30, decidedOn: date(b) }
          : target.type === 'PlanRevised' ? { title: `Ny titel ${b}` }
          : { decidedOn: date(b) };
        ledger.correct(target, fields, 'Rättelse');
        break;
      }
      case 6:
        if (ledger.events.length) ledger.retract(ledger.events[a % ledger.events.length], 'Återtagen');
        break;
      case 7:
        initiatives.push(
          ledger.initiative(`i${initiatives.length}`, {
            kind: b % 2 ? 'mobilt_team' : 'tjanst',
            program: b % 3 ? null : PROGRAMS[b % PROGRAMS.length],
            owners: testActors.defaultParties(lan).slice(0, 1 + (b % 2)),
            lan,
          }),
        );
        break;
      case 8:
        if (initiatives.length) [pick(initiatives).decided, pick(initiatives).started, pick(initiatives).scaledUp, pick(initiatives).ended][b % 4].call(pick(initiatives), date(b));
        break;
      case 9:
        ledger.figure({ figureId: `f${a}`, indicatorId: ['lan-med-malbild', 'lan-med-handlingsplan', 'okand-siffra'][b % 3], year: 2020 + (b % 4), value: a % 21, publisher: b % 2 ? 'national:skr' : 'national:socialstyrelsen', decidedOn: date(a) });
        break;
      case 10:
        if (plans.length) [() => pick(plans).proposed(date(b)), () => pick(plans).revised(date(b), 2, b % 2 ? `Reviderad ${b}` : null), () => pick(plans).withdrawn(date(b))][b % 3]();
        break;
      case 11:
        if (delivered.length) delivered.push(delivered[a % delivered.length]);
        break;
      default:
        asOfs.push(Date.parse(ledger.now) - 1);
        ledger.at(new Date(Date.parse(ledger.now) + (a + 1) * 3_600_000).toISOString());
    }
    delivered.push(...ledger.events.slice(before));
  }
  return { delivered, asOfs };
}
