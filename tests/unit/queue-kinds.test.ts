import { describe, expect, it } from 'vitest';
import { QUEUE_KINDS, ticketCode } from '@/lib/hall/queue-kinds';

describe('queue ticket codes', () => {
  it('puts the kind letter before three digits', () => {
    expect(ticketCode('INTAKE', 12)).toBe('A012');
    expect(ticketCode('RESULT', 3)).toBe('B003');
    expect(ticketCode('CONSULT', 1234)).toBe('C1234');
  });

  it('gives every kind its own letter', () => {
    expect(new Set(QUEUE_KINDS.map((k) => k.prefix)).size).toBe(QUEUE_KINDS.length);
  });
});
