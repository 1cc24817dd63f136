import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { ApiProblem } from '../../api/problem';
import { type DraftItem } from './draft';
import { loadServerDraft, saveServerDraft } from './draft-store';
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from './local-copy';

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'local' }
  | { kind: 'restored' };

const SAVE_AFTER_MS = 800;

/**
 * The Protection Act being written: every change goes to this device at once and to the server's draft after a
 * short pause (PUT with If-Match on the draft's revision). A 412 means another tab or device saved meanwhile:
 * the newer revision is taken and what is typed here is saved over it, so nothing typed is lost.
 */
export function useDraft(caseId: string, personRef: string, initial: () => DraftItem[]) {
  const api = useApi();
  const [items, setItemsState] = useState<DraftItem[] | null>(null);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const revision = useRef<string | null>(null);
  const latest = useRef<DraftItem[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const initialRef = useRef(initial);

  const save = useCallback(async () => {
    const snapshot = latest.current;
    setStatus({ kind: 'saving' });
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          revision.current = await saveServerDraft(api, caseId, snapshot, revision.current);
          break;
        } catch (error) {
          if (!(error instanceof ApiProblem && error.status === 412) || attempt > 1) throw error;
          revision.current = (await loadServerDraft(api, caseId))?.revision ?? null;
        }
      }
      const at = new Date().toISOString();
      const pending = latest.current !== snapshot;
      writeLocalCopy(caseId, personRef, {
        items: latest.current,
        revision: revision.current,
        pending,
        savedAt: at,
      });
      setStatus({ kind: 'saved', at });
    } catch {
      // Offline, a 5xx or an expired session: the copy on this device stays pending and is sent later.
      setStatus({ kind: 'local' });
    }
  }, [api, caseId, personRef]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const local = readLocalCopy(caseId, personRef);
      const server = await loadServerDraft(api, caseId).catch(() => undefined);
      if (cancelled) return;
      revision.current = server?.revision ?? local?.revision ?? null;
      let start: DraftItem[];
      if (local?.pending) {
        start = local.items;
        setStatus({ kind: 'restored' });
      } else if (server && server.items.length > 0) {
        start = server.items;
        setStatus({ kind: 'restored' });
      } else if (local && local.items.length > 0) {
        start = local.items;
        setStatus({ kind: 'restored' });
      } else start = initialRef.current();
      latest.current = start;
      setItemsState(start);
      if (local?.pending) void save();
    })();
    return () => {
      cancelled = true;
    };
  }, [api, caseId, personRef, save]);

  // Back online: send what waited on this device.
  useEffect(() => {
    const online = () => {
      if (readLocalCopy(caseId, personRef)?.pending) void save();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [caseId, personRef, save]);

  const setItems = useCallback(
    (next: DraftItem[]) => {
      latest.current = next;
      setItemsState(next);
      writeLocalCopy(caseId, personRef, {
        items: next,
        revision: revision.current,
        pending: true,
        savedAt: new Date().toISOString(),
      });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [caseId, personRef, save],
  );

  /** After a successful filing the draft's job is done on this device; the server keeps its own record. */
  const filed = useCallback(() => {
    window.clearTimeout(timer.current);
    clearLocalCopy(caseId, personRef);
  }, [caseId, personRef]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { items, setItems, status, filed, saveNow: save };
}
