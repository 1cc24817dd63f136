import { type AppealAddressee } from '@qorgau/domain';

/** A higher official as the directory knows them. */
export interface HigherOfficial {
  readonly personRef: string;
  readonly unitId: string;
}

export type AddresseeChoice =
  | { readonly ok: true; readonly addressee: AppealAddressee }
  | {
      readonly ok: false;
      readonly rule: 'not_above_case_unit' | 'ambiguous' | 'none_above';
      readonly detail: string;
    };

/**
 * Whom an appeal to a higher official goes to (art. 57 p.19-21): a higher official of a unit above the case's unit.
 * The officer may name one (`requestedRef`); otherwise it is the higher official of the nearest unit above that has
 * one, and when that unit has several the officer must choose. `unitsAbove` lists the case unit's ancestors,
 * nearest first. The addressee keeps the units above their own, so those above them may read the case too.
 */
export function chooseAddressee(
  unitsAbove: readonly string[],
  officials: readonly HigherOfficial[],
  requestedRef?: string,
): AddresseeChoice {
  const candidates = officials.filter((o) => unitsAbove.includes(o.unitId));
  const withUnits = (o: HigherOfficial): AddresseeChoice => ({
    ok: true,
    addressee: {
      personRef: o.personRef,
      unitId: o.unitId,
      aboveUnitIds: unitsAbove.slice(unitsAbove.indexOf(o.unitId) + 1),
    },
  });
  if (requestedRef !== undefined) {
    const named = candidates.find((o) => o.personRef === requestedRef);
    return named
      ? withUnits(named)
      : {
          ok: false,
          rule: 'not_above_case_unit',
          detail: `${requestedRef} is not a higher official of a unit above the case's unit.`,
        };
  }
  for (const unitId of unitsAbove) {
    const here = candidates.filter((o) => o.unitId === unitId);
    if (here.length === 1) return withUnits(here[0]!);
    if (here.length > 1)
      return {
        ok: false,
        rule: 'ambiguous',
        detail: `Unit ${unitId} has several higher officials (${here.map((o) => o.personRef).join(', ')}): name one in addresseeRef.`,
      };
  }
  return { ok: false, rule: 'none_above', detail: "No higher official is known above the case's unit." };
}

/** Whether the appeal is addressed to the principal or to an official below them in the unit hierarchy. */
export const isAddressedTo = (
  addressee: AppealAddressee,
  principal: { readonly personRef: string; readonly unitId: string },
): boolean =>
  addressee.personRef === principal.personRef || addressee.aboveUnitIds.includes(principal.unitId);
