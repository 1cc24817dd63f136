import { investigating, reported } from '../test-support/case-builder';
import { overdueClocks } from './overdue';

describe('overdueClocks: running clocks past their day', () => {
  it('counts nothing while every clock is still due', () => {
    expect(overdueClocks(investigating().state, '2025-04-04')).toEqual({});
  });

  it('counts a clock only after its due day, per clock name', () => {
    // The Protection Act windows of a and b are due on 2025-04-10 (see queries.test.ts).
    expect(overdueClocks(investigating().state, '2025-04-10')).toEqual({});
    expect(overdueClocks(investigating().state, '2025-04-11')).toEqual({ 'protection-act-window': 2 });
  });

  it('counts the limitation clock of each person once it has passed', () => {
    expect(overdueClocks(reported().state, '2025-05-01')).toEqual({ 'limitation-from-discovery': 2 });
  });
});
