import { rebuild } from './actions.js';
import { Command, CommandRunner } from 'nest-commander';

@Command({ name: 'rebuild', description: 'Spelar upp hela loggen från position noll i nya läsmodeller och rapporterar takten' })
export class RebuildCommand extends CommandRunner {
  async run(): Promise<void> {
    await rebuild();
  }
}
