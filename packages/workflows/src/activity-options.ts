import type { ActivityOptions } from '@temporalio/common';

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
