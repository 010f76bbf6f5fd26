/** An event as the domain sees it: the type string equals the type's name. */
export type Event<Type extends string, Data extends Record<string, unknown>> = {
  readonly type: Type;
  readonly data: Data;
};
