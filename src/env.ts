import 'server-only';
import path from 'node:path';
import { z } from 'zod';

/** A whole number above zero (a size, a count, an interval in ms), given as text in the environment. */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// All environment the app reads, validated once. Values have safe defaults for
// development; `scripts/start.mjs` provides a generated NEXTAUTH_SECRET.
const schema = z.object({
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  // Sign-in through the unified identity platform (OpenID Connect), off while OIDC_ISSUER is unset; see docs/integration.md.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPE: z.string().default('openid profile'),
  OIDC_ID_NUMBER_CLAIM: z.string().default('id_number'),
  OIDC_NAME_CLAIM: z.string().default('name'),
  OIDC_PHONE_CLAIM: z.string().default('phone_number'),
  OIDC_CREDIT_CODE_CLAIM: z.string().default('credit_code'),
  OIDC_COMPANY_NAME_CLAIM: z.string().default('company_name'),
  OIDC_PROVIDER_NAME: z.string().default('统一身份认证'),
  OIDC_STAFF_ONLY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  DATA_DIR: z.string().default(path.join(/*turbopackIgnore: true*/ process.cwd(), '.data')),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  UPLOAD_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: positiveInt(10),
  // Files one account may hold in all (src/lib/files/store-uploads.ts).
  UPLOAD_QUOTA_BYTES: positiveInt(500 * 1024 * 1024),
  // Files nothing refers to are removed after this long (src/lib/files/sweep-orphan-files.ts).
  ORPHAN_FILE_GRACE_MS: positiveInt(24 * 60 * 60 * 1000),
  ORPHAN_SWEEP_INTERVAL_MS: positiveInt(60 * 60 * 1000),
  // The background worker's rounds (src/worker.ts, src/lib/jobs/).
  WORKER_INTERVAL_MS: positiveInt(2000),
  WARNING_INTERVAL_MS: positiveInt(60_000),
  STATISTICS_INTERVAL_MS: positiveInt(10 * 60_000),
  // Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated); see src/lib/limits/client-address.ts.
  TRUSTED_PROXIES: z.string().default(''),
  // Where upload bytes live: unset = DATA_DIR/uploads on this machine; s3://bucket?endpoint=…&region=…&forcePathStyle=true
  // for an S3-compatible store every instance shares (src/lib/files/object-store.ts, docs/deployment.md).
  STORAGE_URL: z
    .string()
    .regex(/^(s3|file):\/\//, 'STORAGE_URL must start with s3:// or file://')
    .optional(),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
  OIDC_ISSUER: process.env.OIDC_ISSUER || undefined,
  OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID || undefined,
  OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET || undefined,
  OIDC_SCOPE: process.env.OIDC_SCOPE || undefined,
  OIDC_ID_NUMBER_CLAIM: process.env.OIDC_ID_NUMBER_CLAIM || undefined,
  OIDC_NAME_CLAIM: process.env.OIDC_NAME_CLAIM || undefined,
  OIDC_PHONE_CLAIM: process.env.OIDC_PHONE_CLAIM || undefined,
  OIDC_CREDIT_CODE_CLAIM: process.env.OIDC_CREDIT_CODE_CLAIM || undefined,
  OIDC_COMPANY_NAME_CLAIM: process.env.OIDC_COMPANY_NAME_CLAIM || undefined,
  OIDC_PROVIDER_NAME: process.env.OIDC_PROVIDER_NAME || undefined,
  OIDC_STAFF_ONLY: process.env.OIDC_STAFF_ONLY || undefined,
  DATA_DIR: process.env.DATA_DIR || undefined,
  PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || undefined,
  UPLOAD_MAX_BYTES: process.env.UPLOAD_MAX_BYTES || undefined,
  UPLOAD_MAX_FILES: process.env.UPLOAD_MAX_FILES || undefined,
  UPLOAD_QUOTA_BYTES: process.env.UPLOAD_QUOTA_BYTES || undefined,
  ORPHAN_FILE_GRACE_MS: process.env.ORPHAN_FILE_GRACE_MS || undefined,
  ORPHAN_SWEEP_INTERVAL_MS: process.env.ORPHAN_SWEEP_INTERVAL_MS || undefined,
  WORKER_INTERVAL_MS: process.env.WORKER_INTERVAL_MS || undefined,
  WARNING_INTERVAL_MS: process.env.WARNING_INTERVAL_MS || undefined,
  STATISTICS_INTERVAL_MS: process.env.STATISTICS_INTERVAL_MS || undefined,
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || undefined,
  STORAGE_URL: process.env.STORAGE_URL || undefined,
});
