import { type z } from 'zod';

/** One event type of a topic: the version producers stamp on it and the schema of its `data`. */
export interface EventDefinition<TData extends z.ZodType = z.ZodType> {
  readonly version: number;
  readonly data: TData;
}

/** The event map of a topic: event type → definition. */
export type EventDefinitions = Readonly<Record<string, EventDefinition>>;

/**
 * Event types a topic accepts without registering each one (case events while the cases service is being
 * written): any `type` the `type` schema accepts, with a generic `data` schema.
 */
export interface OpenEventDefinition<TType extends string = string, TData extends z.ZodType = z.ZodType> {
  readonly type: z.ZodType<TType>;
  readonly version: number;
  readonly data: TData;
}

export const defineEvent = <TData extends z.ZodType>(
  version: number,
  data: TData,
): EventDefinition<TData> => ({
  version,
  data,
});
