import { ValidateIf } from 'class-validator';

/**
 * An optional field: absent is fine, but `null` is validated like any other
 * value (class-validator's IsOptional would let null through to the deciders).
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
