import { caseDay, identifier, label } from '@qorgau/contracts';
import { createZodDto, ROLES } from '@qorgau/service-kit';
import { z } from 'zod';

export const unitBody = z.object({
  name: label,
  parentUnitId: identifier.nullable().default(null).describe('The unit above; null at the top'),
  active: z.boolean().default(true).describe('false deactivates (kept for old cases, no active officers)'),
});
export class UnitBodyDto extends createZodDto(unitBody) {}

export const officerBody = z.object({
  fullName: label,
  unitId: identifier,
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  active: z.boolean().default(true).describe('false deactivates: the person can no longer sign in'),
});
export class OfficerBodyDto extends createZodDto(officerBody) {}

export const compositionBody = z.object({
  members: z
    .array(z.object({ personRef: identifier, role: z.enum(['chair', 'secretary', 'member']) }))
    .min(1)
    .max(50),
});
export class CompositionBodyDto extends createZodDto(compositionBody) {}

export const officerQuery = z.object({
  unitId: identifier.optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).optional(),
  q: z.string().max(100).optional().describe('Part of a name or a person reference'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const compositionQuery = z.object({
  on: caseDay.optional().describe('Also return the composition in force on this day'),
});

export const importForm = z.object({
  deactivateMissing: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: the officers file is a full export; active officers it does not list are deactivated'),
});

export const effectiveFromParam = caseDay;
