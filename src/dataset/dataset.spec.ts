import { readFileSync } from 'node:fs';
import { parse } from 'edtf';
import type { CommandEnvelope, InitiatePlan } from '../ledger/domain/commands.js';
import { parseDecisionDate } from '../ledger/domain/decision-date.js';
import { datasetFileNames, readDatasetLines } from './dataset-files.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PLAN_KINDS, PLAN_SCOPES, PROGRAMS, TARGET_GROUPS } from '../ledger/domain/vocabulary.js';

/**
 * Structural checks of the curated public dataset (the NDJSON files beside this
 * spec), without the deciders: what a reviewer would otherwise check by hand.
 */

const REFERENCE_DIR = new URL('../actors/reference/', import.meta.url);

const COMMANDS = [
  'InitiatePlan', 'ProposePlan', 'AdoptPlan', 'RevisePlan', 'SupersedePlan', 'WithdrawPlan',
  'RegisterInitiative', 'DecideInitiative', 'StartInitiative', 'ScaleUpInitiative', 'MakeInitiativePermanent',
  'EndInitiative', 'PublishFigure', 'CorrectRecord', 'RetractRecord',
];
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

interface Line {
  readonly at: string;
  readonly envelope: CommandEnvelope;
}

const files = datasetFileNames();
const rawLines = readDatasetLines();
const lines: Line[] = rawLines.map(({ file, line, text }) => ({ at: `${file}:${line}`, envelope: JSON.parse(text) as CommandEnvelope }));
const data = (line: Line) => line.envelope.data as unknown as Record<string, unknown>;
const ofCommand = (command: string) => lines.filter((line) => line.envelope.command === command);

function csvRows(file: string): string[][] {
  return readFileSync(new URL(file, REFERENCE_DIR), 'utf8').trim().split(/\r?\n/).slice(1).map((row) => row.split(','));
}
const lanCodes = csvRows('lan.csv').map((cells) => cells[0]);
const kommunLan = new Map<string, string>(csvRows('kommuner.csv').map((cells) => [`kommun:${cells[0]}`, `lan:${cells[3]}`]));
const ACTORS = new Set<string>([
  ...lanCodes.flatMap((code) => [`lan:${code}`, `region:${code}`]),
  ...kommunLan.keys(),
  'national:skr', 'national:socialstyrelsen', 'national:regeringen',
]);
const lanOfActor = (id: string) => (id.startsWith('kommun:') ? kommunLan.get(id) : id.replace(/^(region|lan):/, 'lan:'));

function actorIds(line: Line): string[] {
  const d = data(line);
  const single = ['lan', 'owner', 'party', 'proposedBy', 'publisher'].map((key) => d[key]);
  const lists = ['parties', 'owners'].flatMap((key) => (d[key] as string[] | undefined) ?? []);
  return [...single, ...lists].filter((id): id is string => typeof id === 'string');
}

const plans = new Map(ofCommand('InitiatePlan').map((line) => [(line.envelope.data as InitiatePlan).planId, line]));
const planOf = (planId: string) => plans.get(planId)?.envelope.data as InitiatePlan;

describe('the public dataset', () => {
  it('has files and lines', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(lines.length).toBe(rawLines.length);
  });

  it('has a known command, a data object and a source title on every line', () => {
    const bad = lines.filter(({ envelope }) =>
      !COMMANDS.includes(envelope.command) || typeof envelope.data !== 'object' ||
      typeof envelope.source?.title !== 'string' || envelope.source.title.trim() === '' ||
      Object.keys(envelope).some((key) => !['command', 'data', 'source'].includes(key)));
    expect(bad.map((line) => line.at)).toEqual([]);
  });

  it('writes every decision date as EDTF the ledger accepts', () => {
    const dates = lines.flatMap((line) =>
      ['initiatedOn', 'decidedOn'].map((key) => data(line)[key]).filter((d) => d !== undefined).map((d) => ({ at: line.at, d })));
    expect(dates.length).toBeGreaterThan(100);
    const bad = dates.filter(({ d }) => {
      try {
        parse(d as string);
        parseDecisionDate(d);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
  });

  it('names only actors of the reference data', () => {
    const unknown = lines.flatMap((line) => actorIds(line).filter((id) => !ACTORS.has(id)).map((id) => `${line.at} ${id}`));
    expect(unknown).toEqual([]);
  });

  it('uses the controlled vocabularies', () => {
    const bad = lines.filter((line) => {
      const d = data(line);
      if (line.envelope.command === 'InitiatePlan') {
        return !(PLAN_KINDS as readonly unknown[]).includes(d.kind) || !(PLAN_SCOPES as readonly unknown[]).includes(d.scope);
      }
      if (line.envelope.command !== 'RegisterInitiative') return false;
      return !(INITIATIVE_KINDS as readonly unknown[]).includes(d.kind) ||
        (d.program !== undefined && !(PROGRAMS as readonly unknown[]).includes(d.program)) ||
        ((d.targetGroups as unknown[]) ?? []).some((g) => !(TARGET_GROUPS as readonly unknown[]).includes(g)) ||
        ((d.focusAreas as unknown[]) ?? []).some((a) => !(FOCUS_AREAS as readonly unknown[]).includes(a));
    });
    expect(bad.map((line) => line.at)).toEqual([]);
  });

  it('gives every plan, initiative and figure one stable slug across all files', () => {
    const ids = (command: string, key: string) => ofCommand(command).map((line) => data(line)[key] as string);
    for (const list of [ids('InitiatePlan', 'planId'), ids('RegisterInitiative', 'initiativeId'), ids('PublishFigure', 'figureId')]) {
      expect(list.filter((id) => !SLUG.test(id))).toEqual([]);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('initiates each plan and registers each initiative before any later line about it', () => {
    const seen = new Set<string>();
    const early: string[] = [];
    for (const line of lines) {
      const d = data(line);
      const key = d.planId !== undefined ? `plan:${String(d.planId)}` : d.initiativeId !== undefined ? `initiative:${String(d.initiativeId)}` : null;
      if (key === null) continue;
      if (['InitiatePlan', 'RegisterInitiative'].includes(line.envelope.command)) seen.add(key);
      else if (!seen.has(key)) early.push(line.at);
    }
    expect(early).toEqual([]);
  });

  it('keeps a plan’s parties in its län and a region’s own plan to the region', () => {
    const bad = [...plans.values()].filter((line) => {
      const plan = line.envelope.data as InitiatePlan;
      const parties = plan.parties ?? [];
      if (new Set(parties).size !== parties.length) return true;
      if (plan.scope === 'lan') return parties.some((party) => lanOfActor(party) !== plan.lan) || plan.owner !== plan.lan;
      if (plan.scope === 'region') return parties.length !== 1 || parties[0] !== plan.owner || lanOfActor(plan.owner ?? '') !== plan.lan;
      return false;
    });
    expect(bad.map((line) => line.at)).toEqual([]);
  });

  it('lets only a party of the plan adopt, once, not before the work on it began', () => {
    const adopted = new Set<string>();
    const bad = ofCommand('AdoptPlan').filter((line) => {
      const { planId, party, decidedOn } = line.envelope.data as { planId: string; party: string; decidedOn: string };
      const plan = planOf(planId);
      const twice = adopted.has(`${planId} ${party}`);
      adopted.add(`${planId} ${party}`);
      const beforeStart = plan?.initiatedOn !== undefined &&
        parseDecisionDate(decidedOn).latest < parseDecisionDate(plan.initiatedOn).earliest;
      return !plan || !(plan.parties ?? []).includes(party) || twice || beforeStart;
    });
    expect(bad.map((line) => line.at)).toEqual([]);
  });

  it('records the Värmland målbild as approved by region 17 and its 16 kommuner, 28 March to 16 June 2022', () => {
    const adoptions = ofCommand('AdoptPlan')
      .map((line) => line.envelope.data as { planId: string; party: string; decidedOn: string })
      .filter((adoption) => adoption.planId === 'lan17-malbild-2022');
    expect(adoptions).toHaveLength(17);
    expect(new Set(adoptions.map((a) => a.party))).toEqual(new Set(planOf('lan17-malbild-2022').parties));
    expect(adoptions.map((a) => a.decidedOn).sort()).toEqual(expect.arrayContaining(['2022-03-28', '2022-06-16']));
    expect(adoptions.every((a) => /^2022-0[3-6]-\d\d$/.test(a.decidedOn) && a.decidedOn >= '2022-03-28' && a.decidedOn <= '2022-06-16')).toBe(true);
  });

  it('records the Örebro målbild as adopted by the region and all 12 kommuner in spring 2022', () => {
    const adoptions = ofCommand('AdoptPlan').filter((line) => data(line).planId === 'lan18-malbild-2022');
    expect(adoptions).toHaveLength(13);
    expect(adoptions.every((line) => data(line).decidedOn === '2022-21')).toBe(true);
  });

  it('publishes each figure with a publisher, a year and counts that fit together', () => {
    const bad = ofCommand('PublishFigure').filter((line) => {
      const { value, numerator, denominator, year, publisher } = data(line) as Record<string, number | string | undefined>;
      const counts = numerator !== undefined && denominator !== undefined;
      return !String(publisher).startsWith('national:') || !Number.isInteger(year) || typeof value !== 'number' ||
        (counts && ((numerator as number) > (denominator as number) || value !== numerator));
    });
    expect(bad.map((line) => line.at)).toEqual([]);
  });
});
