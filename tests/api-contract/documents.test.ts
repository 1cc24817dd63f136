import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs check.mjs (ESM-only tools) and returns its JSON report. */
const check = (...args: string[]): unknown => {
  const run = spawnSync(process.execPath, [join(__dirname, 'check.mjs'), ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown;
};

const SERVICES = ['cases-service', 'notifications-service', 'wellbeing-service'];

describe('the OpenAPI documents', () => {
  it('are valid OpenAPI and a typed client generates from each (openapi-typescript)', () => {
    const report = check('documents') as Record<
      string,
      { valid: boolean; errors: unknown[]; client: string }
    >;
    for (const service of SERVICES) {
      expect({ service, ...report[service] }).toEqual({ service, valid: true, errors: [], client: 'ok' });
    }
  });

  it('flag a response the document does not describe, and accept one it does', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'api-contract-')), 'responses.jsonl');
    const line = (method: string, path: string, status: number) =>
      JSON.stringify({ service: 'Qorgau cases', method, path, status });
    writeFileSync(
      log,
      [
        line('post', '/cases/{caseId}/appeals', 200),
        line('post', '/cases/{caseId}/appeals', 418),
        line('get', '/cases/{caseId}/nowhere', 200),
      ].join('\n'),
    );
    expect(check('responses', log)).toEqual({
      recorded: 3,
      undocumented: [
        'cases-service GET /cases/{caseId}/nowhere 200 (no such operation)',
        'cases-service POST /cases/{caseId}/appeals 418',
      ],
    });
  });
});
