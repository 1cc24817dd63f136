import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { problemDetailsSchema } from '@qorgau/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { ProblemException } from './problem.exception';
import { problemOf } from './problem-of';

describe('problemOf', () => {
  it('names every invalid field and the rule it broke for a zod validation error', () => {
    const schema = z.object({ email: z.email(), channels: z.array(z.enum(['inbox', 'email'])).min(1) });
    const error = schema.safeParse({ email: 'nope', channels: [] }).error!;
    const problem = problemOf(new ZodValidationException(error), '/preferences/me');
    expect(problemDetailsSchema.parse(problem)).toEqual(problem);
    expect(problem).toMatchObject({
      type: 'urn:qorgau:problem:validation-failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      instance: '/preferences/me',
      errors: [
        { field: 'email', rule: 'invalid_format', message: expect.any(String) },
        { field: 'channels', rule: 'too_small', message: expect.any(String) },
      ],
    });
  });

  it('keeps the status and message of an HTTP exception under its platform code', () => {
    expect(problemOf(new NotFoundException('No such inbox item'), '/inbox/1/read')).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No such inbox item',
      title: 'Not Found',
    });
    expect(problemOf(new ForbiddenException(), '/x')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('renders a ProblemException with its own code', () => {
    const problem = problemOf(
      new ProblemException({ code: 'WINDOW_CLOSED', status: 409, detail: 'The window closed' }),
      '/acts',
    );
    expect(problem).toMatchObject({
      code: 'WINDOW_CLOSED',
      status: 409,
      type: 'urn:qorgau:problem:window-closed',
    });
  });

  it('turns an unknown error into a bare 500 that leaks nothing', () => {
    const problem = problemOf(new Error('password=hunter2 at db.internal:5432'), '/inbox');
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(problem)).not.toMatch(/hunter2|db\.internal/);
    expect(problemOf('a thrown string', '/inbox').status).toBe(500);
  });

  it('keeps a body-parser 4xx (bad JSON) a client error without echoing the body', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token } in JSON at 7: {"a":}'), {
      status: 400,
      expose: true,
    });
    const problem = problemOf(parseError, '/x');
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problem.detail).not.toContain('{"a":}');
  });

  it('titles and explains problems in the reader’s language', () => {
    const schema = z.object({ email: z.email() });
    const invalid = new ZodValidationException(schema.safeParse({ email: 'nope' }).error!);
    expect(problemOf(invalid, '/x', 'kk')).toMatchObject({
      title: 'Деректер қате',
      detail: 'Өріс қате толтырылған: email (invalid_format)',
      errors: [{ field: 'email', rule: 'invalid_format', message: 'мән пішімі қате' }],
    });
    expect(problemOf(invalid, '/x', 'ru')).toMatchObject({
      title: 'Неверные данные',
      detail: 'Поле заполнено неверно: email (invalid_format)',
    });
    const forbidden = new ProblemException({
      code: 'FORBIDDEN',
      status: 403,
      detail: 'Only a head registers.',
    });
    expect(problemOf(forbidden, '/x', 'ru')).toMatchObject({
      title: 'Доступ запрещён',
      detail: 'Вам не разрешено это действие.',
    });
    expect(problemOf(forbidden, '/x', 'en')).toMatchObject({
      title: 'Forbidden',
      detail: 'Only a head registers.',
    });
    expect(problemOf(new NotFoundException(), '/x', 'kk')).toMatchObject({ title: 'Табылмады' });
  });

  it('answers 503 SERVICE_UNAVAILABLE, not 500, when a dependency could not be reached (retry)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to unexpected postmaster exit'), {
      code: '57P01',
    });
    const wrapped = Object.assign(new Error('query failed'), {
      driverError: new Error('Connection terminated unexpectedly'),
    });
    // The Temporal client's ServiceError around a gRPC status: the server away, or no worker polling the queue.
    const grpc = (code: number, details: string) =>
      Object.assign(new Error('Failed to query Workflow'), {
        name: 'ServiceError',
        cause: Object.assign(new Error(`${code} ${details}`), { code, details }),
      });
    const temporalAway = grpc(14, 'No connection established');
    const noWorker = grpc(9, 'no poller seen for task queue recently, worker may be down');
    for (const error of [refused, shutdown, wrapped, temporalAway, noWorker]) {
      const problem = problemOf(error, '/cases/c-1/timeline');
      expect(problemDetailsSchema.parse(problem)).toEqual(problem);
      expect(problem).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(problem.detail).not.toContain('5432');
    }
    expect(problemOf(refused, '/x', 'ru').detail).toBe('Сервис временно недоступен. Повторите чуть позже.');
    const bug = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(problemOf(bug, '/x')).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(problemOf(grpc(9, 'some other precondition'), '/x')).toMatchObject({ status: 500 });
  });
});
