import { useSyncExternalStore } from 'react';
import { isRetryable } from '../api/problem';

/**
 * The last network or server failure, for the retry banner: any query or command that could not reach a
 * service (or got a 5xx) reports here; the banner's retry clears it and asks again.
 */
let current: unknown = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export const failures = {
  report(error: unknown) {
    if (!isRetryable(error)) return;
    current = error;
    notify();
  },
  clear() {
    current = null;
    notify();
  },
};

export function useLastFailure(): unknown {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
