import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

/** A case id: any UUID-shaped id (the service's ids are derived, not always RFC 4122 v4). */
const caseId = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'a case id (UUID)');

export const claimSchema = z.object({
  caseId,
  /** A task's `taskId` as `GET /tasks` gives it. */
  taskId: z.string().min(1).max(500),
});
export class ClaimTaskDto extends createZodDto(claimSchema) {}

export const taskListQuery = z.object({ caseId: caseId.optional() });
