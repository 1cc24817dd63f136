import { kazakhstanCalendar } from '../calendar/kz-calendar';
import { DEFAULT_POLICY } from '../policy';
import { B_PROTECTION_ACT, hash } from '../test-support/seed-case';
import {
  answerItem,
  answersForSubject,
  checkAllItemsAnswered,
  checkDecisionReferencesEveryItem,
  currentAnswer,
  unansweredItems,
} from './answers';
import { checkItems, itemProblem, sectionNumber } from './items';
import type { ProtectionActItem, ProtectionActRecord } from './types';
import { currentItems, fileProtectionActVersion, itemRevision } from './versions';
import {
  decideWindowExtension,
  isWindowOpen,
  openProtectionActWindow,
  requestWindowExtension,
  windowClock,
} from './window';

const cal = kazakhstanCalendar;
const policy = DEFAULT_POLICY.protectionAct;
const window = openProtectionActWindow(cal, '2025-04-07', policy);
const empty: ProtectionActRecord = { personRef: 'officer-b', window, versions: [], answers: [] };
const AT = '2025-04-08T10:00:00+05:00';

function filed(
  record: ProtectionActRecord,
  items: ProtectionActItem[],
  on = '2025-04-08',
): ProtectionActRecord {
  const v = fileProtectionActVersion(record, items, `${on}T10:00:00+05:00`, on);
  if (!v.ok) throw new Error(JSON.stringify(v.error));
  return { ...record, versions: [...record.versions, v.value] };
}

describe('Protection Act: sections and items', () => {
  it('six sections, each item with its required parts', () => {
    expect(B_PROTECTION_ACT.map(sectionNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(B_PROTECTION_ACT.map(itemProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const broken: ProtectionActItem[] = [
      { id: '', section: 'objections', materialRef: 'm', text: 't' },
      { id: 'x1', section: 'objections', materialRef: '', text: 't' },
      { id: 'x2', section: 'procedural-violations', rule: 'r', step: '', text: 't' },
      { id: 'x3', section: 'verification-requests', action: 'seance' as 'witness', target: 't', text: 't' },
      { id: 'x4', section: 'questionable-evidence', evidenceRef: 'e', reason: ' ' },
      { id: 'x5', section: 'legal-justification', citations: [], text: 't' },
      {
        id: 'x6',
        section: 'protection-evidence',
        attachments: [{ name: 'a', contentHash: 'md5:00' }],
        text: 't',
      },
      { id: 'x7', section: 'poetry' } as unknown as ProtectionActItem,
    ];
    expect(broken.map((i) => itemProblem(i) !== undefined)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('ids are unique and keep their section across versions', () => {
    const item = B_PROTECTION_ACT[0]!;
    expect(checkItems([item, item], [])?.params).toEqual({ reason: 'ITEM_ID_DUPLICATE', id: 'b-1' });
    const v1 = filed(empty, [item]);
    expect(
      checkItems(
        [{ id: 'b-1', section: 'questionable-evidence', evidenceRef: 'e', reason: 'r' }],
        v1.versions,
      )?.code,
    ).toBe('PROTECTION_ACT_ITEM_INVALID');
    expect(checkItems([{ ...item, id: '' }], [])?.code).toBe('PROTECTION_ACT_ITEM_INVALID');
  });
});

describe('Protection Act: the filing window', () => {
  it('default minimum preparation time: 5 working days, with reminders before it closes', () => {
    // Monday 7 April + 5 working days: 8, 9, 10, 11, 14.
    expect(window).toMatchObject({
      opensOn: '2025-04-07',
      closesOn: '2025-04-14',
      initialClosesOn: '2025-04-14',
    });
    expect(window.reminders).toEqual(['2025-04-10', '2025-04-11']);
    expect(isWindowOpen(window, '2025-04-14')).toBe(true);
    expect(isWindowOpen(window, '2025-04-15')).toBe(false);
    expect(windowClock(window, policy)).toMatchObject({
      clock: 'protection-act-window',
      dueOn: '2025-04-14',
      provisional: false,
    });
    // Over Nauryz the same five working days take longer: 18, 19, 20, 26, 27 March.
    expect(openProtectionActWindow(cal, '2025-03-17', policy).closesOn).toBe('2025-03-27');
  });

  it('a reminder that would fall before the window opens is dropped', () => {
    const short = openProtectionActWindow(cal, '2025-04-07', {
      ...policy,
      windowWorkingDays: 3,
      reminderWorkingDaysBeforeClose: [3, 1],
    });
    expect(short.reminders).toEqual(['2025-04-09']);
  });

  it('extends on a reasoned request, within the policy total', () => {
    const requested = requestWindowExtension(
      window,
      { requestedOn: '2025-04-11', workingDays: 3, reason: 'awaiting a medical record' },
      policy,
    );
    expect(requested.ok).toBe(true);
    if (!requested.ok) return;
    expect(isWindowOpen(requested.value, '2025-04-30')).toBe(true);
    const granted = decideWindowExtension(
      cal,
      requested.value,
      { granted: true, decidedOn: '2025-04-11', reason: 'justified' },
      policy,
    );
    expect(granted).toMatchObject({ ok: true, value: { closesOn: '2025-04-17', pendingRequest: null } });
    if (!granted.ok) return;
    expect(windowClock(granted.value, policy).why).toContainEqual({
      kind: 'extended',
      days: 3,
      reason: 'awaiting a medical record',
    });
    const again = requestWindowExtension(
      granted.value,
      { requestedOn: '2025-04-15', workingDays: 3, reason: 'more' },
      policy,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'PROTECTION_ACT_EXTENSION_INVALID' } });
  });

  it('a late decision on a timely request still gives the full extension; a refusal keeps the date', () => {
    const requested = requestWindowExtension(
      window,
      { requestedOn: '2025-04-14', workingDays: 2, reason: 'r' },
      policy,
    );
    if (!requested.ok) throw new Error('expected ok');
    const late = decideWindowExtension(
      cal,
      requested.value,
      { granted: true, decidedOn: '2025-04-16', reason: 'ok' },
      policy,
    );
    expect(late).toMatchObject({ ok: true, value: { closesOn: '2025-04-18' } });
    const refused = decideWindowExtension(
      cal,
      requested.value,
      { granted: false, decidedOn: '2025-04-14', reason: 'no' },
      policy,
    );
    expect(refused).toMatchObject({ ok: true, value: { closesOn: '2025-04-14' } });
  });

  it('rejects malformed requests and decisions', () => {
    const bad = (r: Partial<{ requestedOn: string; workingDays: number; reason: string }>) =>
      requestWindowExtension(
        window,
        { requestedOn: '2025-04-08', workingDays: 1, reason: 'r', ...r },
        policy,
      );
    expect(bad({ requestedOn: '2025-04-15' })).toMatchObject({ ok: false });
    expect(bad({ reason: ' ' })).toMatchObject({ ok: false });
    expect(bad({ workingDays: 0 })).toMatchObject({ ok: false });
    const pending = bad({});
    if (!pending.ok) throw new Error('expected ok');
    expect(bad({}).ok).toBe(true);
    expect(
      requestWindowExtension(
        pending.value,
        { requestedOn: '2025-04-08', workingDays: 1, reason: 'r' },
        policy,
      ).ok,
    ).toBe(false);
    expect(
      decideWindowExtension(cal, window, { granted: true, decidedOn: '2025-04-08', reason: 'x' }, policy).ok,
    ).toBe(false);
    expect(
      decideWindowExtension(
        cal,
        pending.value,
        { granted: true, decidedOn: '2025-04-08', reason: '' },
        policy,
      ).ok,
    ).toBe(false);
  });
});

describe('Protection Act: versions (nothing is overwritten)', () => {
  it('amendments before the window closes are new versions; after it they are refused', () => {
    const v1 = filed(empty, B_PROTECTION_ACT.slice(0, 2));
    const amended = { ...B_PROTECTION_ACT[1]!, text: 'Two days, not one' } as ProtectionActItem;
    const v2 = filed(v1, [B_PROTECTION_ACT[0]!, amended, B_PROTECTION_ACT[2]!], '2025-04-14');
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(v2.versions[0]?.items[1]).toEqual(B_PROTECTION_ACT[1]);
    expect(currentItems(v2).map((i) => i.id)).toEqual(['b-1', 'b-2', 'b-3']);
    expect(itemRevision(v2, 'b-1')).toBe(1);
    expect(itemRevision(v2, 'b-2')).toBe(2);
    expect(itemRevision(v2, 'b-3')).toBe(2);
    const late = fileProtectionActVersion(v2, B_PROTECTION_ACT, '2025-04-15T10:00:00+05:00', '2025-04-15');
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'PROTECTION_ACT_WINDOW_CLOSED', params: { closesOn: '2025-04-14' } },
    });
    const invalid = fileProtectionActVersion(v2, [{ ...B_PROTECTION_ACT[0]!, id: '' }], AT, '2025-04-08');
    expect(invalid).toMatchObject({ ok: false, error: { code: 'PROTECTION_ACT_ITEM_INVALID' } });
  });
});

describe('Protection Act: reasoned answers', () => {
  const record = filed(empty, B_PROTECTION_ACT.slice(0, 3));
  const answer = (r: ProtectionActRecord, itemId: string, extra: object = {}) => {
    const a = answerItem(
      r,
      { itemId, decision: 'refused', reason: 'The material is admissible', answeredBy: 'inv-1', ...extra },
      AT,
    );
    if (!a.ok) throw new Error(JSON.stringify(a.error));
    return { ...r, answers: [...r.answers, a.value] };
  };

  it('every item needs an answer; the investigation cannot conclude before', () => {
    expect(unansweredItems(record)).toEqual(['b-1', 'b-2', 'b-3']);
    expect(checkAllItemsAnswered([record])).toMatchObject({
      code: 'PROTECTION_ACT_ITEMS_UNANSWERED',
      params: { items: 'officer-b/b-1, officer-b/b-2, officer-b/b-3' },
    });
    const all = answer(answer(answer(record, 'b-1'), 'b-2'), 'b-3', {
      decision: 'verification-performed',
      verification: 'Camera checked',
    });
    expect(checkAllItemsAnswered([all])).toBeUndefined();
    expect(answersForSubject(all).map((x) => x.answer?.decision)).toEqual([
      'refused',
      'refused',
      'verification-performed',
    ]);
  });

  it('an amended item needs a new answer', () => {
    const answered = answer(record, 'b-2');
    const amended = filed(answered, [
      B_PROTECTION_ACT[0]!,
      { ...B_PROTECTION_ACT[1]!, text: 'changed' } as ProtectionActItem,
    ]);
    expect(currentAnswer(amended, 'b-2')).toBeUndefined();
    expect(unansweredItems(amended)).toEqual(['b-1', 'b-2']);
    expect(answersForSubject(amended)[1]?.answer).toBeNull();
  });

  it('answers are reasoned; a verification states what was verified', () => {
    const code = (input: object) => {
      const r = answerItem(
        record,
        { itemId: 'b-1', decision: 'granted', reason: 'ok', answeredBy: 'inv-1', ...input },
        AT,
      );
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({})).toBe('ok');
    expect(code({ itemId: 'b-9' })).toBe('PROTECTION_ACT_ITEM_UNKNOWN');
    expect(code({ reason: '' })).toBe('PROTECTION_ACT_ANSWER_INVALID');
    expect(code({ decision: 'maybe' })).toBe('PROTECTION_ACT_ANSWER_INVALID');
    expect(code({ decision: 'verification-performed' })).toBe('PROTECTION_ACT_ANSWER_INVALID');
  });

  it('the decision references every item', () => {
    expect(
      checkDecisionReferencesEveryItem([record], { 'officer-b': ['b-1', 'b-2', 'b-3'] }),
    ).toBeUndefined();
    expect(checkDecisionReferencesEveryItem([record], { 'officer-b': ['b-1'] })).toMatchObject({
      code: 'PROTECTION_ACT_ITEMS_NOT_REFERENCED',
      params: { items: 'officer-b/b-2, officer-b/b-3' },
    });
    expect(checkDecisionReferencesEveryItem([record], {})?.code).toBe('PROTECTION_ACT_ITEMS_NOT_REFERENCED');
  });

  it('attachments carry sha256 content hashes', () => {
    expect(hash('f')).toMatch(/^sha256:f{64}$/);
  });
});
