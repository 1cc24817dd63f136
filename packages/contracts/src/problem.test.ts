import { z } from 'zod';
import {
  fieldErrors,
  makeProblem,
  PLATFORM_ERROR_CODES,
  problemDetailsSchema,
  type ErrorCode,
} from './problem';

describe('problem+json', () => {
  it('builds a problem with a stable type from its code', () => {
    const code: ErrorCode<'PROTECTION_ACT_WINDOW_OPEN'> = 'PROTECTION_ACT_WINDOW_OPEN';
    const problem = makeProblem({
      code,
      status: 409,
      title: 'The Protection Act window is still open',
      detail: 'The officer may file a Protection Act until 2025-12-01.',
      instance: '/cases/case-42/conclusion',
    });
    expect(problem.type).toBe('urn:qorgau:problem:protection-act-window-open');
    expect(problemDetailsSchema.parse(problem)).toEqual(problem);
  });

  it('names each unknown key as the field (the message alone would not say which)', () => {
    const result = z.strictObject({ year: z.string() }).safeParse({ year: '2026', month: '04', day: '1' });
    expect(result.success ? [] : fieldErrors(result.error)).toEqual([
      { field: 'month', rule: 'unrecognized_keys', message: expect.any(String) },
      { field: 'day', rule: 'unrecognized_keys', message: expect.any(String) },
    ]);
  });

  it('carries field errors for validation failures, built from zod issues', () => {
    const schema = z.object({
      caseId: z.string().min(1),
      parties: z.array(z.object({ personRef: z.string() })),
    });
    const result = schema.safeParse({ caseId: '', parties: [{}] });
    expect(result.success).toBe(false);
    const errors = result.success ? [] : fieldErrors(result.error);
    expect(errors).toEqual([
      { field: 'caseId', rule: 'too_small', message: expect.any(String) },
      { field: 'parties.0.personRef', rule: 'invalid_type', message: expect.any(String) },
    ]);
    const problem = makeProblem({
      code: 'VALIDATION_FAILED',
      status: PLATFORM_ERROR_CODES.VALIDATION_FAILED,
      title: 'Invalid request',
      detail: '2 fields are invalid',
      instance: '/cases',
      errors,
    });
    expect(problemDetailsSchema.safeParse(problem).success).toBe(true);
  });

  it('rejects problems without a stable code or with a non-error status', () => {
    const base = {
      type: 'about:blank',
      title: 'x',
      status: 404,
      detail: '',
      instance: '/x',
      code: 'NOT_FOUND',
    };
    expect(problemDetailsSchema.safeParse(base).success).toBe(true);
    expect(problemDetailsSchema.safeParse({ ...base, code: 'not-found' }).success).toBe(false);
    expect(problemDetailsSchema.safeParse({ ...base, status: 200 }).success).toBe(false);
    const { code: _code, ...withoutCode } = base;
    expect(problemDetailsSchema.safeParse(withoutCode).success).toBe(false);
  });
});
