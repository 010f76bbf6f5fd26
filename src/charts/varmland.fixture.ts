import type { StepAdoption } from './adoption-step-chart.js';

/** Seed 002 (Region Värmland): the målbild approved by 16 kommuner and the region, 28 March – 16 June 2022. */
export const VARMLAND_MALBILD_ADOPTIONS: readonly StepAdoption[] = [
  ['Arvika kommun', '2022-03-28'],
  ['Hammarö kommun', '2022-03-28'],
  ['Munkfors kommun', '2022-03-29'],
  ['Filipstads kommun', '2022-03-30'],
  ['Region Värmland', '2022-04-06'],
  ['Hagfors kommun', '2022-04-25'],
  ['Torsby kommun', '2022-04-25'],
  ['Säffle kommun', '2022-04-25'],
  ['Årjängs kommun', '2022-04-25'],
  ['Grums kommun', '2022-04-26'],
  ['Eda kommun', '2022-04-27'],
  ['Storfors kommun', '2022-05-16'],
  ['Sunne kommun', '2022-05-23'],
  ['Kils kommun', '2022-05-24'],
  ['Kristinehamns kommun', '2022-05-24'],
  ['Forshaga kommun', '2022-06-07'],
  ['Karlstads kommun', '2022-06-16'],
].map(([partyName, day]) => ({ partyName, earliest: day, latest: day }));
