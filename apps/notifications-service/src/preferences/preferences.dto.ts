import { createZodDto, LOCALES } from '@qorgau/service-kit';
import { z } from 'zod';
import { CHANNELS } from '../db/entities/delivery.entity';

export const preferenceSchema = z
  .object({
    locale: z.enum(LOCALES),
    email: z.email().max(320).nullable(),
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
