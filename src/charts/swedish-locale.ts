import type { Locale } from 'vega';

/**
 * Swedish number and time formats (d3-format / d3-time-format definitions).
 * Given in each chart's config rather than through vega's global setters, so
 * one chart never changes how another formats.
 */
export const SWEDISH_LOCALE: Locale = {
  number: {
    decimal: ',',
    thousands: '\u00a0',
    grouping: [3],
    currency: ['', '\u00a0kr'],
    percent: '\u00a0%',
    minus: '\u2212',
  },
  time: {
    dateTime: '%A %e %B %Y kl. %X',
    date: '%Y-%m-%d',
    time: '%H:%M:%S',
    periods: ['fm', 'em'],
    days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
    shortDays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
};
