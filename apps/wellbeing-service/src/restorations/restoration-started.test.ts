import { restorationStartedData } from './restoration-started';

describe('restorationStartedData', () => {
  const published = {
    type: 'RestorationStarted',
    caseId: 'case-1',
    at: '2026-01-10T05:00:00.000Z',
    on: '2026-01-10',
    plans: [
      {
        personRef: 'officer-b',
        findingsNoticeOn: '2026-01-10',
        excludedFromRiskIndicators: true,
        hrFollowUpOn: '2026-01-17',
        citation: 'fairness guard: restoration when allegations are not sustained',
      },
    ],
  };

  it('keeps the case, the person and the days, and drops everything else', () => {
    expect(restorationStartedData.parse(published)).toEqual({
      caseId: 'case-1',
      plans: [{ personRef: 'officer-b', findingsNoticeOn: '2026-01-10', hrFollowUpOn: '2026-01-17' }],
    });
  });

  it('refuses a restoration without a follow-up day or without anyone restored', () => {
    expect(() =>
      restorationStartedData.parse({ ...published, plans: [{ personRef: 'officer-b' }] }),
    ).toThrow();
    expect(() => restorationStartedData.parse({ ...published, plans: [] })).toThrow();
    expect(() =>
      restorationStartedData.parse({
        ...published,
        plans: [{ personRef: 'officer-b', hrFollowUpOn: '17.01.2026' }],
      }),
    ).toThrow();
  });
});
