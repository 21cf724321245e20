import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The windows the board can be filtered by, for its select: a service center has
 * a few dozen at most. The departments and items, which a province counts in
 * hundreds, are type-ahead fields instead (board-filter-choices.ts).
 */
export async function listBoardWindows(actor: Actor) {
  assertRole(actor, ['SUPERVISOR']);
  // In SQL: Prisma compiles each query on every call, a few milliseconds of CPU on every load of the board.
  return db.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Window" ORDER BY code`;
}
