import type { ActivityOptions, LocalActivityOptions } from '@temporalio/common';

/** Error types an activity may throw that retrying cannot fix. */
export const NON_RETRYABLE_ACTIVITY_ERRORS = ['VersionConflictError', 'InvalidEventError'] as const;

/**
 * How every workflow calls the worker's activities: short attempts, backed off up to a minute, and no
 * maximumAttempts: a case waits for months, so keep trying through a database outage.
 */
export const ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [...NON_RETRYABLE_ACTIVITY_ERRORS],
  },
};

/**
 * How a case records a decided transition (`recordTransition`, one short transaction) in runs that record it as a
 * local activity: inside the workflow task that decided it, so a command costs one workflow task, not two and an
 * activity task. The same retries; past a minute of failures a retry waits on a timer (the SDK's local retry
 * threshold), so a long database outage does not hold a workflow task open.
 */
export const LOCAL_RECORDING_OPTIONS: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: ACTIVITY_OPTIONS.retry,
  localRetryThreshold: '1 minute',
};
