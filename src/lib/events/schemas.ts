import { z } from 'zod';
import { CASE_EVENT_TYPES } from './event-types';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const registerSubscriberSchema = z.object({
  name: z.string().trim().min(2).max(100),
  // http is allowed for a receiver inside the government network; the signature, not the transport, proves the sender.
  url: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/ })),
  types: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(CASE_EVENT_TYPES)).min(1, 'required')),
  personalData: checkbox,
  // Left blank, a random one is made; given, at least 32 characters of the partner's own.
  secret: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().min(32).max(200).optional()),
});
export type RegisterSubscriberInput = z.input<typeof registerSubscriberSchema>;

export const setSubscriberActiveSchema = z.object({ id: z.string().min(1).max(64), active: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const replayDeliverySchema = z.object({ id: z.string().min(1).max(64) });
