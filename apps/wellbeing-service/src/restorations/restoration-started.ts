import { calendarDay, entityId } from '@qorgau/contracts';
import { z } from 'zod';

export const RESTORATION_STARTED = 'case.restoration-started';

/**
 * What wellbeing reads of `case.restoration-started` (the domain's RestorationStarted, published as is on the
 * case-events topic, where it is not registered yet): per cleared officer, the HR follow-up day. Nothing else
 * of the case crosses the wall; other fields are dropped here.
 */
export const restorationStartedData = z.object({
  caseId: entityId,
  plans: z
    .array(
      z.object({
        personRef: entityId,
        findingsNoticeOn: calendarDay.optional(),
        hrFollowUpOn: calendarDay,
      }),
    )
    .min(1),
});
export type RestorationStartedData = z.output<typeof restorationStartedData>;
