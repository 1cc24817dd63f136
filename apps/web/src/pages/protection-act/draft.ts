import { type ProtectionActItem, type ProtectionActSection } from '../../api/views';

/** One item as typed, before it is complete: every field a string, so nothing typed is ever dropped. */
export interface DraftItem {
  id: string;
  section: ProtectionActSection;
  text: string;
  materialRef: string;
  rule: string;
  step: string;
  action: '' | 'witness' | 'expert' | 'document' | 'recording';
  target: string;
  evidenceRef: string;
  reason: string;
  /** One citation per line. */
  citations: string;
  attachments: { name: string; contentHash: string; mediaType?: string }[];
}

export interface Draft {
  items: DraftItem[];
}

export const newItemId = () => `item-${crypto.randomUUID().slice(0, 8)}`;

export function emptyItem(section: ProtectionActSection, id = newItemId()): DraftItem {
  return {
    id,
    section,
    text: '',
    materialRef: '',
    rule: '',
    step: '',
    action: '',
    target: '',
    evidenceRef: '',
    reason: '',
    citations: '',
    attachments: [],
  };
}

/** The fields each section asks for, in the order they appear (and the command's field names). */
export const SECTION_FIELDS: Record<ProtectionActSection, readonly (keyof DraftItem)[]> = {
  objections: ['materialRef', 'text'],
  'procedural-violations': ['rule', 'step', 'text'],
  'verification-requests': ['action', 'target', 'text'],
  'questionable-evidence': ['evidenceRef', 'reason'],
  'legal-justification': ['citations', 'text'],
  'protection-evidence': ['attachments', 'text'],
};

/**
 * The FileProtectionAct body's items: each item carries only its section's fields, as typed. The service
 * validates (and names the field of any mistake); the app does not guess the rules.
 */
export function toCommandItems(items: readonly DraftItem[]): unknown[] {
  return items.map((item) => {
    const out: Record<string, unknown> = { id: item.id, section: item.section };
    for (const field of SECTION_FIELDS[item.section]) {
      if (field === 'citations')
        out.citations = item.citations
          .split('\n')
          .map((c) => c.trim())
          .filter(Boolean);
      else if (field === 'action') out.action = item.action || undefined;
      else out[field] = item[field];
    }
    return out;
  });
}

/** A filed item back into the editor's shape (to amend a filed version). */
export function fromFiledItem(item: ProtectionActItem): DraftItem {
  const base = emptyItem(item.section, item.id);
  switch (item.section) {
    case 'objections':
      return { ...base, materialRef: item.materialRef, text: item.text };
    case 'procedural-violations':
      return { ...base, rule: item.rule, step: item.step, text: item.text };
    case 'verification-requests':
      return { ...base, action: item.action, target: item.target, text: item.text };
    case 'questionable-evidence':
      return { ...base, evidenceRef: item.evidenceRef, reason: item.reason };
    case 'legal-justification':
      return { ...base, citations: item.citations.join('\n'), text: item.text };
    case 'protection-evidence':
      return { ...base, attachments: item.attachments.map((a) => ({ ...a })), text: item.text };
  }
}

export interface VersionDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Which items (by id) a version added, removed or changed against the one before. */
export function diffVersions(
  before: readonly ProtectionActItem[],
  after: readonly ProtectionActItem[],
): VersionDiff {
  const prior = new Map(before.map((i) => [i.id, JSON.stringify(i)]));
  const next = new Map(after.map((i) => [i.id, JSON.stringify(i)]));
  return {
    added: [...next.keys()].filter((id) => !prior.has(id)),
    removed: [...prior.keys()].filter((id) => !next.has(id)),
    changed: [...next.keys()].filter((id) => prior.has(id) && prior.get(id) !== next.get(id)),
  };
}

/** The DOM id of one field of one item, as error links and labels use it. */
export const fieldDomId = (itemId: string, field: string) => `pa-${itemId}-${field}`;

/**
 * Where a service's field path (`items.3.text`, `items.3.attachments`) points in the editor, for the message
 * beside the field. Paths outside the items land on the submit button.
 */
export function locateItemField(
  items: readonly DraftItem[],
  path: string,
): { itemId: string; field: string } | undefined {
  const match = /^items\.(\d+)\.([A-Za-z]+)/.exec(path);
  if (!match) return undefined;
  const item = items[Number(match[1])];
  if (!item) return undefined;
  return { itemId: item.id, field: match[2]! };
}
