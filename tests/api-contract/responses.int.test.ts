import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every (operation, status) the integration suites saw is in the service's OpenAPI document. The suites record
 * their responses when QORGAU_RESPONSE_LOG names a file (service-kit's configureApp); run them first, then this.
 */
describe('responses seen in the integration suites', () => {
  const log = process.env.QORGAU_RESPONSE_LOG;

  it('are all documented', () => {
    expect(log && existsSync(log) ? 'recorded' : `no response log at ${log ?? '$QORGAU_RESPONSE_LOG'}`).toBe(
      'recorded',
    );
    const run = spawnSync(process.execPath, [join(__dirname, 'check.mjs'), 'responses', log!], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { recorded: number; undocumented: string[] };
    expect(report.recorded).toBeGreaterThan(0);
    expect(report.undocumented).toEqual([]);
  });
});
