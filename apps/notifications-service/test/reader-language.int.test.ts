import { randomUUID } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { DevTokenIssuer } from '@qorgau/service-kit';
import request from 'supertest';
import { createTopics, startService, suiteConfig, testKafka } from './support/harness';

/** Issue 13: the service's refusals in the reader's language (Accept-Language before the token's locale). */
describe('errors in the reader’s language', () => {
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    const config = await suiteConfig(1);
    await createTopics(testKafka(), [
      config.CASE_EVENTS_TOPIC,
      config.SUPPORT_FOLLOW_UPS_TOPIC,
      config.WELLBEING_CONCERNS_TOPIC,
    ]);
    app = await startService(config);
    const issuer = await DevTokenIssuer.create(config.JWT_DEV_KEYS_DIR);
    token = await issuer.issue({ personRef: 'reader-1', roles: ['officer'], unitId: 'unit-1', locale: 'en' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers a refusal in Kazakh with Accept-Language: kk, whatever the token says', async () => {
    const missing = await request(app.getHttpServer())
      .post(`/inbox/${randomUUID()}/read`)
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'kk')
      .expect(404);
    expect(missing.body).toMatchObject({
      code: 'NOT_FOUND',
      title: 'Табылмады',
      detail: 'Сұралған ресурс табылмады.',
    });
    const invalid = await request(app.getHttpServer())
      .put('/preferences/me')
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'kk')
      .send({ locale: 'de', channels: [] })
      .expect(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Деректер қате' });
  });

  it("falls back to the token's locale without the header", async () => {
    const missing = await request(app.getHttpServer())
      .post(`/inbox/${randomUUID()}/read`)
      .set('authorization', `Bearer ${token}`)
      .expect(404);
    expect(missing.body).toMatchObject({ title: 'Not Found', detail: 'No such inbox item' });
  });
});
