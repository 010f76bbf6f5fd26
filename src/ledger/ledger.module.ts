import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CLOCK, type Clock } from '../config/clock.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CommandExecutor } from './commands/command-executor.js';
import { commandExecutorFor } from './commands/execute-command.js';
import { LedgerExceptionFilter } from './http/ledger-exception-filter.js';

/**
 * The write side shared by the capability modules: one command executor per
 * store (the same one `executeCommand` uses for imports) and the exception
 * filter that gives every error its `{ statusCode, code, message, field, rule }` body.
 */
@Global()
@Module({
  providers: [
    { provide: CommandExecutor, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => commandExecutorFor(store, clock) },
    { provide: APP_FILTER, useFactory: () => new LedgerExceptionFilter() },
  ],
  exports: [CommandExecutor],
})
export class LedgerModule {}
