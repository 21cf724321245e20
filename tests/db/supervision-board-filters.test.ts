import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { resolveBoardFilter, suggestFilterChoices } from '@/lib/supervision/board-filter-choices';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);

/** A department as the board names it: region first. */
async function departmentOf(id: string) {
  const d = await db.department.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, region: { select: { name: true } } } });
  return { id: d.id, name: `${d.region.name}${d.name}` };
}

describe("the board's type-ahead filters", () => {
  it('suggests departments and items whose name contains the text, the closest first, to supervision only', async () => {
    const [supervisor, clerk, police] = await Promise.all([actorOf('supervisor'), actorOf('clerk'), actorOf('reviewer.ga')]);
    const policeDepartment = await departmentOf(police.departmentId!);

    const departments = await suggestFilterChoices(supervisor, { field: 'department', q: '公安' });
    expect(departments).toContainEqual(policeDepartment);
    expect(departments.length).toBeLessThanOrEqual(8);
    expect(departments.every((d) => d.name.includes('公安'))).toBe(true);

    // The latest version's name; the whole name before the names that merely contain it.
    const passport = await db.serviceItemVersion.findFirstOrThrow({ where: { name: '普通护照签发' }, select: { itemId: true } });
    const items = await suggestFilterChoices(supervisor, { field: 'item', q: '普通护照签发' });
    expect(items[0]).toEqual({ id: passport.itemId, name: '普通护照签发' });
    expect((await suggestFilterChoices(supervisor, { field: 'item', q: '护照' })).map((i) => i.id)).toContain(passport.itemId);

    // LIKE's wildcards are taken as text: "%" matches no name rather than every one.
    expect(await suggestFilterChoices(supervisor, { field: 'item', q: '%' })).toEqual([]);
    expect(await suggestFilterChoices(supervisor, { field: 'department', q: '_' })).toEqual([]);

    await expect(suggestFilterChoices(clerk, { field: 'department', q: '公安' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('turns a typed name into the filter when it names one department or item, lists them when several match, and says when none does', async () => {
    const [applicant, clerk, supervisor, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    const { id } = await submitOnline(applicant, '普通护照签发', at('2026-11-23T10:00:00'));
    await acceptApplication(clerk, id, at('2026-11-23T10:00:00'));
    const now = at('2026-11-24T10:00:00');
    const resolve = (query: Record<string, string>) => resolveBoardFilter(supervisor, boardFilterSchema.parse(query));
    const passport = await db.serviceItemVersion.findFirstOrThrow({ where: { name: '普通护照签发' }, select: { itemId: true } });
    const policeDepartment = await departmentOf(police.departmentId!);

    // The whole name, as typed without JavaScript: the item's id, and the board filtered by it.
    const byName = await resolve({ item: ' 普通护照签发 ' });
    expect(byName.filter).toMatchObject({ itemId: passport.itemId, item: undefined });
    expect(byName.item).toEqual({ chosen: { id: passport.itemId, name: '普通护照签发' }, text: '普通护照签发', matches: [], more: false });
    expect((await listSupervisionBoard(supervisor, byName.filter, now)).rows.map((r) => r.id)).toEqual([id]);

    // The department's full name, or its own when only one department has it.
    const byDepartment = await resolve({ department: policeDepartment.name });
    expect(byDepartment.filter.departmentId).toBe(policeDepartment.id);
    expect((await listSupervisionBoard(supervisor, byDepartment.filter, now)).rows.map((r) => r.id)).toEqual([id]);

    // A fragment several names contain: no filter, the candidates listed to pick from.
    const several = await resolve({ department: '局' });
    expect(several.filter.departmentId).toBeUndefined();
    expect(several.department.chosen).toBeNull();
    expect(several.department.matches.length).toBeGreaterThan(1);
    expect(several.department.matches.every((d) => d.name.includes('局'))).toBe(true);
    // More departments contain 局 than the eight listed: the page says so.
    expect(several.department.matches).toHaveLength(8);
    expect(several.department.more).toBe(true);
    expect((await resolve({ department: '公安' })).department).toMatchObject({ chosen: null, more: false });

    // Nothing matches: no filter, and the text kept to say so.
    const none = await resolve({ item: '不存在的事项名称' });
    expect(none.filter.itemId).toBeUndefined();
    expect(none.item).toEqual({ chosen: null, text: '不存在的事项名称', matches: [], more: false });

    // A picked id (the type-ahead sends no name) keeps its name for the field; the name sent unchanged keeps the id.
    expect((await resolve({ departmentId: policeDepartment.id })).department.chosen).toEqual(policeDepartment);
    expect((await resolve({ departmentId: policeDepartment.id, department: policeDepartment.name })).filter.departmentId).toBe(policeDepartment.id);
    // The name edited in the field (without JavaScript the old id is still sent) wins over the old id.
    const edited = await resolve({ itemId: passport.itemId, item: '不存在的事项名称' });
    expect(edited.filter.itemId).toBeUndefined();
    expect(edited.item.text).toBe('不存在的事项名称');

    // Neither field set: the filter unchanged.
    expect((await resolve({ level: 'RED' })).filter).toEqual(boardFilterSchema.parse({ level: 'RED' }));
    await expect(resolveBoardFilter(clerk, boardFilterSchema.parse({}))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
