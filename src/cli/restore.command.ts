import { restoreFromFile } from './actions.js';
import { Command, CommandRunner } from 'nest-commander';

@Command({
  name: 'restore',
  arguments: '<file>',
  description: 'Läser tillbaka en exporterad liggare (samma id:n, data, metadata och ordning); kan köras om efter avbrott',
})
export class RestoreCommand extends CommandRunner {
  async run([file]: string[]): Promise<void> {
    await restoreFromFile(file);
  }
}
