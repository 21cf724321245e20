import { describe, expect, it } from 'vitest';
import { answerComplaint } from '@/lib/complaints/answer-complaint';
import { assignComplaint } from '@/lib/complaints/assign-complaint';
import { fileComplaint } from '@/lib/complaints/file-complaint';
import { listComplaintTargets } from '@/lib/complaints/list-complaint-targets';
import { getComplaintRow, listComplaintsPage } from '@/lib/complaints/list-complaints';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

describe('complaints', () => {
  it('are filed about a case, assigned, answered within the limit and shown to the complainant', async () => {
    const [applicant, clerk, supervisor, other] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor'), actorOf('qiye')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);

    // Another applicant's case cannot be complained about by them.
    await expect(fileComplaint(other, { target: 'CASE', applicationId: id, content: '办理太慢了，没人管' }, monday)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const targets = await listComplaintTargets(applicant);
    expect(targets.applications.map((a) => a.id)).toEqual([id]);
    expect(targets.staff.map((s) => s.id)).toContain(clerk.id);
    const complaint = await fileComplaint(applicant, { target: 'CASE', applicationId: id, content: '受理后一直没有进展。' }, monday);
    // 10 working days after Monday 23 November.
    expect(complaint.dueAt.toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(await db.outboxMessage.count({ where: { recipientId: supervisor.id, subject: '收到新投诉' } })).toBe(1);
    const staffComplaint = await fileComplaint(applicant, { target: 'STAFF', staffId: clerk.id, content: '窗口工作人员态度不好。' }, monday);

    const late = new Date('2026-12-08T02:00:00Z');
    const { open: board, answered: none } = await listComplaintsPage(supervisor, {}, late);
    expect(none).toEqual([]);
    expect(board.map((c) => [c.id, c.overdue])).toEqual([
      [complaint.id, true],
      [staffComplaint.id, true],
    ]);
    expect(board[0].complainant).toBe(applicant.name);
    expect(await listComplaintsPage(other, {}, late)).toEqual({ open: [], answered: [], next: null });
    expect(await getComplaintRow(other, complaint.id)).toBeNull();

    await expect(answerComplaint(clerk, { complaintId: complaint.id, answer: '已经处理完毕。' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await assignComplaint(supervisor, { complaintId: complaint.id, assigneeId: supervisor.id });
    await answerComplaint(supervisor, { complaintId: complaint.id, answer: '经核查，已督促公安局加快审查。' }, late);
    await expect(answerComplaint(supervisor, { complaintId: complaint.id, answer: '再次答复内容' }, late)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });

    const { open, answered } = await listComplaintsPage(applicant, {}, late);
    expect(answered.map((c) => c.id)).toEqual([complaint.id]);
    const mine = [...open, ...answered];
    expect(mine.find((c) => c.id === complaint.id)).toMatchObject({
      status: 'ANSWERED',
      answer: '经核查，已督促公安局加快审查。',
      overdue: false,
      complainant: null,
    });
    expect(mine.find((c) => c.id === staffComplaint.id)).toMatchObject({ status: 'SUBMITTED', overdue: true });
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: '投诉已答复' } })).toBe(1);
  });
});
