import { TrailingBadge } from '@/components/ui/badge';
import { Td } from '@/components/ui/table';

/**
 * The intake deadline cell of a window queue row (single cases and bundles alike), flagged when it has passed.
 * Plain, with its texts formatted by the page: an async cell per row made every row wait for its own
 * translator and went into the React payload as a chunk of its own.
 */
export function IntakeDueCell({ due, overdue }: { due: string; overdue?: string }) {
  return (
    <Td className="whitespace-nowrap">
      {due}
      {overdue && <TrailingBadge tone="red">{overdue}</TrailingBadge>}
    </Td>
  );
}
