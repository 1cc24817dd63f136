import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './support/repo';

/** The services' shared layout (docs/adr/0007-one-layout-and-guard-rails.md): the same names for the same concerns. */
const SERVICES = ['cases-service', 'notifications-service', 'wellbeing-service'];

/** Names another service once used for a concern that now has one name. */
const RENAMED: Record<string, string> = {
  database: 'db',
  consumer: 'consumers',
  infrastructure: 'platform',
  observability: 'platform',
};

const folders = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...folders(path)] : [];
  });

describe.each(SERVICES)('%s keeps the shared layout', (service) => {
  const src = join(REPO_ROOT, 'apps', service, 'src');

  it('has platform/ for the wiring and db/ for its migrations', () => {
    expect(existsSync(join(src, 'platform', 'infrastructure.module.ts'))).toBe(true);
    expect(existsSync(join(src, 'platform', 'tokens.ts'))).toBe(true);
    expect(existsSync(join(src, 'db', 'migrations'))).toBe(true);
  });

  it('uses no other name for those concerns', () => {
    const misnamed = folders(src)
      .map((path) => path.slice(src.length + 1))
      .filter((path) => (path.split('/').pop() ?? '') in RENAMED)
      .map((path) => `${path} (use ${RENAMED[path.split('/').pop() ?? '']}/)`);
    expect(misnamed).toEqual([]);
  });

  it('keeps the infrastructure module and tokens in platform/ only', () => {
    expect(
      readdirSync(src).filter((name) => ['infrastructure.module.ts', 'tokens.ts'].includes(name)),
    ).toEqual([]);
  });
});
