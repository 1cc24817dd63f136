import { createZodDto, LOCALES } from '@qorgau/service-kit';
import { z } from 'zod';
import { CHANNELS } from '../db/entities/delivery.entity';

export const preferenceSchema = z
  .object({
    locale: z.enum(LOCALES),
    email: z
      .email()
      .max(320)
      // RFC 5321: a mailbox name is at most 64 characters; longer ones pass the pattern but no mail server takes them.
      .refine((email) => email.split('@')[0]!.length <= 64, 'the part before @ must be at most 64 characters')
      .nullable(),
    channels: z
      .array(z.enum(CHANNELS))
      .min(1)
      .refine((channels) => new Set(channels).size === channels.length, 'must not repeat a channel'),
  })
  .refine((p) => !p.channels.includes('email') || p.email !== null, {
    path: ['email'],
    message: 'is required when the email channel is chosen',
  });

export class PreferenceDto extends createZodDto(preferenceSchema) {}
