import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Actor, ActorKind, KommunRow, LanRow } from './actor.js';
import { kommunName, lanName, regionName } from './display-names.js';

const NATIONAL_BODIES: readonly Actor[] = [
  { id: 'national:skr', kind: 'national', code: 'skr', name: 'Sveriges Kommuner och Regioner (SKR)', shortName: 'SKR', lan: null, sameBodyAs: null },
  { id: 'national:socialstyrelsen', kind: 'national', code: 'socialstyrelsen', name: 'Socialstyrelsen', shortName: 'Socialstyrelsen', lan: null, sameBodyAs: null },
  { id: 'national:regeringen', kind: 'national', code: 'regeringen', name: 'Regeringen', shortName: 'Regeringen', lan: null, sameBodyAs: null },
];

/** Gotland has no kommun beside its region: one body, two ids. */
const SAME_BODY: Readonly<Record<ActorId, ActorId>> = { 'region:09': 'kommun:0980', 'kommun:0980': 'region:09' };

export interface ActorFilter {
  readonly kind?: ActorKind;
  readonly lan?: ActorId;
}

/** The actors of the reference data and the relations between them. */
export class ActorRegistry {
  private readonly byId: ReadonlyMap<ActorId, Actor>;

  constructor(private readonly actors: readonly Actor[]) {
    this.byId = new Map(actors.map((actor) => [actor.id, actor]));
  }

  get(id: ActorId): Actor | undefined {
    return this.byId.get(id);
  }

  has(id: ActorId): boolean {
    return this.byId.has(id);
  }

  list(filter: ActorFilter = {}): Actor[] {
    return this.actors.filter(
      (actor) => (!filter.kind || actor.kind === filter.kind) && (!filter.lan || actor.lan === filter.lan),
    );
  }

  kommunerOf(lan: ActorId): Actor[] {
    return this.list({ kind: 'kommun', lan });
  }

  regionOf(lan: ActorId): Actor | undefined {
    return this.get(lan.replace(/^lan:/, 'region:'));
  }

  /** Parties of a länsgemensam plan by default: the region and every kommun, each body once. */
  defaultParties(lan: ActorId): ActorId[] {
    const region = this.regionOf(lan);
    const kommuner = this.kommunerOf(lan).filter((kommun) => kommun.sameBodyAs !== region?.id);
    return [...(region ? [region.id] : []), ...kommuner.map((kommun) => kommun.id)];
  }

  /** Whether a key scoped to `scope` may record for `actor`: itself, the same body, or anything in a län it is scoped to. */
  covers(scope: ActorId, actor: ActorId): boolean {
    if (scope === actor || SAME_BODY[scope] === actor) return true;
    return this.get(scope)?.kind === 'lan' && this.get(actor)?.lan === scope;
  }
}

export function buildActorRegistry(lanRows: readonly LanRow[], kommunRows: readonly KommunRow[]): ActorRegistry {
  const lanShortName = new Map(lanRows.map((row) => [row.code, row.shortName]));
  const lan = lanRows.flatMap<Actor>((row) => [
    { id: `lan:${row.code}`, kind: 'lan', code: row.code, name: lanName(row.shortName), shortName: row.shortName, lan: `lan:${row.code}`, sameBodyAs: null },
    {
      id: `region:${row.code}`,
      kind: 'region',
      code: row.code,
      name: regionName(row.shortName),
      shortName: row.shortName,
      lan: `lan:${row.code}`,
      sameBodyAs: SAME_BODY[`region:${row.code}`] ?? null,
    },
  ]);
  const kommuner = kommunRows.map<Actor>((row) => {
    if (!lanShortName.has(row.lanCode)) throw new Error(`kommun ${row.code}: unknown län ${row.lanCode}`);
    return {
      id: `kommun:${row.code}`,
      kind: 'kommun',
      code: row.code,
      name: kommunName(row.shortName),
      shortName: row.shortName,
      lan: `lan:${row.lanCode}`,
      sameBodyAs: SAME_BODY[`kommun:${row.code}`] ?? null,
    };
  });
  return new ActorRegistry([...lan, ...kommuner, ...NATIONAL_BODIES]);
}
