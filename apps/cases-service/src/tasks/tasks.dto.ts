import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

export const claimSchema = z.object({
  caseId: z.uuid(),
  /** A task's `taskId` as `GET /tasks` gives it. */
  taskId: z.string().min(1).max(500),
});
export class ClaimTaskDto extends createZodDto(claimSchema) {}

export const taskListQuery = z.object({ caseId: z.uuid().optional() });
