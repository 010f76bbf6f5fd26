import type { DecideContext } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { requireActor, requireDecisionDate, requireDistinct, requireOneOf, requireText } from '../../ledger/domain/rules.js';

/**
 * Validates one corrected value. Corrections arrive as free JSON (`fields`), so
 * each validator checks the type itself before the same rule the decider applies.
 */
export type FieldValidator = (value: unknown, field: string, context: DecideContext) => unknown;

const wrongType = (field: string, expected: string): never => {
  throw new DomainError('CORRECTION.INVALID_VALUE', `${field} måste vara ${expected}`, field, 'type');
};

const isString = (value: unknown): value is string => typeof value === 'string';

export const text = (maxLength = 300): FieldValidator => (value, field) =>
  isString(value) ? requireText(value, field, 'CORRECTION.INVALID_VALUE', maxLength) : wrongType(field, 'en text');

export const nullable = (validator: FieldValidator): FieldValidator => (value, field, context) =>
  value === null ? null : validator(value, field, context);

export const decisionDate: FieldValidator = (value, field, { now }) =>
  isString(value) ? requireDecisionDate(value, field, now) : wrongType(field, 'ett EDTF-datum som text');

export const oneOf = (allowed: readonly string[]): FieldValidator => (value, field) =>
  isString(value) ? requireOneOf(allowed, value, field, 'CORRECTION.INVALID_VALUE') : wrongType(field, 'en text');

export const listOf = (allowed: readonly string[]): FieldValidator => (value, field) => {
  if (!Array.isArray(value)) return wrongType(field, 'en lista');
  const items = value.map((item, index) => (isString(item) ? requireOneOf(allowed, item, `${field}[${index}]`, 'CORRECTION.INVALID_VALUE') : wrongType(`${field}[${index}]`, 'en text')));
  return requireDistinct(items, field, 'CORRECTION.INVALID_VALUE');
};

export const actor: FieldValidator = (value, field, { actors }) =>
  isString(value) ? requireActor(actors, value, field).id : wrongType(field, 'ett aktörs-id som text');

export const nonNegativeNumber: FieldValidator = (value, field) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : wrongType(field, 'ett tal ≥ 0');

export const count: FieldValidator = (value, field) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : wrongType(field, 'ett heltal ≥ 0');
