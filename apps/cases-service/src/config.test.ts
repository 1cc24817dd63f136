import { ConfigError } from '@qorgau/config';
import { loadCasesConfig } from './config';
import { TemporalClientProvider } from './platform/temporal-client.provider';

const REQUIRED = { DATABASE_URL: 'postgres://qorgau@127.0.0.1:5432/qorgau' };

const failure = (env: Record<string, string>): ConfigError => {
  try {
    loadCasesConfig({ ...REQUIRED, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('QORGAU_TIME_SCALE', () => {
  it('defaults to 1 (real time), also when set empty', () => {
    expect(loadCasesConfig(REQUIRED).QORGAU_TIME_SCALE).toBe(1);
    expect(loadCasesConfig({ ...REQUIRED, QORGAU_TIME_SCALE: '' }).QORGAU_TIME_SCALE).toBe(1);
  });

  it.each([
    ['1', 1],
    ['1440', 1440],
    [' 60 ', 60],
    ['1.5', 1.5],
    ['1000000', 1_000_000],
  ])('accepts %j', (value, scale) => {
    expect(loadCasesConfig({ ...REQUIRED, QORGAU_TIME_SCALE: value }).QORGAU_TIME_SCALE).toBe(scale);
  });

  it.each(['0', '0.5', '1000001', '-5', 'fast', '1e3', 'Infinity', 'NaN', '0x10', '1440x'])(
    'refuses %j at boot with a message naming the variable',
    (value) => {
      const error = failure({ QORGAU_TIME_SCALE: value });
      expect(error.problems).toEqual([
        expect.objectContaining({
          variable: 'QORGAU_TIME_SCALE',
          message: expect.stringContaining('must be a number from 1 (real time) to 1000000'),
        }),
      ]);
      expect(error.message).toContain('QORGAU_TIME_SCALE: must be a number from 1');
    },
  );
});

describe('the case clock a new case gets', () => {
  const provider = (timeScale?: number) =>
    new TemporalClientProvider({
      address: '127.0.0.1:1',
      namespace: 'default',
      taskQueue: 'investigations',
      ...(timeScale === undefined ? {} : { timeScale }),
      now: () => 1_772_424_000_000,
    });

  it('is real time (no clock in the input) at scale 1', async () => {
    const p = provider(1);
    expect(p.caseClock()).toEqual({});
    expect(provider().caseClock()).toEqual({});
    await p.onApplicationShutdown();
  });

  it('starts at the case start and runs at the configured scale otherwise', async () => {
    const p = provider(1440);
    expect(p.caseClock()).toEqual({ clock: { origin: 1_772_424_000_000, scale: 1440 } });
    await p.onApplicationShutdown();
  });
});
