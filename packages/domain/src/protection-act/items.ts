import { reason, type Reason } from '../errors/reasons';
import { domainError, type DomainError } from '../errors/domain-error';
import {
  PROTECTION_ACT_SECTIONS,
  VERIFICATION_ACTIONS,
  type ProtectionActItem,
  type ProtectionActVersion,
} from './types';

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;
const filled = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

export const sectionNumber = (item: ProtectionActItem): number =>
  PROTECTION_ACT_SECTIONS.indexOf(item.section) + 1;

/** The problem with one item, if any: every section has its own required parts. */
export function itemProblem(item: ProtectionActItem): Reason | undefined {
  if (!filled(item.id)) return reason('ITEM_ID_MISSING');
  switch (item.section) {
    case 'objections':
      return filled(item.materialRef) && filled(item.text)
        ? undefined
        : reason('ITEM_OBJECTION_INCOMPLETE', { id: item.id });
    case 'procedural-violations':
      return filled(item.rule) && filled(item.step) && filled(item.text)
        ? undefined
        : reason('ITEM_PROCEDURAL_VIOLATION_INCOMPLETE', { id: item.id });
    case 'verification-requests':
      return VERIFICATION_ACTIONS.includes(item.action) && filled(item.target) && filled(item.text)
        ? undefined
        : reason('ITEM_VERIFICATION_INCOMPLETE', { id: item.id });
    case 'questionable-evidence':
      return filled(item.evidenceRef) && filled(item.reason)
        ? undefined
        : reason('ITEM_EVIDENCE_INCOMPLETE', { id: item.id });
    case 'legal-justification':
      return item.citations.length > 0 && item.citations.every(filled) && filled(item.text)
        ? undefined
        : reason('ITEM_CITATION_MISSING', { id: item.id });
    case 'protection-evidence':
      return item.attachments.length > 0 &&
        item.attachments.every((a) => filled(a.name) && CONTENT_HASH.test(a.contentHash)) &&
        filled(item.text)
        ? undefined
        : reason('ITEM_ATTACHMENT_MISSING', { id: item.id });
    default:
      return reason('ITEM_SECTION_UNKNOWN', { id: (item as { id: string }).id });
  }
}

/** Items of a new version: each valid, ids unique, and an id kept from earlier versions keeps its section. */
export function checkItems(
  items: readonly ProtectionActItem[],
  previous: readonly ProtectionActVersion[],
): DomainError | undefined {
  const ids = new Set<string>();
  for (const item of items) {
    const problem = itemProblem(item);
    if (problem) return domainError('PROTECTION_ACT_ITEM_INVALID', problem);
    if (ids.has(item.id))
      return domainError('PROTECTION_ACT_ITEM_INVALID', reason('ITEM_ID_DUPLICATE', { id: item.id }));
    ids.add(item.id);
    const earlier = previous.flatMap((v) => v.items).find((i) => i.id === item.id);
    if (earlier && earlier.section !== item.section) {
      return domainError('PROTECTION_ACT_ITEM_INVALID', reason('ITEM_SECTION_CHANGED', { id: item.id }));
    }
  }
  return undefined;
}
