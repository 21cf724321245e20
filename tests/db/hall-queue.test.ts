import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { callNextTicket } from '@/lib/hall/call-next-ticket';
import { finishTicket } from '@/lib/hall/finish-ticket';
import { getHallBoard } from '@/lib/hall/get-hall-board';
import { getWindowQueue } from '@/lib/hall/get-window-queue';
import { recallTicket } from '@/lib/hall/recall-ticket';
import { takeQueueTicket } from '@/lib/hall/take-queue-ticket';
import { actorOf } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

// Monday 2026-11-23, 10:00 in Shanghai.
const later = (minutes: number) => new Date(monday.getTime() + minutes * 60_000);

// Each test takes its tickets from its own kiosk address: the kiosk limiter lives in the process.
let kiosk = 0;
const take = (kind: 'INTAKE' | 'RESULT' | 'CONSULT', now = monday, address = `10.20.0.${++kiosk}`) => takeQueueTicket({ kind, clientAddress: address }, now);

describe('the hall queue (取号叫号)', () => {
  it('numbers tickets per kind and day, uniquely even when many are taken at once', async () => {
    const tickets = await Promise.all(Array.from({ length: 30 }, (_, i) => take(i % 3 === 0 ? 'RESULT' : 'INTAKE', monday, `10.21.0.${i}`)));
    const intake = tickets
      .filter((t) => t.kind === 'INTAKE')
      .map((t) => t.number)
      .sort((a, b) => a - b);
    const result = tickets
      .filter((t) => t.kind === 'RESULT')
      .map((t) => t.number)
      .sort((a, b) => a - b);
    expect(intake).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(tickets.find((t) => t.kind === 'INTAKE' && t.number === 12)?.code).toBe('A012');
    expect(tickets.find((t) => t.kind === 'RESULT' && t.number === 3)?.code).toBe('B003');
    // Each ticket saw those before it still waiting.
    for (const t of tickets) expect(t.ahead).toBe(t.number - 1);

    // The next day starts again at 1.
    const tomorrow = await take('INTAKE', new Date('2026-11-24T01:00:00Z'));
    expect(tomorrow).toMatchObject({ number: 1, code: 'A001', ahead: 0 });
  });

  it('gives two clerks calling at the same moment different tickets, in number order', async () => {
    const [clerk, lead] = await Promise.all([actorOf('clerk'), actorOf('lead')]);
    for (let i = 0; i < 3; i++) await take('INTAKE');
    const calls = await Promise.all([callNextTicket(clerk, { kind: 'INTAKE' }, later(1)), callNextTicket(lead, { kind: 'INTAKE' }, later(1))]);
    expect(calls.every((c) => c !== null)).toBe(true);
    expect(calls.map((c) => c!.number).sort()).toEqual([1, 2]);
    const rows = await db.queueTicket.findMany({ where: { status: 'CALLED' }, select: { calledById: true, windowId: true } });
    expect(new Set(rows.map((r) => r.calledById))).toEqual(new Set([clerk.id, lead.id]));
    expect(rows.every((r) => r.windowId === clerk.windowId)).toBe(true);

    // Many windows racing over few tickets: every ticket called once, the rest find nobody waiting.
    const more = await Promise.all(Array.from({ length: 4 }, (_, i) => callNextTicket(i % 2 ? clerk : lead, { kind: 'INTAKE' }, later(2))));
    expect(more.filter((c) => c !== null).map((c) => c!.number)).toEqual([3]);
    expect(await db.queueTicket.count({ where: { status: 'WAITING' } })).toBe(0);
  });

  it('recalls, serves and marks no-show, only at the window that called', async () => {
    const [clerk, lead, zhangsan] = await Promise.all([actorOf('clerk'), actorOf('lead'), actorOf('zhangsan')]);
    const first = await take('CONSULT');
    const second = await take('CONSULT');
    expect(await codeOf(callNextTicket(zhangsan, { kind: 'CONSULT' }, later(1)))).toBe('NOT_FOUND');

    const called = await callNextTicket(clerk, { kind: 'CONSULT' }, later(1));
    expect(called).toMatchObject({ id: first.id, code: 'C001' });
    expect(await codeOf(recallTicket(lead, { ticketId: first.id }, later(2)))).toBe('NOT_FOUND');
    await recallTicket(clerk, { ticketId: first.id }, later(3));
    const recalled = await db.queueTicket.findUniqueOrThrow({ where: { id: first.id } });
    expect(recalled).toMatchObject({ status: 'CALLED', callCount: 2, calledAt: later(3) });

    expect(await codeOf(finishTicket(lead, { ticketId: first.id, outcome: 'SERVED' }, later(4)))).toBe('NOT_FOUND');
    await finishTicket(clerk, { ticketId: first.id, outcome: 'NO_SHOW' }, later(4));
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('NO_SHOW');
    // Ended once: a double click finds nothing left to end, and a no-show cannot be recalled.
    expect(await codeOf(finishTicket(clerk, { ticketId: first.id, outcome: 'SERVED' }, later(4)))).toBe('NOT_FOUND');
    expect(await codeOf(recallTicket(clerk, { ticketId: first.id }, later(5)))).toBe('NOT_FOUND');

    // Calling the next number ends the one being served.
    await callNextTicket(clerk, { kind: 'CONSULT' }, later(5));
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('CALLED');
    expect(await callNextTicket(clerk, { kind: 'CONSULT' }, later(6))).toBeNull();
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('SERVED');

    const audit = await db.auditEvent.findMany({ where: { entity: 'QueueTicket' }, orderBy: { at: 'asc' }, select: { action: true, entityId: true } });
    expect(audit.map((a) => a.action)).toEqual(['call-ticket', 'recall-ticket', 'no-show-ticket', 'call-ticket', 'serve-ticket']);

    const desk = await getWindowQueue(clerk, later(6));
    expect(desk.current).toBeNull();
    expect(desk.handled.map((h) => [h.code, h.status])).toEqual(
      expect.arrayContaining([
        ['C001', 'NO_SHOW'],
        ['C002', 'SERVED'],
      ]),
    );
  });

  it('shows on the hall screen what is being called, at which window, and how many wait', async () => {
    const clerk = await actorOf('clerk');
    await take('INTAKE');
    await take('INTAKE');
    await take('RESULT');
    await callNextTicket(clerk, { kind: 'INTAKE' }, later(1));
    const board = await getHallBoard(later(1));
    const window = await db.window.findUniqueOrThrow({ where: { id: clerk.windowId! } });
    expect(board.calling).toEqual([expect.objectContaining({ code: 'A001', windowName: window.name, windowCode: window.code })]);
    expect(board.recent.map((r) => r.code)).toEqual(['A001']);
    expect(board.waiting).toEqual([
      { kind: 'INTAKE', count: 1 },
      { kind: 'RESULT', count: 1 },
      { kind: 'CONSULT', count: 0 },
    ]);
    // Yesterday's board is empty, nothing personal leaves the function.
    expect((await getHallBoard(new Date('2026-11-22T02:00:00Z'))).recent).toEqual([]);
    expect(Object.keys(board.calling[0]).sort()).toEqual(['calledAt', 'code', 'id', 'kind', 'recalled', 'status', 'windowCode', 'windowName'].sort());
  });

  it('limits how many numbers one kiosk address takes', async () => {
    const address = '10.30.0.1';
    for (let i = 0; i < 60; i++) await take('CONSULT', monday, address);
    expect(await codeOf(take('CONSULT', monday, address))).toBe('RATE_LIMITED');
  });
});
