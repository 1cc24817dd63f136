import { ConfigError } from '@qorgau/config';
import { loadWorkerConfig } from './config';

const REQUIRED = { DATABASE_URL: 'postgres://qorgau@127.0.0.1:5432/qorgau' };

describe('WORKER_MAX_CACHED_WORKFLOWS', () => {
  it('is unset by default: the SDK derives the cache from the heap limit', () => {
    expect(loadWorkerConfig(REQUIRED).WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
  });

  it('bounds the cases kept in memory when set', () => {
    expect(
      loadWorkerConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: '500' }).WORKER_MAX_CACHED_WORKFLOWS,
    ).toBe(500);
  });

  it.each(['1', '0', 'many', '-5'])('refuses %j, naming the variable', (value) => {
    expect(() => loadWorkerConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: value })).toThrow(ConfigError);
    expect(() => loadWorkerConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: value })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
  });
});
