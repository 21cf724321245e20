import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { AppError } from '@/lib/errors';

const PASSWORD = 'Demo@2026';

describe('signing in', () => {
  it('accepts the right password and refuses a wrong one or an unknown login', async () => {
    expect(await authenticate('clerk', PASSWORD, '10.0.0.1')).toMatchObject({ name: expect.any(String) });
    expect(await authenticate('clerk', 'wrong', '10.0.0.1')).toBeNull();
    expect(await authenticate('nobody-here', PASSWORD, '10.0.0.1')).toBeNull();
  });

  it('locks a login after five failures, even for the right password, without touching other logins', async () => {
    for (let i = 0; i < 5; i++) expect(await authenticate('lead', `guess-${i}`, '10.0.0.2')).toBeNull();
    await expect(authenticate('lead', PASSWORD, '10.0.0.3')).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');
    expect(await authenticate('reviewer.ga', PASSWORD, '10.0.0.2')).not.toBeNull();
  });

  it('clears the count of a login after a success', async () => {
    for (let i = 0; i < 4; i++) await authenticate('supervisor', `guess-${i}`, '10.0.0.4');
    expect(await authenticate('supervisor', PASSWORD, '10.0.0.4')).not.toBeNull();
    for (let i = 0; i < 4; i++) expect(await authenticate('supervisor', `again-${i}`, '10.0.0.4')).toBeNull();
    expect(await authenticate('supervisor', PASSWORD, '10.0.0.4')).not.toBeNull();
  });
});
