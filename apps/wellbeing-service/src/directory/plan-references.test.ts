import { planReferenceErrors } from './plan-references';

const roster = { unitId: 'unit-almaty-3', personRefs: ['officer-a', 'officer-b'] };

describe('planReferenceErrors', () => {
  it('accepts an officer of the unit', () => {
    expect(planReferenceErrors({ personRef: 'officer-a', unitId: 'unit-almaty-3' }, roster)).toEqual([]);
  });
  it('names unitId for a unit the directory does not have', () => {
    expect(planReferenceErrors({ personRef: 'officer-a', unitId: 'unit-x' }, null)).toEqual([
      expect.objectContaining({ field: 'unitId', rule: 'directory' }),
    ]);
  });
  it('names personRef for someone who is not an officer of that unit', () => {
    expect(planReferenceErrors({ personRef: 'officer-z', unitId: 'unit-almaty-3' }, roster)).toEqual([
      expect.objectContaining({ field: 'personRef', rule: 'directory' }),
    ]);
  });
});
