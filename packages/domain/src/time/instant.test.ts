import {
  ALMATY_UTC5_SINCE_EPOCH_MS,
  almatyOffsetMinutes,
  compareInstants,
  instantToEpochMs,
  isInstant,
  kazakhstanDateOf,
} from './instant';

describe('Kazakhstan time decides the calendar day', () => {
  it('uses UTC+5 since 1 March 2024', () => {
    expect(kazakhstanDateOf('2025-03-20T18:59:59Z')).toBe('2025-03-20');
    expect(kazakhstanDateOf('2025-03-20T19:00:00Z')).toBe('2025-03-21');
    expect(kazakhstanDateOf('2025-03-21T00:30:00+05:00')).toBe('2025-03-21');
  });

  it('used UTC+6 in Almaty before the switch', () => {
    expect(kazakhstanDateOf('2024-01-10T18:30:00Z')).toBe('2024-01-11');
    expect(almatyOffsetMinutes(ALMATY_UTC5_SINCE_EPOCH_MS - 1)).toBe(360);
    expect(almatyOffsetMinutes(ALMATY_UTC5_SINCE_EPOCH_MS)).toBe(300);
    // At 00:00 on 1 March 2024 (UTC+6) clocks went back to 23:00 on 29 February (UTC+5).
    expect(kazakhstanDateOf('2024-02-29T17:59:00Z')).toBe('2024-02-29');
    expect(kazakhstanDateOf('2024-02-29T18:00:00Z')).toBe('2024-02-29');
    expect(kazakhstanDateOf('2024-02-29T19:00:00Z')).toBe('2024-03-01');
  });

  it('accepts only instants with an explicit offset', () => {
    expect(isInstant('2025-01-01T00:00:00.123Z')).toBe(true);
    expect(isInstant('2025-01-01T00:00Z')).toBe(true);
    expect(isInstant('2025-01-01T00:00:00')).toBe(false);
    expect(isInstant('2025-13-30T00:00:00Z')).toBe(false);
    expect(isInstant(42)).toBe(false);
    expect(() => instantToEpochMs('yesterday')).toThrow(RangeError);
    expect(compareInstants('2025-01-01T00:00:00Z', '2025-01-01T05:00:00+05:00')).toBe(0);
  });
});
