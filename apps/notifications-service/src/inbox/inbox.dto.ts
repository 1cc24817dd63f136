import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

export class InboxPageQuery extends createZodDto(
  z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  }),
) {}

export class InboxItemParams extends createZodDto(z.object({ id: z.uuid() })) {}

const inboxItem = z.object({
  id: z.uuid(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  caseId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

export class InboxPage extends createZodDto(
  z.object({ items: z.array(inboxItem), page: z.int(), pageSize: z.int(), total: z.int() }),
) {}

export class UnreadCount extends createZodDto(z.object({ count: z.int() })) {}
