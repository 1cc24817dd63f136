import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The package runs inside Temporal workflow code: no clock reads, no randomness, no Node built-ins,
 * no I/O, and no imports beyond date-holidays. This scans the production sources (tests excluded).
 */
const root = __dirname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });

const FORBIDDEN: [string, RegExp][] = [
  ['Date.now()', /Date\.now\s*\(/],
  ['new Date() without an argument', /new Date\s*\(\s*\)/],
  ['Math.random()', /Math\.random/],
  ['process', /\bprocess\./],
  ['require()', /\brequire\s*\(/],
  ['setTimeout/setInterval', /\bset(Timeout|Interval)\s*\(/],
];

describe('purity: deterministic, framework-free, Node-free', () => {
  const files = sources(root);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(FORBIDDEN)('no %s in production code', (_name, pattern) => {
    const offenders = files
      .filter((f) => pattern.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('imports only relative modules, JSON data and date-holidays', () => {
    const imports = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string),
    );
    const external = [...new Set(imports.filter((i) => !i.startsWith('.')))];
    expect(external).toEqual(['date-holidays']);
  });
});
