import type { ClassConstructor } from 'class-transformer';
import { CorrectRecordData, RetractRecordData } from '../../corrections/correction-commands.dto.js';
import { PublishFigureData } from '../../figures/figure-commands.dto.js';
import { InitiativeTransitionData, RegisterInitiativeData } from '../../initiatives/initiative-commands.dto.js';
import { AdoptPlanData, InitiatePlanData, ProposePlanData, RevisePlanData, SupersedePlanData, WithdrawPlanData } from '../../plans/plan-commands.dto.js';
import type { CommandEnvelope, LedgerCommand } from '../domain/commands.js';
import { DomainError } from '../domain/domain-error.js';
import { requireSource } from '../domain/rules.js';
import { SourceDto } from '../validation/source.dto.js';
import { isPlainObject, validateDto } from '../validation/validate-dto.js';

/** The shape each command's data must have. */
const DATA_SHAPES: Readonly<Record<LedgerCommand['command'], ClassConstructor<object>>> = {
  InitiatePlan: InitiatePlanData,
  ProposePlan: ProposePlanData,
  AdoptPlan: AdoptPlanData,
  RevisePlan: RevisePlanData,
  SupersedePlan: SupersedePlanData,
  WithdrawPlan: WithdrawPlanData,
  RegisterInitiative: RegisterInitiativeData,
  DecideInitiative: InitiativeTransitionData,
  StartInitiative: InitiativeTransitionData,
  ScaleUpInitiative: InitiativeTransitionData,
  MakeInitiativePermanent: InitiativeTransitionData,
  EndInitiative: InitiativeTransitionData,
  PublishFigure: PublishFigureData,
  CorrectRecord: CorrectRecordData,
  RetractRecord: RetractRecordData,
};

export const COMMAND_NAMES = Object.keys(DATA_SHAPES) as LedgerCommand['command'][];

const ENVELOPE_FIELDS = new Set(['command', 'data', 'source']);

/**
 * Turns untrusted input (an HTTP body mapped to an envelope, or a line of an
 * import file) into a command: known command, data of the right shape, a
 * source with a title. Field names in errors are those of the data (`party`,
 * `source.title`), as a client writes them in an HTTP body.
 */
export function parseEnvelope(envelope: unknown): CommandEnvelope {
  if (!isPlainObject(envelope)) throw new DomainError('REQUEST.INVALID_TYPE', 'Kommandot måste vara ett JSON-objekt', 'body', 'object');
  const extra = Object.keys(envelope).find((key) => !ENVELOPE_FIELDS.has(key));
  if (extra !== undefined) throw new DomainError('REQUEST.UNKNOWN_FIELD', `${extra} är inget känt fält`, extra, 'known-field');
  const { command, data, source } = envelope;
  if (typeof command !== 'string' || !Object.hasOwn(DATA_SHAPES, command)) {
    throw new DomainError('REQUEST.UNKNOWN_COMMAND', `command: okänt kommando; tillåtna: ${COMMAND_NAMES.join(', ')}`, 'command', 'known-command');
  }
  validateDto(DATA_SHAPES[command as LedgerCommand['command']], data);
  if (source === undefined || source === null || (isPlainObject(source) && (source.title === undefined || source.title === ''))) {
    requireSource(null);
  }
  validateDto(SourceDto, source, 'source.');
  return { command, data, source: requireSource(source as SourceDto) } as CommandEnvelope;
}
