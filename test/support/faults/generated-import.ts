import { loadActorRegistry } from '../../../src/actors/load-actor-registry.js';
import type { DatasetLine } from '../../../src/dataset/dataset-files.js';
import { deriveEventId } from '../../../src/ledger/domain/event-ids.js';
import { Seeded } from './seeded.js';

type Envelope = { command: string; data: Record<string, unknown>; source: { title: string; publisher?: string } };

const YEARS = [2019, 2020, 2021, 2022, 2023];
const source = (publisher: string) => ({ title: 'Genererad källa för feltester', publisher });
const pad = (n: number) => String(n).padStart(2, '0');

/** Decision dates as sources give them: exact days mostly, and months, seasons, years and approximate years. */
function decisionDate(rng: Seeded): string {
  const year = rng.pick(YEARS);
  return rng.pick([
    () => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    () => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    () => `${year}-${pad(rng.int(1, 12))}`,
    () => `${year}-${rng.pick(['21', '23'])}`,
    () => `${year}`,
    () => `${year}~`,
  ])();
}

/**
 * A valid import file of about two thousand commands over the whole country:
 * län-wide plans adopted party by party, kommun plans, initiatives taken
 * through their steps, published figures, and corrections and retractions of
 * earlier lines (whose event ids derive from the file name and line number, as
 * the importer derives them). The same seed gives the same file.
 */
export function generatedImportLines(file: string, seed: number): DatasetLine[] {
  const rng = new Seeded(seed);
  const actors = loadActorRegistry();
  const envelopes: Envelope[] = [];
  const adoptionLines: number[] = [];
  const add = (envelope: Envelope) => envelopes.push(envelope);

  for (const lan of actors.list({ kind: 'lan' })) {
    const code = lan.code;
    for (const [kind, share] of [['malbild', 1], ['handlingsplan', 0.7]] as const) {
      const planId = `gen-${kind}-${code}`;
      add({ command: 'InitiatePlan', data: { planId, title: `${kind} ${lan.shortName}`, kind, scope: 'lan', lan: lan.id }, source: source(lan.name) });
      add({ command: 'ProposePlan', data: { planId, decidedOn: decisionDate(rng), proposedBy: lan.id }, source: source(lan.name) });
      for (const party of rng.shuffle(actors.defaultParties(lan.id))) {
        if (!rng.chance(share)) continue;
        add({ command: 'AdoptPlan', data: { planId, party, decidedOn: decisionDate(rng), decidedBy: 'fullmäktige' }, source: source(lan.name) });
        adoptionLines.push(envelopes.length);
      }
    }
  }
  for (const kommun of actors.list({ kind: 'kommun' })) {
    if (rng.chance(0.5)) {
      const planId = `gen-kommunplan-${kommun.code}`;
      add({ command: 'InitiatePlan', data: { planId, title: `Handlingsplan ${kommun.name}`, kind: 'handlingsplan', scope: 'kommun', owner: kommun.id }, source: source(kommun.name) });
      add({ command: 'AdoptPlan', data: { planId, party: kommun.id, decidedOn: decisionDate(rng), decidedBy: 'kommunfullmäktige' }, source: source(kommun.name) });
    }
    const initiativeId = `gen-team-${kommun.code}`;
    add({
      command: 'RegisterInitiative',
      data: { initiativeId, title: `Mobilt team ${kommun.name}`, kind: rng.pick(['mobilt_team', 'pilot', 'tjanst']), owners: [kommun.id], targetGroups: ['aldre'], focusAreas: ['samordning'] },
      source: source(kommun.name),
    });
    const year = rng.pick(YEARS);
    const steps = ['DecideInitiative', 'StartInitiative', 'ScaleUpInitiative', 'EndInitiative'].slice(0, rng.int(1, 4));
    steps.forEach((command, step) => add({ command, data: { initiativeId, decidedOn: `${year}-${pad(step * 3 + 1)}-${pad(rng.int(1, 28))}` }, source: source(kommun.name) }));
  }
  for (const year of [2020, 2021, 2022, 2023]) {
    for (const indicatorId of ['lan-med-malbild', 'lan-med-handlingsplan']) {
      add({ command: 'PublishFigure', data: { figureId: `gen-${indicatorId}-${year}`, indicatorId, year, value: rng.int(0, 21), numerator: rng.int(0, 21), denominator: 21, publisher: 'national:skr' }, source: source('SKR') });
    }
  }
  const eventIdOf = (line: number) => deriveEventId(`import:${file}`, `${file}:${line}`, 0);
  const touched = rng.shuffle(adoptionLines).slice(0, 90);
  touched.slice(0, 60).forEach((line) =>
    add({ command: 'CorrectRecord', data: { eventId: eventIdOf(line), fields: { decidedOn: decisionDate(rng) }, reason: 'Fel datum i källan' }, source: source('Rättelse') }),
  );
  touched.slice(40).forEach((line) => add({ command: 'RetractRecord', data: { eventId: eventIdOf(line), reason: 'Registrerad av misstag' }, source: source('Återtagande') }));
  return envelopes.map((envelope, index) => ({ file, line: index + 1, text: JSON.stringify(envelope) }));
}
