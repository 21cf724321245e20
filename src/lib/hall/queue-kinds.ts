// 取号: the kinds of business a walk-in can take a number for. Each kind has its
// own letter, so the hall reads A012 (综合受理), B003 (出件领证), C007 (咨询).
// Names are messages `queue.kinds.<key>`.
export const QUEUE_KINDS = [
  { key: 'INTAKE', prefix: 'A' },
  { key: 'RESULT', prefix: 'B' },
  { key: 'CONSULT', prefix: 'C' },
] as const;

export type QueueKind = (typeof QUEUE_KINDS)[number]['key'];

export const queueKindKeys = QUEUE_KINDS.map((k) => k.key) as [QueueKind, ...QueueKind[]];

/** The number as shown on the ticket and the hall screen: the kind's letter and three digits. */
export function ticketCode(kind: string, number: number): string {
  const prefix = QUEUE_KINDS.find((k) => k.key === kind)?.prefix ?? '?';
  return `${prefix}${String(number).padStart(3, '0')}`;
}
