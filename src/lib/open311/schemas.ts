import { z } from 'zod';

const optionalText = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max).optional());
const coordinate = (min: number, max: number) =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().finite().min(min).max(max).optional());

/** The fields of POST requests (form-encoded, the specification's names), attributes apart. */
export const serviceRequestSchema = z
  .object({
    service_code: z.string().trim().min(1).max(64),
    description: z.string().trim().min(5, 'description must be 5 to 1000 characters').max(1000, 'description must be 5 to 1000 characters'),
    lat: coordinate(-90, 90),
    long: coordinate(-180, 180),
    address_string: optionalText(500),
    address_id: optionalText(100),
    email: z.preprocess((v) => (v === '' ? undefined : v), z.email().max(200).optional()),
    first_name: optionalText(50),
    last_name: optionalText(50),
    phone: optionalText(30),
    device_id: optionalText(100),
    account_id: optionalText(100),
  })
  .refine((d) => (d.lat === undefined) === (d.long === undefined), { message: 'lat and long go together', path: ['lat'] });
export type ServiceRequestInput = z.input<typeof serviceRequestSchema>;

const day = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.iso.datetime({ offset: true }).or(z.iso.date()).optional());

/** GET requests: the specification's filters. */
export const requestFiltersSchema = z.object({
  service_request_id: optionalText(2000),
  service_code: optionalText(64),
  start_date: day,
  end_date: day,
  status: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^(open|closed)(,(open|closed))?$/, 'status is open, closed or both')
      .optional(),
  ),
});
export type RequestFilters = z.input<typeof requestFiltersSchema>;

export const issueApiKeySchema = z.object({
  name: z.string().trim().min(2).max(100),
  rateLimitPerHour: z.coerce.number().int().min(1).max(10000),
});
export type IssueApiKeyInput = z.input<typeof issueApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.string().trim().min(1).max(64) });
