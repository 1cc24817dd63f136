import { addDays } from '@qorgau/domain';
import { endOfKazakhstanDay, startOfKazakhstanDay } from '../timers';
import { postClosureWindowEnd } from './post-closure';

describe('postClosureWindowEnd', () => {
  it('runs through the last check-in offset plus the grace period after the closing day', () => {
    const end = postClosureWindowEnd('2026-03-02', [7, 30, 90, 180], 7);
    expect(end).toBe(endOfKazakhstanDay(addDays('2026-03-02', 187)));
    expect(end).toBe(startOfKazakhstanDay('2026-09-06'));
  });

  it('takes the largest offset whatever the order, and never a negative grace', () => {
    expect(postClosureWindowEnd('2026-03-02', [30, 7], -3)).toBe(endOfKazakhstanDay('2026-04-01'));
  });

  it('is the end of the closing day without offsets', () => {
    expect(postClosureWindowEnd('2026-03-02', [], 0)).toBe(endOfKazakhstanDay('2026-03-02'));
  });
});
