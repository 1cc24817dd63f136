import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { reportOf, today } from './support/cases';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { startWorker } from './support/worker';

const key = () => `lang-${randomBytes(8).toString('hex')}`;
const UNIT = 'unit-almaty-3';

/** Issue 13: problem+json titles and details in the reader's language (Accept-Language, then the token's). */
describe('errors in the reader’s language', () => {
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let caseId: string;
  const taskQueue = `cases-lang-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_reader_language');
    db = created.dataSource;
    worker = await startWorker(db, taskQueue);
    cases = await startCases(created.url, {
      TEMPORAL_TASK_QUEUE: taskQueue,
      OUTBOX_RELAY_ENABLED: 'false',
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')),
    });
    const { type: _type, ...report } = reportOf(today());
    const registered = await request(cases.app.getHttpServer())
      .post('/cases')
      .set('authorization', `Bearer ${await tokenFor('head-1', ['head'], UNIT)}`)
      .set('idempotency-key', key())
      .send(report)
      .expect(201);
    caseId = registered.body.caseId as string;
  });

  afterAll(async () => {
    await cases?.close();
    await worker?.stop();
    await db?.destroy();
  });

  /** The head approves a conclusion the case does not have yet: the stage refuses it (409). */
  const approveTooEarly = async (acceptLanguage?: string) => {
    const req = request(cases.app.getHttpServer())
      .post(`/cases/${caseId}/conclusion/approval`)
      .set('authorization', `Bearer ${await tokenFor('head-1', ['head'], UNIT)}`)
      .set('idempotency-key', key());
    return (acceptLanguage ? req.set('accept-language', acceptLanguage) : req).send({});
  };

  it('answers the same domain refusal in Kazakh, Russian and English after Accept-Language', async () => {
    const kk = await approveTooEarly('kk');
    const ru = await approveTooEarly('ru-RU,ru;q=0.9');
    const en = await approveTooEarly('de;q=1, en;q=0.8, ru;q=0.5');
    for (const res of [kk, ru, en]) {
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'COMMAND_NOT_ALLOWED_IN_STAGE', citation: expect.any(String) });
    }
    expect(kk.body.title).toBe('Қадамды ережелер рұқсат етпейді');
    expect(kk.body.detail).toBe(
      '«ApproveConclusion» әрекетін іс «reported» кезеңінде тұрғанда орындауға болмайды.',
    );
    expect(ru.body.title).toBe('Шаг запрещён правилами');
    expect(ru.body.detail).toBe('Действие «ApproveConclusion» недопустимо на стадии «reported».');
    expect(en.body.title).toBe('The rules do not allow this step');
    expect(en.body.detail).toBe(
      'The action "ApproveConclusion" is not allowed while the case is at stage "reported".',
    );
  });

  it("falls back to the person's stored language (the token's locale claim) without Accept-Language", async () => {
    const res = await approveTooEarly();
    expect(res.body.detail).toBe('Действие «ApproveConclusion» недопустимо на стадии «reported».');
  });

  it('says why a command is invalid in the reader’s language, and keeps the reason key for machines', async () => {
    const { type: _type, ...report } = reportOf(today());
    // Committed after it was discovered: the decider refuses the content (INVALID_COMMAND with a reason key).
    const inverted = {
      ...report,
      violations: report.violations.map((v) => ({
        ...v,
        committedOn: v.discoveredOn,
        discoveredOn: '2025-03-01',
      })),
    };
    const refuse = async (language: string) =>
      request(cases.app.getHttpServer())
        .post('/cases')
        .set('authorization', `Bearer ${await tokenFor('head-1', ['head'], UNIT)}`)
        .set('idempotency-key', key())
        .set('accept-language', language)
        .send(inverted);
    const [kk, ru, en] = [await refuse('kk'), await refuse('ru'), await refuse('en')];
    const id = report.violations[0]!.id;
    for (const res of [kk, ru, en]) {
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'INVALID_COMMAND',
        reason: 'VIOLATION_DATES_OUT_OF_ORDER',
        params: { reason: 'VIOLATION_DATES_OUT_OF_ORDER', id },
      });
    }
    expect(kk.body.detail).toBe(
      `Команда қате толтырылған: ${id}: жасалған күні ≤ анықталған күні ≤ бүгін болуы тиіс.`,
    );
    expect(ru.body.detail).toBe(
      `Команда заполнена неверно: ${id}: дата совершения ≤ дата обнаружения ≤ сегодня.`,
    );
    expect(en.body.detail).toBe(`The command is invalid: ${id}: committed ≤ discovered ≤ today.`);
  });

  it('explains validation errors and platform refusals in the reader’s language too', async () => {
    const token = await tokenFor('head-1', ['head'], UNIT);
    const invalid = (language: string) =>
      request(cases.app.getHttpServer())
        .post(`/cases/${caseId}/investigation`)
        .set('authorization', `Bearer ${token}`)
        .set('idempotency-key', key())
        .set('accept-language', language)
        .send({ investigatorRef: 42 });
    const kk = await invalid('kk');
    const ru = await invalid('ru');
    const en = await invalid('en');
    for (const res of [kk, ru, en]) {
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'investigatorRef' }] });
    }
    expect(kk.body.title).toBe('Деректер қате');
    expect(kk.body.detail).toBe('Өріс қате толтырылған: investigatorRef (invalid_type)');
    expect(kk.body.errors[0].message).toBe('мән түрі қате немесе мән жоқ');
    expect(ru.body.title).toBe('Неверные данные');
    expect(ru.body.detail).toBe('Поле заполнено неверно: investigatorRef (invalid_type)');
    expect(en.body.title).toBe('Invalid input');
    expect(en.body.detail).toBe('The request is invalid: investigatorRef (invalid_type)');

    // Someone unrelated to the case: the case is not visible (404), said in their language.
    const stranger = await request(cases.app.getHttpServer())
      .get(`/cases/${caseId}`)
      .set('authorization', `Bearer ${await tokenFor('officer-z', ['officer'], UNIT)}`)
      .set('accept-language', 'kk');
    expect(stranger.status).toBe(404);
    expect(stranger.body).toMatchObject({
      code: 'CASE_NOT_FOUND',
      title: 'Табылмады',
      detail: 'Мұндай іс жоқ немесе ол сізге көрінбейді.',
    });
  });
});
