import { writeReport } from './actions.js';
import { Command, CommandRunner, Option } from 'nest-commander';

interface ReportFlags {
  readonly from?: string;
  readonly to?: string;
  readonly scope?: string;
  readonly format?: string;
  readonly output?: string;
  readonly asOf?: string;
}

@Command({
  name: 'report',
  description: 'Trendrapport, t.ex. report --from 2019 --to 2023 --scope national --format html -o rapport.html',
})
export class ReportCommand extends CommandRunner {
  async run(_args: string[], flags: ReportFlags): Promise<void> {
    await writeReport({ ...flags, from: flags.from ?? '', to: flags.to ?? '' });
  }

  @Option({ flags: '--from <year>', description: 'första år' })
  parseFrom(value: string): string {
    return value;
  }

  @Option({ flags: '--to <year>', description: 'sista år' })
  parseTo(value: string): string {
    return value;
  }

  @Option({ flags: '--scope <scope>', description: 'national eller lan:NN' })
  parseScope(value: string): string {
    return value;
  }

  @Option({ flags: '--format <format>', description: 'html, md, csv eller json' })
  parseFormat(value: string): string {
    return value;
  }

  @Option({ flags: '-o, --output <file>', description: 'målfil (annars standard ut)' })
  parseOutput(value: string): string {
    return value;
  }

  @Option({ flags: '--as-of <date>', description: 'som liggaren kände till det då (datum eller tidpunkt)' })
  parseAsOf(value: string): string {
    return value;
  }
}
