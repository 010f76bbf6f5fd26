import { importFiles } from './actions.js';
import { Command, CommandRunner, Option } from 'nest-commander';

interface ImportFlags {
  readonly skipInvalid?: boolean;
  readonly dataset?: boolean;
}

@Command({
  name: 'import',
  arguments: '[files...]',
  description: 'Läser in NDJSON-kommandon (en rad per beslut) genom samma kontroller som HTTP; idempotent',
})
export class ImportCommand extends CommandRunner {
  async run(files: string[], flags: ImportFlags): Promise<void> {
    await importFiles(files, flags);
  }

  @Option({ flags: '--skip-invalid', description: 'skriv de giltiga raderna även om andra avvisas' })
  parseSkipInvalid(): boolean {
    return true;
  }

  @Option({ flags: '--dataset', description: 'den publika datamängden som följer med tjänsten' })
  parseDataset(): boolean {
    return true;
  }
}
