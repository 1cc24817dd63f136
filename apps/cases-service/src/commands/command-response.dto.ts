import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

/** What every case command answers (and a replay with the same Idempotency-Key answers again). */
export const commandResponseSchema = z.object({
  caseId: z.uuid(),
  /** The case version after the command: send it back as `If-Match: "<version>"` for the next step. */
  version: z.int().nonnegative(),
  /** The case's stage after the command. */
  stage: z.string(),
  /** The domain event types the command recorded, in order. */
  events: z.array(z.string()),
  /** Environment migrations only: the decision environment the case now decides with. */
  environment: z.string().optional(),
});
export class CommandResponseDto extends createZodDto(commandResponseSchema) {}
