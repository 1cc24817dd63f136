import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, packageDir } from './paths';
import { requireCommand } from './prerequisites';

/**
 * Resolves the runtime classpath of one of devstack's poms (maven/<name>/pom.xml) from Maven Central into
 * .cache/maven/<name>-<pom hash>/lib. Cached: a marker file records a complete copy, so a second call is a
 * directory listing; an interrupted download is redone.
 */
export function resolveMavenClasspath(name: string): string {
  const pom = join(packageDir(), 'maven', name, 'pom.xml');
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const target = cacheDir('maven', `${name}-${hash}`);
  const lib = join(target, 'lib');
  const marker = join(target, '.complete');
  if (existsSync(marker) && existsSync(lib) && readdirSync(lib).length > 0) return lib;
  requireCommand('mvn');
  rmSync(lib, { recursive: true, force: true });
  try {
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        pom,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${lib}`,
        '-DincludeScope=runtime',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60_000 },
    );
  } catch (error) {
    const output =
      error instanceof Error && 'stdout' in error ? String((error as { stdout: unknown }).stdout) : '';
    throw new Error(`devstack: Maven could not resolve ${name} (${pom}):\n${output.slice(-2000)}`);
  }
  writeFileSync(marker, new Date().toISOString());
  return lib;
}
