import { writeFileSync } from 'node:fs';
import { createApiKey } from '../access/api-keys.js';
import { createApp } from '../app/create-app.js';
import { ChainVerifier } from '../audit/domain/verify-chains.js';
import { systemClock } from '../config/clock.js';
import { readDatasetLines } from '../dataset/dataset-files.js';
import { importCommands } from '../dataset/import/import-commands.js';
import { describeImport } from '../dataset/import/import-report.js';
import { readNdjsonFile } from '../dataset/import/read-ndjson-file.js';
import { migrateLedger } from '../event-store/migrate/migrate-ledger.js';
import { exportLedger, ledgerFile } from '../ledger-file/ledger-file.js';
import { rebuildLedgerProjections } from '../rebuild/rebuild-ledger.js';
import { generateTrendReport, type TrendReportOptions } from '../reports/generate-trend-report.js';
import { cliConfig, cliPrincipal, fail, print, storeFromSpec, withStore } from './cli-support.js';

/**
 * What each command does, as plain functions: the nest-commander classes only
 * parse arguments, so these run (and are tested) without the command framework.
 */
export async function importFiles(files: readonly string[], flags: { dataset?: boolean; skipInvalid?: boolean }): Promise<void> {
  const lines = flags.dataset ? readDatasetLines() : files.flatMap(readNdjsonFile);
  if (lines.length === 0) fail('Inget att läsa in: ange filer eller --dataset');
  const report = await withStore((store) => importCommands(store, systemClock, lines, { skipInvalid: flags.skipInvalid }));
  print(describeImport(report));
  if (report.errors.length > 0) process.exitCode = 1;
}

export async function exportToFile(output: string | undefined): Promise<void> {
  const path = output ?? fail('Ange målfil med -o <fil>');
  const count = await withStore((store) => exportLedger(store, path));
  print(`${count} händelser skrivna till ${path}`);
}

export async function restoreFromFile(file: string): Promise<void> {
  const summary = await withStore((store) => migrateLedger(ledgerFile(file), store));
  print(`${summary.events} händelser i ${summary.streams} strömmar återställda från ${file}`);
}

export async function migrateBetween(fromSpec: string | undefined, toSpec: string | undefined): Promise<void> {
  const from = await storeFromSpec(fromSpec ?? fail('Ange källa med --from'));
  const to = await storeFromSpec(toSpec ?? fail('Ange mål med --to'));
  try {
    let reported = 0;
    const summary = await migrateLedger(from, to, {
      onProgress: ({ events }) => {
        if (events - reported < 10_000) return;
        reported = events;
        print(`… ${events} händelser`);
      },
    });
    print(`${summary.events} händelser i ${summary.streams} strömmar flyttade`);
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}

export async function verifyChains(): Promise<void> {
  const report = await withStore(async (store) => {
    const verifier = new ChainVerifier();
    for await (const event of store.readAll()) verifier.add(event);
    return verifier.report();
  });
  if (report.ok) {
    print(`Hashkedjorna är hela: ${report.events} händelser i ${report.streams} strömmar`);
    return;
  }
  print(`${report.brokenLinks} brutna länkar bland ${report.events} händelser. Första: ${report.firstBroken?.message ?? ''}`);
  process.exitCode = 1;
}

export async function rebuild(): Promise<void> {
  const report = await withStore((store) =>
    rebuildLedgerProjections(store, { onError: (projection, error) => print(`${projection}: ${String(error)}`) }),
  );
  print(
    `${report.events} händelser (${report.ledgerEvents} i liggaren) på ${Math.round(report.durationMs)} ms, ` +
      `${report.eventsPerSecond} händelser/s, ${report.failures} avvisade`,
  );
  if (report.failures > 0) process.exitCode = 1;
}

export async function createKey(flags: { name?: string; role?: string; scope?: string[] }): Promise<void> {
  const request = { name: flags.name ?? fail('Ange --name'), role: flags.role ?? fail('Ange --role'), scope: flags.scope ?? [] };
  const created = await withStore((store) => createApiKey(store, request, { clock: systemClock, createdBy: cliPrincipal() }));
  print(`Nyckel ${created.name} (${created.role}${created.scope.length ? `, ${created.scope.join(', ')}` : ''}):`);
  print(created.key);
}

export async function writeReport(options: TrendReportOptions & { output?: string }): Promise<void> {
  const app = await createApp({ ...cliConfig(), port: 0 });
  try {
    const text = await generateTrendReport(app, options);
    if (options.output) {
      writeFileSync(options.output, text);
      print(`Rapporten skrevs till ${options.output}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await app.close();
  }
}
