import { SWEDISH_LOCALE } from './swedish-locale.js';

/** `2022-06-16` → `16 juni 2022`. */
export function formatSwedishDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day} ${SWEDISH_LOCALE.time?.months[month - 1]} ${year}`;
}

/** Midnight UTC of an ISO day, so charts place days the same whatever the server's time zone. */
export const utcDay = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);
