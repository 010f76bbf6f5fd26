import { readFileSync } from 'node:fs';
import { buildActorRegistry, type ActorRegistry } from './domain/actor-registry.js';
import { parseKommunCsv, parseLanCsv } from './domain/reference-csv.js';

/** Resolved beside this module so it works from `src/` (tests) and from `dist/` (the build copies the CSV files). */
export const ACTOR_REFERENCE_DIR = new URL('./reference/', import.meta.url);

let loaded: ActorRegistry | undefined;

/** The actors of the shipped reference data, read once per process. */
export function loadActorRegistry(): ActorRegistry {
  loaded ??= buildActorRegistry(
    parseLanCsv(readFileSync(new URL('lan.csv', ACTOR_REFERENCE_DIR), 'utf8')),
    parseKommunCsv(readFileSync(new URL('kommuner.csv', ACTOR_REFERENCE_DIR), 'utf8')),
  );
  return loaded;
}
