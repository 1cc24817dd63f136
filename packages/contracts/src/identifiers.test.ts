import { caseDay, identifier, label } from './identifiers';

describe('identifiers, labels and case days', () => {
  it.each(['officer-a', 'inv-1', 'c0ffee00-0000-4000-8000-000000000001', 'doc.2025:7_b'])(
    'accepts the identifier %s',
    (id) => {
      expect(identifier.safeParse(id).success).toBe(true);
    },
  );

  it.each([
    ["x'; DROP TABLE cases.officer; --"],
    ['officer\u200F-a'],
    ['\u202Eofficer-a'],
    ['officer-😀'],
    ['officer a'],
    ['-leading-dash'],
    [''],
    ['x'.repeat(101)],
  ])('refuses the identifier %j', (id) => {
    expect(identifier.safeParse(id).success).toBe(false);
  });

  it('takes labels in any script on one line, without invisible formatting', () => {
    expect(label.safeParse('Закон 380-IV ст. 58 п.7').success).toBe(true);
    expect(label.safeParse('application/pdf').success).toBe(true);
    expect(label.safeParse('art. 58\u202E p.7').success).toBe(false);
    expect(label.safeParse('line\nbreak').success).toBe(false);
  });

  it.each([
    ['2025-02-04', true],
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['0000-01-01', false],
    ['1999-12-31', false],
    ['2100-01-01', false],
    ['2025-02-30', false],
  ])('%s is a case day: %s', (day, ok) => {
    expect(caseDay.safeParse(day).success).toBe(ok);
  });
});
