import { chooseAddressee, isAddressedTo } from './appeal-addressee';

// unit-3 → dept-almaty → ministry; dept-astana is beside dept-almaty.
const ABOVE_UNIT_3 = ['dept-almaty', 'ministry'];
const OFFICIALS = [
  { personRef: 'higher-1', unitId: 'dept-almaty' },
  { personRef: 'higher-top', unitId: 'ministry' },
  { personRef: 'higher-2', unitId: 'dept-astana' },
];

describe('whom an appeal to a higher official is addressed to', () => {
  it('by default the higher official of the nearest unit above, with the units above them', () => {
    expect(chooseAddressee(ABOVE_UNIT_3, OFFICIALS)).toEqual({
      ok: true,
      addressee: { personRef: 'higher-1', unitId: 'dept-almaty', aboveUnitIds: ['ministry'] },
    });
  });

  it('the officer may name one above the case, never one beside it', () => {
    expect(chooseAddressee(ABOVE_UNIT_3, OFFICIALS, 'higher-top')).toMatchObject({
      ok: true,
      addressee: { personRef: 'higher-top', aboveUnitIds: [] },
    });
    expect(chooseAddressee(ABOVE_UNIT_3, OFFICIALS, 'higher-2')).toMatchObject({
      ok: false,
      rule: 'not_above_case_unit',
    });
  });

  it('several in the nearest unit must be chosen from; none above is refused', () => {
    const two = [...OFFICIALS, { personRef: 'higher-1b', unitId: 'dept-almaty' }];
    expect(chooseAddressee(ABOVE_UNIT_3, two)).toMatchObject({ ok: false, rule: 'ambiguous' });
    expect(chooseAddressee([], OFFICIALS)).toMatchObject({ ok: false, rule: 'none_above' });
  });

  it('the addressee and officials of the units above them read it; an official beside them does not', () => {
    const addressee = { personRef: 'higher-1', unitId: 'dept-almaty', aboveUnitIds: ['ministry'] };
    expect(isAddressedTo(addressee, { personRef: 'higher-1', unitId: 'dept-almaty' })).toBe(true);
    expect(isAddressedTo(addressee, { personRef: 'higher-top', unitId: 'ministry' })).toBe(true);
    expect(isAddressedTo(addressee, { personRef: 'higher-2', unitId: 'dept-astana' })).toBe(false);
    expect(isAddressedTo(addressee, { personRef: 'higher-1c', unitId: 'dept-almaty' })).toBe(false);
  });
});
