/**
 * A refused command. `code` is stable (`PLAN.PARTY_ALREADY_ADOPTED`); the edge
 * maps it to HTTP. `field` names the input that broke `rule`; message is Swedish.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly rule?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const domainError = (code: string, message: string, field?: string, rule?: string): never => {
  throw new DomainError(code, message, field, rule);
};
