import { correctionProblems, type CalendarCorrections } from './calendar/corrections';
import { createKazakhstanCalendar, defaultKzCorrections } from './calendar/kz-calendar';
import type { WorkingCalendar } from './calendar/day-info';
import type { DecisionEnvironment } from './lifecycle/context';
import { completePolicy, DEFAULT_POLICY, policyProblems, type DomainPolicy } from './policy';

/**
 * The decision environment a case is pinned to: the policy and the calendar data its decisions use, by value,
 * versioned by content. A case's workflow receives it at start (recorded in its history), so a later edit of
 * the policy or of the calendar file changes only new cases; a running case changes environment only through an
 * explicit, audited migration (MigrateDecisionEnvironment).
 */
export interface PinnedEnvironment {
  /** `env-<hash>` of policy and calendar together: equal content, equal version. */
  readonly version: string;
  readonly policy: DomainPolicy;
  readonly calendar: {
    readonly id: 'KZ';
    /** `cal-<hash>` of the corrections. */
    readonly version: string;
    /** The per-year corrections (decrees, added and removed holidays) on top of the holiday library. */
    readonly corrections: CalendarCorrections;
  };
}

/** JSON with object keys sorted: the same content always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a (64 bit) of the canonical JSON's UTF-16 code units, as 16 hex digits: an identity, not a secret. */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Pins a (validated) policy and calendar corrections as one versioned environment. */
export function pinEnvironment(policy: DomainPolicy, corrections: CalendarCorrections): PinnedEnvironment {
  const calendar = { id: 'KZ' as const, version: `cal-${contentHash(corrections)}`, corrections };
  return { version: `env-${contentHash({ policy, calendar: calendar.version })}`, policy, calendar };
}

/** The environment compiled into the package (default policy, the shipped calendar file). */
export const DEFAULT_PINNED_ENVIRONMENT: PinnedEnvironment = pinEnvironment(
  DEFAULT_POLICY,
  defaultKzCorrections,
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What is wrong with a pinned environment (empty when usable): shape, policy floors, calendar data, versions. */
export function pinnedEnvironmentProblems(input: unknown): string[] {
  return environmentProblems(input, (corrections) =>
    correctionProblems(corrections).map((p) => `calendar.corrections: ${p}`),
  );
}

/**
 * What keeps a case from running on a pinned environment it already has (its workflow input): shape, policy and
 * versions matching the content, but not today's stricter rules for calendar files (e.g. a field added to the data
 * format later) — an environment valid when the case started stays usable for that case.
 */
export function pinnedEnvironmentIntegrityProblems(input: unknown): string[] {
  return environmentProblems(input, (corrections) =>
    isObject(corrections) && Array.isArray(corrections.nonTransferableRules) && isObject(corrections.years)
      ? []
      : ['calendar.corrections must be { nonTransferableRules, years }'],
  );
}

function environmentProblems(input: unknown, calendarProblems: (corrections: unknown) => string[]): string[] {
  if (!isObject(input)) return ['environment must be { version, policy, calendar }'];
  const { policy, calendar } = input;
  if (!isObject(policy) || !isObject(policy.protectionAct)) return ['environment.policy must be a policy'];
  if (!isObject(calendar) || calendar.id !== 'KZ') return ['environment.calendar must be { id: "KZ", ... }'];
  const problems = [
    ...safeProblems(() => policyProblems(completePolicy(policy as unknown as DomainPolicy))).map(
      (p) => `policy.${p}`,
    ),
    ...calendarProblems(calendar.corrections),
  ];
  if (problems.length > 0) return problems;
  const expected = pinEnvironment(
    policy as unknown as DomainPolicy,
    calendar.corrections as CalendarCorrections,
  );
  if (calendar.version !== expected.calendar.version)
    problems.push(`calendar.version must be ${expected.calendar.version} (the hash of its corrections)`);
  if (input.version !== expected.version)
    problems.push(`version must be ${expected.version} (the hash of policy and calendar)`);
  return problems;
}

function safeProblems(check: () => string[]): string[] {
  try {
    return check();
  } catch {
    return ['policy has a malformed field'];
  }
}

const calendars = new Map<string, WorkingCalendar>();

/** The decision environment of a pinned one (its calendar built once per calendar version). */
export function decisionEnvironmentOf(pinned: PinnedEnvironment): DecisionEnvironment {
  let calendar = calendars.get(pinned.calendar.version);
  if (!calendar) {
    calendar = createKazakhstanCalendar({ corrections: pinned.calendar.corrections });
    calendars.set(pinned.calendar.version, calendar);
  }
  return { policy: completePolicy(pinned.policy), calendar };
}
