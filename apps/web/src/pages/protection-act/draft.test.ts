import { diffVersions, emptyItem, locateItemField, toCommandItems } from './draft';

describe('Protection Act draft', () => {
  it('sends each section only its own fields, citations one per line', () => {
    const legal = {
      ...emptyItem('legal-justification', 'a'),
      citations: 'art. 58 p.7\n\n art. 42 ',
      text: 'why',
    };
    const objection = { ...emptyItem('objections', 'b'), materialRef: 'mat-1', text: 'no', rule: 'ignored' };
    expect(toCommandItems([legal, objection])).toEqual([
      { id: 'a', section: 'legal-justification', citations: ['art. 58 p.7', 'art. 42'], text: 'why' },
      { id: 'b', section: 'objections', materialRef: 'mat-1', text: 'no' },
    ]);
  });

  it('keeps an empty field empty so the service names it', () => {
    expect(toCommandItems([emptyItem('questionable-evidence', 'q')])).toEqual([
      { id: 'q', section: 'questionable-evidence', evidenceRef: '', reason: '' },
    ]);
  });

  it('diffs versions by item id', () => {
    const a = { id: 'a', section: 'objections', materialRef: 'm', text: 'x' } as const;
    const b = { id: 'b', section: 'objections', materialRef: 'm', text: 'y' } as const;
    const c = { id: 'c', section: 'objections', materialRef: 'm', text: 'z' } as const;
    expect(diffVersions([a, b], [{ ...a, text: 'x2' }, c])).toEqual({
      added: ['c'],
      removed: ['b'],
      changed: ['a'],
    });
  });

  it('places a service field path on the item it names', () => {
    const items = [emptyItem('objections', 'one'), emptyItem('legal-justification', 'two')];
    expect(locateItemField(items, 'items.1.citations')).toEqual({ itemId: 'two', field: 'citations' });
    expect(locateItemField(items, 'items.5.text')).toBeUndefined();
    expect(locateItemField(items, 'items')).toBeUndefined();
  });
});
