import { expectedVersionOf } from './case-command.service';

describe('If-Match → expectedVersion', () => {
  it('takes the one version a strong or weak tag names, and none for * or a list', () => {
    expect(expectedVersionOf('"7"')).toBe(7);
    expect(expectedVersionOf(' W/"12" ')).toBe(12);
    expect(expectedVersionOf('*')).toBeUndefined();
    expect(expectedVersionOf('"1", "2"')).toBeUndefined();
    expect(expectedVersionOf('7')).toBeUndefined();
    expect(expectedVersionOf(undefined)).toBeUndefined();
  });
});
