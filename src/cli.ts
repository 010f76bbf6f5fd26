import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliFailure } from './cli/cli-support.js';
import { CliModule } from './cli/cli.module.js';
import { ConfigError } from './config/app-config.js';
import { DomainError } from './ledger/domain/domain-error.js';

/** A refusal the user can act on is one Swedish line; anything else keeps its stack for a bug report. */
function reportFailure(error: Error): void {
  process.exitCode = 1;
  if (error instanceof CliFailure) return;
  const expected = error instanceof ConfigError || error instanceof DomainError;
  process.stderr.write(`${expected ? error.message : (error.stack ?? String(error))}\n`);
}

// A report written to standard output must not be interleaved with the service's request logs.
process.env.LOG_LEVEL ??= 'warn';

/** `npm run cli -- <command>`: import, export, restore, migrate, report, rebuild, verify, create-api-key. */
void CommandFactory.run(CliModule, { logger: false, serviceErrorHandler: reportFailure });
