import { z } from 'zod';
import { entityId, instant } from '../envelope';
import { defineEvent } from '../event-definition';
import { defineTopic } from '../topic-contract';
import { TOPICS } from '../topics';

export const CONCERN_CATEGORIES = ['retaliation', 'stigmatization', 'isolation', 'other'] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

/**
 * The only thing that crosses the wall out of wellbeing: that a concern of some category was raised in a
 * case. No free text, no person, no health content. `.strict()` rejects any extra field instead of
 * silently dropping it, so a producer that tries to send more fails loudly. Adding a field to this event
 * therefore needs the consumers updated first, or a new version.
 */
export const concernRaisedData = z
  .object({
    caseId: entityId,
    category: z.enum(CONCERN_CATEGORIES),
    raisedAt: instant,
  })
  .strict();
export type ConcernRaisedData = z.output<typeof concernRaisedData>;

export const wellbeingConcernEvents = {
  'wellbeing.concern.raised': defineEvent(1, concernRaisedData),
};

export const wellbeingConcerns = defineTopic(TOPICS.wellbeingConcerns, wellbeingConcernEvents, {
  subjectField: 'caseId',
});
