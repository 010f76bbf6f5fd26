import { verifyChains } from './actions.js';
import { Command, CommandRunner } from 'nest-commander';

@Command({ name: 'verify', description: 'Räknar om varje ströms hashkedja och pekar ut första brutna länk' })
export class VerifyCommand extends CommandRunner {
  async run(): Promise<void> {
    await verifyChains();
  }
}
