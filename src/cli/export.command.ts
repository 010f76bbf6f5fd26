import { exportToFile } from './actions.js';
import { Command, CommandRunner, Option } from 'nest-commander';

@Command({ name: 'export', description: 'Skriver hela liggaren som NDJSON, en händelse per rad i loggens ordning' })
export class ExportCommand extends CommandRunner {
  async run(_args: string[], flags: { readonly output?: string }): Promise<void> {
    await exportToFile(flags.output);
  }

  @Option({ flags: '-o, --output <file>', description: 'målfil' })
  parseOutput(value: string): string {
    return value;
  }
}
