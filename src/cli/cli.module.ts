import { Module } from '@nestjs/common';
import { CreateApiKeyCommand } from './create-api-key.command.js';
import { ExportCommand } from './export.command.js';
import { ImportCommand } from './import.command.js';
import { MigrateCommand } from './migrate.command.js';
import { RebuildCommand } from './rebuild.command.js';
import { ReportCommand } from './report.command.js';
import { RestoreCommand } from './restore.command.js';
import { VerifyCommand } from './verify.command.js';

@Module({
  providers: [
    ImportCommand,
    ExportCommand,
    RestoreCommand,
    MigrateCommand,
    ReportCommand,
    RebuildCommand,
    VerifyCommand,
    CreateApiKeyCommand,
  ],
})
export class CliModule {}
