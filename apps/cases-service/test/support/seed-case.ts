import { bodyOf, seedReportOfSlap } from '@qorgau/domain/test-support';

export { B_PROTECTION_ACT, COMMISSION, FINDINGS } from '@qorgau/domain/test-support';

/** The seed's report (A's allegation of the slap) as the body of POST /cases, discovered on `discoveredOn`. */
export const seedReportBody = (discoveredOn: string) => bodyOf(seedReportOfSlap(discoveredOn));
