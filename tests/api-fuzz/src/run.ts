// Schemathesis against the three services: a whole local system (on the infrastructure the environment names,
// or a throw-away one), then `st run` on each service's committed openapi.json with the seed's dev tokens of
// several roles. Fails on any 5xx and on any response that breaks its own documented schema.
// Usage: pnpm --filter @qorgau/api-fuzz fuzz [--max-examples N] [--roles a,b,c]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir, repoRoot } from '@qorgau/devstack';
import { startSystem } from '@qorgau/local-system';

/** Pinned: a new schemathesis release generates different inputs and checks. */
const SCHEMATHESIS_VERSION = '4.32.5';
const CHECKS = ['not_a_server_error', 'response_schema_conformance'];
const SERVICES = ['cases', 'notifications', 'wellbeing'] as const;
const SERVICE_DIR: Record<(typeof SERVICES)[number], string> = {
  cases: 'cases-service',
  notifications: 'notifications-service',
  wellbeing: 'wellbeing-service',
};
/** An investigator, a head, the commission's secretary, an officer, wellbeing staff: every wall gets both sides. */
const DEFAULT_ROLES = [
  'investigator',
  'head',
  'commission-secretary',
  'officer',
  'wellbeing-staff',
  'auditor',
];

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const say = (line: string) => process.stdout.write(`[api-fuzz] ${line}\n`);

/** A venv of its own under the cache, created once, with schemathesis at the pinned version. */
function schemathesis(): string {
  const venv = cacheDir(`schemathesis-venv-${SCHEMATHESIS_VERSION}`);
  const st = join(venv, 'bin', 'st');
  if (existsSync(st)) return st;
  const python = process.env.PYTHON ?? 'python3';
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (install Python 3.9+ with venv)`);
  };
  run(python, ['-m', 'venv', venv]);
  run(join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]);
  return st;
}

/**
 * One `st run`, its output kept in `log`. Only its totals are printed unless it fails: a passing run's warnings
 * (operations that needed data or roles it did not have) would otherwise fill the CI log.
 */
function runSt(st: string, args: string[], log: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(st, args, {
      cwd: dirname(log), // its .schemathesis cache goes beside the reports, not into the checkout
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      writeFileSync(log, output);
      if (code === 0) {
        const totals = output
          .split('\n')
          .filter((line) => /^\s+\d+ generated|^=+ .* in [\d.]+s =+$/.test(line));
        for (const line of totals) say(`  ${line.trim()}`);
      } else {
        process.stdout.write(output);
      }
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const st = schemathesis();
  const maxExamples = arg('max-examples') ?? '8';
  const id = randomBytes(3).toString('hex');
  const root = repoRoot(__dirname);
  const reportDir = cacheDir('api-fuzz', id);
  mkdirSync(reportDir, { recursive: true });
  const system = await startSystem({
    databasePrefix: `fuzz_${id}_`,
    taskQueue: `fuzz-${id}`,
    env: {
      CONSUMER_GROUP: `fuzz-${id}-notifications`,
      WELLBEING_CONSUMER_GROUP: `fuzz-${id}-wellbeing`,
      SUPPORT_CONSUMER_GROUP: `fuzz-${id}-cases-support`,
    },
    log: say,
  });
  const failures: string[] = [];
  try {
    const known = Object.keys(system.seed.tokens);
    const roles = (arg('roles')?.split(',') ?? DEFAULT_ROLES).filter((role) => known.includes(role));
    if (roles.length === 0) throw new Error(`none of the roles is in the seed (${known.join(', ')})`);
    for (const service of SERVICES) {
      for (const role of roles) {
        const label = `${service} as ${role}`;
        say(`${label}: max ${maxExamples} examples per operation`);
        const code = await runSt(
          st,
          [
            'run',
            join(root, 'apps', SERVICE_DIR[service], 'openapi.json'),
            '--url',
            system.urls[service],
            '--header',
            `Authorization: Bearer ${system.seed.tokens[role]!.token}`,
            '--checks',
            CHECKS.join(','),
            '--max-examples',
            maxExamples,
            '--phases',
            'examples,coverage,fuzzing',
            '--workers',
            '1',
            '--seed',
            arg('seed') ?? '15',
            '--no-shrink',
            '--generation-database',
            'none',
            '--request-timeout',
            '30',
            '--suppress-health-check',
            'all',
            '--report',
            'junit',
            '--report-junit-path',
            join(reportDir, `${service}-${role}.xml`),
          ],
          join(reportDir, `${service}-${role}.log`),
        );
        if (code !== 0) failures.push(label);
      }
    }
  } finally {
    await system.stop();
  }
  writeFileSync(join(reportDir, 'summary.json'), JSON.stringify({ failures }, null, 2));
  if (failures.length > 0) {
    say(`FAILED: ${failures.join('; ')} (JUnit reports in ${reportDir})`);
    process.exit(1);
  }
  say(`passed: no 5xx and no response outside its schema (reports in ${reportDir})`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[api-fuzz] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
