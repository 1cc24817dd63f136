import { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope } from './envelope';
import { type EventDefinition, type EventDefinitions, type OpenEventDefinition } from './event-definition';
import { dlqTopicName, TOPIC_NAME_PATTERN, type DeadLetterTopicName } from './topics';

type KnownTypes<TEvents> = keyof TEvents & string;
type OpenTypes<TOpen> = TOpen extends OpenEventDefinition<infer TType, z.ZodType> ? TType : never;
type DataSchema<TEvents, TOpen, TType> =
  TType extends KnownTypes<TEvents>
    ? TEvents[TType] extends EventDefinition<infer TData>
      ? TData
      : never
    : TOpen extends OpenEventDefinition<string, infer TData>
      ? TData
      : never;

/** Every event type a topic accepts: the registered ones and, for open topics, the pattern's. */
export type EventTypes<TEvents, TOpen> = KnownTypes<TEvents> | OpenTypes<TOpen>;

/** The parsed envelope of each event type (a union, discriminated by `type` for registered types). */
export type Envelopes<TEvents, TOpen, TType = EventTypes<TEvents, TOpen>> = TType extends string
  ? EventEnvelope<TType, z.output<DataSchema<TEvents, TOpen, TType>>>
  : never;

/** What a producer may hand in (before defaults are applied). */
export type EnvelopeInputs<TEvents, TOpen, TType = EventTypes<TEvents, TOpen>> = TType extends string
  ? EventEnvelope<TType, z.input<DataSchema<TEvents, TOpen, TType>>>
  : never;

/** A topic, its event map and the one schema that checks an envelope and its `data` for that topic. */
export interface TopicContract<
  TName extends string = string,
  TEvents extends EventDefinitions = EventDefinitions,
  TOpen extends OpenEventDefinition | undefined = OpenEventDefinition | undefined,
> {
  readonly name: TName;
  readonly dlq: DeadLetterTopicName<TName>;
  readonly events: TEvents;
  readonly open: TOpen;
  /** The `data` field that must equal `subject` (the aggregate id and Kafka key), if any. */
  readonly subjectField: string | undefined;
  readonly envelope: z.ZodType<Envelopes<TEvents, TOpen>, EnvelopeInputs<TEvents, TOpen>>;
  /** The version producers stamp on `type`, or undefined for a type the topic does not accept. */
  versionOf(type: string): number | undefined;
  /** The same contract on another topic name: tests with unique topics, replays. */
  withName<TOther extends string>(name: TOther): TopicContract<TOther, TEvents, TOpen>;
}

export type AnyTopicContract = TopicContract<string, EventDefinitions, OpenEventDefinition | undefined>;

export type EventTypeOf<C extends AnyTopicContract> =
  C extends TopicContract<string, infer TEvents, infer TOpen> ? EventTypes<TEvents, TOpen> : never;

export type EventOf<C extends AnyTopicContract, TType extends string = EventTypeOf<C>> =
  C extends TopicContract<string, infer TEvents, infer TOpen> ? Envelopes<TEvents, TOpen, TType> : never;

export type EventInputOf<C extends AnyTopicContract, TType extends string = EventTypeOf<C>> =
  C extends TopicContract<string, infer TEvents, infer TOpen> ? EnvelopeInputs<TEvents, TOpen, TType> : never;

export interface TopicOptions<TOpen extends OpenEventDefinition | undefined> {
  open?: TOpen;
  subjectField?: string;
}

export function defineTopic<
  TName extends string,
  TEvents extends EventDefinitions,
  TOpen extends OpenEventDefinition | undefined = undefined,
>(name: TName, events: TEvents, options: TopicOptions<TOpen> = {}): TopicContract<TName, TEvents, TOpen> {
  if (!TOPIC_NAME_PATTERN.test(name)) {
    throw new Error(`topic "${name}" does not follow <context>.<name>.v<N>`);
  }
  const open = options.open as TOpen;
  const definitionOf = (type: string): EventDefinition | undefined =>
    Object.hasOwn(events, type) ? events[type] : open?.type.safeParse(type).success ? open : undefined;
  return {
    name,
    dlq: dlqTopicName(name),
    events,
    open,
    subjectField: options.subjectField,
    // The transform checks `data` against the definition of `type`; the static type says the same thing.
    envelope: envelopeSchema(name, definitionOf, options.subjectField) as unknown as TopicContract<
      TName,
      TEvents,
      TOpen
    >['envelope'],
    versionOf: (type) => definitionOf(type)?.version,
    withName: (other) => defineTopic(other, events, options),
  };
}

function envelopeSchema(
  topic: string,
  definitionOf: (type: string) => EventDefinition | undefined,
  subjectField: string | undefined,
) {
  return eventEnvelopeSchema.transform((envelope, ctx) => {
    const definition = definitionOf(envelope.type);
    if (!definition) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: `unknown event type on ${topic}` });
      return z.NEVER;
    }
    if (envelope.version !== definition.version) {
      const message = `${envelope.type} is version ${definition.version} on ${topic}`;
      ctx.addIssue({ code: 'custom', path: ['version'], message });
      return z.NEVER;
    }
    const data = definition.data.safeParse(envelope.data);
    if (!data.success) {
      for (const issue of data.error.issues) {
        // Keep the nested rule so problem+json and DLQ reasons can name it.
        const path = ['data', ...issue.path];
        ctx.addIssue({ code: 'custom', path, message: issue.message, params: { rule: issue.code } });
      }
      return z.NEVER;
    }
    const aggregateId = subjectField ? (data.data as Record<string, unknown>)[subjectField] : undefined;
    if (aggregateId !== undefined && aggregateId !== null && aggregateId !== envelope.subject) {
      const message = `must equal data.${subjectField}: the aggregate id is the Kafka key that keeps its events in order`;
      ctx.addIssue({ code: 'custom', path: ['subject'], message });
      return z.NEVER;
    }
    return { ...envelope, data: data.data };
  });
}
