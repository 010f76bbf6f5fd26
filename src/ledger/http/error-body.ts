/** The body of every refused request (Swedish message). */
export interface ErrorBody {
  readonly statusCode: number;
  /** Stable code, e.g. `PLAN.PARTY_NOT_A_PARTY`. */
  readonly code: string;
  readonly message: string;
  /** The input that broke the rule: a body field (`party`, `source.title`, `parties[3]`), a header (`If-Match`) or a path parameter. */
  readonly field?: string;
  readonly rule?: string;
}
