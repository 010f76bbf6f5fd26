import { createKey } from './actions.js';
import { Command, CommandRunner, Option } from 'nest-commander';

interface CreateApiKeyFlags {
  readonly name?: string;
  readonly role?: string;
  readonly scope?: string[];
}

@Command({
  name: 'create-api-key',
  description: 'Skapar en API-nyckel (reader, recorder med aktörsomfång, admin); nyckeln visas en gång och lagras bara som hash',
})
export class CreateApiKeyCommand extends CommandRunner {
  async run(_args: string[], flags: CreateApiKeyFlags): Promise<void> {
    await createKey(flags);
  }

  @Option({ flags: '--name <name>', description: 'nyckelns namn, syns i granskningen som key:<namn>' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: 'reader, recorder eller admin' })
  parseRole(value: string): string {
    return value;
  }

  @Option({ flags: '--scope <actors>', description: 'kommaseparerade aktörer för recorder, t.ex. lan:17' })
  parseScope(value: string): string[] {
    return value.split(',').map((actor) => actor.trim()).filter(Boolean);
  }
}
