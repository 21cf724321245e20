// Which steps a department may still take on a rectification (pure: updateRectification enforces it, the page asks it).
import type { RectificationStatus } from '@/generated/prisma/enums';

export type RectificationState = { status: RectificationStatus; closedAt: Date | null };

/** Open while 待整改 or 整改中 and not closed; only a pending one can be started. */
export function rectificationActions(r: RectificationState) {
  const open = !r.closedAt && (r.status === 'PENDING' || r.status === 'IN_PROGRESS');
  return { open, start: open && r.status === 'PENDING', finish: open };
}
