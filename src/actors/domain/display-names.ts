/**
 * Display names built from SCB short names. The long names in the source data
 * apply a naive genitive ("Kalmars kommun", "Kalixs kommun"), so names are
 * built here with Swedish genitive rules and the official exceptions.
 */

/** Swedish genitive: no -s after a vowel or a sibilant (Arvika, Kalix, Hagfors), -s otherwise (Kils). */
export function genitive(name: string): string {
  return /[aeiouyåäösxz]$/i.test(name) ? name : `${name}s`;
}

/** Kommuner whose official name does not follow the genitive rule. */
const KOMMUN_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  Kalmar: 'Kalmar kommun',
  Falun: 'Falu kommun',
  // Gotland's kommun is also its region and calls itself so.
  Gotland: 'Region Gotland',
};

/** Regions whose official name is not "Region <short name>". */
const REGION_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  Södermanland: 'Region Sörmland',
  Jönköping: 'Region Jönköpings län',
  Kalmar: 'Region Kalmar län',
  'Västra Götaland': 'Västra Götalandsregionen',
  Örebro: 'Region Örebro län',
  Jämtland: 'Region Jämtland Härjedalen',
};

const LAN_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  Kalmar: 'Kalmar län',
  Dalarna: 'Dalarnas län',
};

export const kommunName = (shortName: string): string =>
  KOMMUN_NAME_EXCEPTIONS[shortName] ?? `${genitive(shortName)} kommun`;

export const regionName = (lanShortName: string): string =>
  REGION_NAME_EXCEPTIONS[lanShortName] ?? `Region ${lanShortName}`;

export const lanName = (shortName: string): string => LAN_NAME_EXCEPTIONS[shortName] ?? `${genitive(shortName)} län`;
