import { migrateBetween } from './actions.js';
import { Command, CommandRunner, Option } from 'nest-commander';

interface MigrateFlags {
  readonly from?: string;
  readonly to?: string;
}

@Command({
  name: 'migrate',
  description: 'Flyttar liggaren mellan lager, t.ex. --from sqlite:./data/omstallning.db --to esdb://localhost:2113?tls=false',
})
export class MigrateCommand extends CommandRunner {
  async run(_args: string[], flags: MigrateFlags): Promise<void> {
    await migrateBetween(flags.from, flags.to);
  }

  @Option({ flags: '--from <store>', description: 'sqlite:<sökväg> eller esdb://…' })
  parseFrom(value: string): string {
    return value;
  }

  @Option({ flags: '--to <store>', description: 'sqlite:<sökväg> eller esdb://…' })
  parseTo(value: string): string {
    return value;
  }
}
