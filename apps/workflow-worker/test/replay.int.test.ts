import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKFLOWS_PATH } from '../src/worker';
import { HISTORIES_DIR, quietRuntime } from './support/harness';

/**
 * Replays histories recorded from the real test server (tests/replay/histories at the repo root, `pnpm record-histories`)
 * against today's workflow code: a non-deterministic change fails here.
 */
describe('replay of recorded histories', () => {
  const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('replays every history deterministically', async () => {
    quietRuntime();
    const histories = files.map((f) => ({
      workflowId: path.basename(f, '.json'),
      history: historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, f), 'utf8'))),
    }));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath: WORKFLOWS_PATH }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
  });
});
