import { refusalField } from './refusal-field';

describe('refusalField', () => {
  it('names the field holding the value a refusal names', () => {
    expect(refusalField({ personRef: 'officer-b', kind: 'denial' }, { person: 'officer-b' })).toBe(
      'personRef',
    );
    expect(
      refusalField(
        { penalties: [{ personRef: 'a' }, { personRef: 'b', penalty: 'remark' }] },
        { person: 'b' },
      ),
    ).toBe('penalties.1.personRef');
  });

  it('names no field when the refusal concerns the case, not a value of the body', () => {
    expect(refusalField({}, { command: 'ApproveConclusion', stage: 'reported' })).toBeUndefined();
    expect(refusalField({ personRef: 'a' }, { present: 3, required: 4 })).toBeUndefined();
    expect(refusalField('x', { person: 'x' })).toBeUndefined();
  });
});
