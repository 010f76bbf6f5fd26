import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DomainError } from '../domain/domain-error.js';

/** Swedish wording and stable rule names for the class-validator constraints the ledger's DTOs use. */
const CONSTRAINTS: Readonly<Record<string, { readonly rule: string; readonly text: string }>> = {
  isString: { rule: 'string', text: 'måste vara en text' },
  isArray: { rule: 'array', text: 'måste vara en lista' },
  isInt: { rule: 'integer', text: 'måste vara ett heltal' },
  isNumber: { rule: 'number', text: 'måste vara ett ändligt tal' },
  isObject: { rule: 'object', text: 'måste vara ett objekt' },
};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toDomainError(error: ValidationError, prefix: string): DomainError {
  const field = `${prefix}${error.property}`;
  const names = Object.keys(error.constraints ?? {});
  if (names.includes('whitelistValidation')) {
    return new DomainError('REQUEST.UNKNOWN_FIELD', `${field} är inget känt fält`, field, 'known-field');
  }
  if (error.value === undefined) return new DomainError('REQUEST.MISSING_FIELD', `${field} måste anges`, field, 'required');
  const constraint = CONSTRAINTS[names[0]] ?? { rule: names[0] ?? 'valid', text: 'har fel form' };
  const each = Array.isArray(error.value) && names[0] !== 'isArray';
  return new DomainError('REQUEST.INVALID_TYPE', each ? `varje element i ${field} ${constraint.text}` : `${field} ${constraint.text}`, field, constraint.rule);
}

/**
 * Checks the shape of a command's data (types, required and unknown fields)
 * with the class-validator rules of its DTO. The same check runs for HTTP
 * bodies and import lines; the deciders then apply the domain rules.
 */
export function validateDto(dto: ClassConstructor<object>, value: unknown, prefix = ''): void {
  if (!isPlainObject(value)) {
    const field = prefix.replace(/\.$/, '') || 'body';
    throw new DomainError('REQUEST.INVALID_TYPE', `${field} måste vara ett JSON-objekt`, field, 'object');
  }
  const errors = validateSync(plainToInstance(dto, value), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const unknown = errors.find((error) => error.constraints?.whitelistValidation);
    throw toDomainError(unknown ?? errors[0], prefix);
  }
}
