import { type DraftItem } from './draft';

/**
 * The copy of the draft kept on this device (localStorage), written on every keystroke: it survives a closed
 * tab, a crash, no network and an expired session. `pending` marks edits the server has not stored yet.
 */
export interface LocalCopy {
  items: DraftItem[];
  revision: string | null;
  pending: boolean;
  savedAt: string;
}

const key = (caseId: string, personRef: string) => `qorgau.protection-act-draft.${caseId}.${personRef}`;

export function readLocalCopy(caseId: string, personRef: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(caseId, personRef));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(caseId: string, personRef: string, copy: LocalCopy): void {
  window.localStorage.setItem(key(caseId, personRef), JSON.stringify(copy));
}

export function clearLocalCopy(caseId: string, personRef: string): void {
  window.localStorage.removeItem(key(caseId, personRef));
}
