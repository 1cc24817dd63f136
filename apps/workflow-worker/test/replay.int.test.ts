import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DEFAULT_PINNED_ENVIRONMENT, type PinnedEnvironment } from '@qorgau/domain';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKFLOW_INTERCEPTOR_MODULES } from '../src/observability/tracing';
import { WORKFLOWS_PATH } from '../src/worker';
import { HISTORIES_DIR, quietRuntime } from './support/harness';

/**
 * Replays histories recorded from the real test server (tests/replay/histories at the repo root, `pnpm record-histories`)
 * against today's workflow code: a non-deterministic change fails here.
 */
/** As the worker runs them: with Temporal's OpenTelemetry workflow interceptors in the bundle. */
const REPLAY_OPTIONS = {
  workflowsPath: WORKFLOWS_PATH,
  interceptors: { workflowModules: WORKFLOW_INTERCEPTOR_MODULES },
};

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
    for await (const result of Worker.runReplayHistories(REPLAY_OPTIONS, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
  });

  /**
   * case-env-1 was started pinned to a calendar with a decreed day off the shipped calendar file does not have (and
   * a 3-day explanation policy): as if the file had been edited after the case started. It replays because the
   * workflow decides with the environment in its history; the same history with the environment taken out of its
   * input (the workflow then falls back to the shipped file, as all cases did before) no longer replays.
   */
  describe('an old case keeps its decision environment after the calendar file changes', () => {
    const raw = JSON.parse(readFileSync(path.join(HISTORIES_DIR, 'case-env-1.json'), 'utf8')) as {
      events: { workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } } }[];
    };
    const payload = raw.events[0]!.workflowExecutionStartedEventAttributes!.input.payloads[0]!;
    const input = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8')) as {
      environment: PinnedEnvironment;
    };

    it('the recorded case is pinned to a calendar other than the shipped file', () => {
      expect(input.environment.calendar.version).not.toBe(DEFAULT_PINNED_ENVIRONMENT.calendar.version);
      expect(input.environment.version).not.toBe(DEFAULT_PINNED_ENVIRONMENT.version);
    });

    it('replays with its pinned environment, and diverges when made to use the shipped one', async () => {
      quietRuntime();
      const replay = async (json: unknown) => {
        for await (const result of Worker.runReplayHistories(REPLAY_OPTIONS, [
          { workflowId: 'case-env-1', history: historyFromJSON(json) },
        ]))
          return result.error;
        return undefined;
      };
      expect(await replay(raw)).toBeUndefined();
      const { environment: _dropped, ...unpinned } = input;
      const edited = structuredClone(raw);
      edited.events[0]!.workflowExecutionStartedEventAttributes!.input.payloads[0]!.data = Buffer.from(
        JSON.stringify(unpinned),
      ).toString('base64');
      expect(String(await replay(edited))).toMatch(/[Nn]ondeterminism|DeterminismViolation/);
    });
  });
});
