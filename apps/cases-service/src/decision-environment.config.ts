import { readFileSync } from 'node:fs';
import {
  correctionProblems,
  createPolicy,
  defaultKzCorrections,
  DEFAULT_POLICY,
  pinEnvironment,
  type CalendarCorrections,
  type DomainPolicy,
  type PinnedEnvironment,
} from '@qorgau/domain';
import { z } from 'zod';

/**
 * The decision environment new cases are pinned to (see packages/domain decision-environment.ts): the policy
 * (QORGAU_POLICY_FILE, overrides of the defaults) and the calendar corrections (QORGAU_CALENDAR_FILE, the shipped
 * file by default). Both are read and validated at boot; a bad file stops the service naming the field.
 */

/** The file's JSON, or undefined after reporting why it could not be read. */
const readJson = (path: string, ctx: z.RefinementCtx): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `cannot read a JSON file there (${error instanceof Error ? error.name : 'error'})`,
    });
    return undefined;
  }
};

const whole = z.number().int();
/** The policy file: any subset of the policy's fields (strict: an unknown or misspelt field is an error). */
const policyOverrides = z
  .object({
    explanationDeadlineWorkingDays: whole,
    investigationMaxExtensions: whole,
    investigationExtensionMaxDays: whole,
    appealPeriodCalendarDays: whole,
    protectionAct: z
      .object({
        windowWorkingDays: whole,
        reminderWorkingDaysBeforeClose: z.array(whole),
        maxExtensionWorkingDays: whole,
      })
      .partial()
      .strict(),
    commissionNoticeWorkingDays: whole,
    symmetricJustificationMinLength: whole,
    consistencyMinimumCohort: whole,
    supportCheckInOffsetsDays: z.array(whole),
    restorationFollowUpDays: whole,
  })
  .partial()
  .strict();

/** QORGAU_POLICY_FILE: a JSON file of policy overrides, validated against the law's floors. */
export const policyFile = z
  .string()
  .trim()
  .transform((path, ctx): DomainPolicy => {
    const raw = readJson(path, ctx);
    if (raw === undefined) return z.NEVER;
    const parsed = policyOverrides.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || '(file)'}: ${issue.message}` });
      return z.NEVER;
    }
    const policy = createPolicy(parsed.data);
    if (!policy.ok) {
      ctx.addIssue({ code: 'custom', message: String(policy.error.params.problems ?? policy.error.code) });
      return z.NEVER;
    }
    return policy.value;
  })
  .default(DEFAULT_POLICY);

/** QORGAU_CALENDAR_FILE: the calendar corrections (the shape of packages/domain's kz-calendar-data.json). */
export const calendarFile = z
  .string()
  .trim()
  .transform((path, ctx): CalendarCorrections => {
    const raw = readJson(path, ctx);
    if (raw === undefined) return z.NEVER;
    const problems = correctionProblems(raw);
    for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem });
    return problems.length > 0 ? z.NEVER : (raw as CalendarCorrections);
  })
  .default(defaultKzCorrections);

/** The environment new cases are started with. */
export const decisionEnvironmentOf = (config: {
  readonly QORGAU_POLICY_FILE: DomainPolicy;
  readonly QORGAU_CALENDAR_FILE: CalendarCorrections;
}): PinnedEnvironment => pinEnvironment(config.QORGAU_POLICY_FILE, config.QORGAU_CALENDAR_FILE);
