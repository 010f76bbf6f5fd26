import type { LedgerCommand } from '../../ledger/domain/commands.js';
import type { DecideContext } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { requireText } from '../../ledger/domain/rules.js';
import { CORRECTABLE_FIELDS } from './correctable-fields.js';
import type { CorrectionEvent } from './correction-events.js';
import type { RecordStatus } from './effective-events.js';

export type CorrectionCommand = Extract<LedgerCommand, { command: 'CorrectRecord' | 'RetractRecord' }>;

/** The records of the stream the corrected event belongs to. */
export type StreamRecords = ReadonlyMap<string, RecordStatus>;

/** Events that bring an aggregate into being; the rest of its stream hangs on them. */
const INITIATING_TYPES = new Set(['PlanInitiated', 'InitiativeRegistered']);

function requireRecord(records: StreamRecords, eventId: string): RecordStatus {
  const record = records.get(eventId);
  if (!record) {
    throw new DomainError('RECORD.NOT_FOUND', `Händelsen ${eventId} finns inte bland händelser som kan rättas eller återtas`, 'eventId', 'known-event');
  }
  return record;
}

function correctedFields(record: RecordStatus, fields: Record<string, unknown>, context: DecideContext): Record<string, unknown> {
  const validators = CORRECTABLE_FIELDS[record.type];
  if (!validators) throw new DomainError('CORRECTION.NOT_CORRECTABLE', `En händelse av typen ${record.type} kan inte rättas`, 'eventId', 'correctable-type');
  const names = Object.keys(fields);
  if (names.length === 0) throw new DomainError('CORRECTION.NO_FIELDS', 'fields måste ange minst ett fält att rätta', 'fields', 'non-empty');
  const corrected: Record<string, unknown> = {};
  for (const name of names) {
    const validate = validators[name];
    if (!validate) {
      throw new DomainError(
        'CORRECTION.FIELD_NOT_CORRECTABLE',
        `fields.${name} kan inte rättas i ${record.type}; rättbara fält: ${Object.keys(validators).join(', ')}`,
        `fields.${name}`,
        'correctable-field',
      );
    }
    corrected[name] = validate(fields[name], `fields.${name}`, context);
  }
  const merged = { ...record.data, ...corrected };
  if (typeof merged.numerator === 'number' && typeof merged.denominator === 'number' && merged.numerator > merged.denominator) {
    throw new DomainError('CORRECTION.INVALID_VALUE', 'numerator får inte bli större än denominator', 'fields.numerator', 'numerator-not-above-denominator');
  }
  if (merged.denominator === 0) throw new DomainError('CORRECTION.INVALID_VALUE', 'denominator får inte vara 0', 'fields.denominator', 'positive');
  return corrected;
}

export function decideCorrection(command: CorrectionCommand, records: StreamRecords, context: DecideContext): CorrectionEvent[] {
  const record = requireRecord(records, command.data.eventId);
  const reason = requireText(command.data.reason, 'reason', 'CORRECTION.REASON_REQUIRED', 2000);
  if (command.command === 'CorrectRecord') {
    if (record.retracted) throw new DomainError('RECORD.RETRACTED', `Händelsen ${record.id} är återtagen och kan inte rättas`, 'eventId', 'not-retracted');
    const fields = correctedFields(record, command.data.fields, context);
    return [{ type: 'RecordCorrected', data: { correctedEventId: record.id, correctedType: record.type, fields, reason } }];
  }
  if (record.retracted) throw new DomainError('RECORD.ALREADY_RETRACTED', `Händelsen ${record.id} är redan återtagen`, 'eventId', 'not-retracted');
  if (INITIATING_TYPES.has(record.type)) {
    const dependents = [...records.values()].filter((other) => other.id !== record.id && !other.retracted);
    if (dependents.length > 0) {
      throw new DomainError(
        'RETRACTION.HAS_DEPENDENTS',
        `${record.type} kan inte återtas medan ${dependents.length} senare händelser i strömmen gäller; återta dem först`,
        'eventId',
        'no-dependents',
      );
    }
  }
  return [{ type: 'RecordRetracted', data: { retractedEventId: record.id, retractedType: record.type, reason } }];
}
