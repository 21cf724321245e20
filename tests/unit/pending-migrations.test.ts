import { describe, expect, it } from 'vitest';
import { pendingMigrations } from '@/lib/health/check-readiness';

describe('pendingMigrations', () => {
  it('lists the folders the database has not applied, in order', () => {
    expect(pendingMigrations(['20261206_b', '20261101_a', '20261207_c'], ['20261101_a'])).toEqual(['20261206_b', '20261207_c']);
    expect(pendingMigrations(['20261101_a'], ['20261101_a', 'applied_elsewhere'])).toEqual([]);
  });
});
