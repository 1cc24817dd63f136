import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { startChildOnce } from './child-start';

describe('startChildOnce: a child start is never recorded unless the child runs', () => {
  it('records a started child and does not start it twice', async () => {
    const started = new Set<string>();
    const start = jest.fn().mockResolvedValue('handle');
    await expect(startChildOnce(started, 'support-a-c1', start)).resolves.toBe('handle');
    await expect(startChildOnce(started, 'support-a-c1', start)).resolves.toBeUndefined();
    expect(start).toHaveBeenCalledTimes(1);
    expect([...started]).toEqual(['support-a-c1']);
  });

  it('an id already running (an earlier run of the case) counts as started', async () => {
    const started = new Set<string>();
    const seen: unknown[] = [];
    const already = new WorkflowExecutionAlreadyStartedError('exists', 'support-a-c1', 'SupportFollowUp');
    await expect(
      startChildOnce(
        started,
        'support-a-c1',
        () => Promise.reject(already),
        (e) => seen.push(e),
      ),
    ).resolves.toBeUndefined();
    expect(started.has('support-a-c1')).toBe(true);
    expect(seen).toEqual([already]);
  });

  it('any other failure surfaces and leaves the child unrecorded, so the retried start runs it', async () => {
    const started = new Set<string>();
    const boom = new Error('start refused');
    await expect(startChildOnce(started, 'support-a-c1', () => Promise.reject(boom))).rejects.toBe(boom);
    expect(started.has('support-a-c1')).toBe(false);
    const retried = jest.fn().mockResolvedValue('handle');
    await expect(startChildOnce(started, 'support-a-c1', retried)).resolves.toBe('handle');
    expect(retried).toHaveBeenCalledTimes(1);
    expect(started.has('support-a-c1')).toBe(true);
  });
});
