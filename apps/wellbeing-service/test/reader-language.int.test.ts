import request from 'supertest';
import { provisionedDatabase, startWellbeing, TestClock, tokenFor, type Wellbeing } from './support/harness';

/** Issue 13: the service's refusals in the reader's language (Accept-Language before the token's locale). */
describe('errors in the reader’s language', () => {
  let wellbeing: Wellbeing;

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_reader_language');
    wellbeing = await startWellbeing(serviceUrl, {}, new TestClock(new Date('2026-04-08T06:00:00Z')));
  });

  afterAll(async () => {
    await wellbeing?.close();
  });

  it('answers a refusal in Kazakh with Accept-Language: kk, whatever the token says', async () => {
    const officer = await tokenFor('officer-l1', ['officer']); // the token's locale is ru
    const concern = await request(wellbeing.app.getHttpServer())
      .post('/me/concerns')
      .set('authorization', `Bearer ${officer}`)
      .set('accept-language', 'kk')
      .send({ caseId: 'case-not-mine', category: 'stigmatization', content: 'Nobody talks to me.' })
      .expect(404);
    expect(concern.body).toMatchObject({
      code: 'NOT_FOUND',
      title: 'Табылмады',
      detail: 'Сұралған ресурс табылмады.',
    });
    const auditor = await tokenFor('auditor-l1', ['auditor']);
    const offGrid = await request(wellbeing.app.getHttpServer())
      .get('/stats/check-ins?year=2026&granularity=month')
      .set('authorization', `Bearer ${auditor}`)
      .set('accept-language', 'kk')
      .expect(400);
    expect(offGrid.body).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Деректер қате' });
  });

  it("falls back to the token's locale (ru) without the header", async () => {
    const officer = await tokenFor('officer-l1', ['officer']);
    const concern = await request(wellbeing.app.getHttpServer())
      .post('/me/concerns')
      .set('authorization', `Bearer ${officer}`)
      .send({ caseId: 'case-not-mine', category: 'stigmatization', content: 'Nobody talks to me.' })
      .expect(404);
    expect(concern.body).toMatchObject({ title: 'Не найдено', detail: 'Запрошенный ресурс не найден.' });
  });
});
