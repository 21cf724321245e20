// The demo data seed (prisma/seed.ts). tests/support/db-setup.ts already empties
// the database and seeds it before each test; the tests seed again anyway (a
// no-op then) so that they do not depend on it.
import { afterAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { OneQueryAtATimePrismaPg } from '@/lib/one-query-at-a-time';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_APPLICANT, DEMO_PASSWORD, loadCatalogItems, seedDemoData as seedVerbose } from '../../prisma/seed';
import { truncateAll } from '../support/truncate';

// Transactions one query at a time, as the app's own client (docs/decisions/0020-one-query-at-a-time.md).
const prisma = new PrismaClient({ adapter: new OneQueryAtATimePrismaPg({ connectionString: process.env.DATABASE_URL }) });

const seedDemoData = (client: PrismaClient) => seedVerbose(client, { quiet: true });

afterAll(async () => {
  await prisma.$disconnect();
});

async function rowCounts() {
  const [situationMaterials] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_SituationMaterials"`;
  return {
    region: await prisma.region.count(),
    department: await prisma.department.count(),
    window: await prisma.window.count(),
    user: await prisma.user.count(),
    serviceItem: await prisma.serviceItem.count(),
    serviceItemVersion: await prisma.serviceItemVersion.count(),
    situation: await prisma.situation.count(),
    situationMaterials: Number(situationMaterials?.n ?? -1),
    materialRequirement: await prisma.materialRequirement.count(),
    processStep: await prisma.processStep.count(),
    routeStage: await prisma.routeStage.count(),
    routeStageDepartment: await prisma.routeStageDepartment.count(),
    certificate: await prisma.certificate.count(),
    calendarDay: await prisma.calendarDay.count(),
    setting: await prisma.setting.count(),
  };
}

describe('seedDemoData', () => {
  it('is idempotent: a second run changes nothing', async () => {
    await truncateAll(prisma);
    const first = await seedDemoData(prisma);
    expect(first.created).toBe(true);
    const counts = await rowCounts();
    const users = await prisma.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, passwordHash: true } });

    const second = await seedDemoData(prisma);
    expect(second.created).toBe(false);
    expect(await rowCounts()).toEqual(counts);
    expect(await prisma.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, passwordHash: true } })).toEqual(users);

    expect(counts).toMatchObject({ region: 3, window: 3, user: DEMO_ACCOUNTS.length, serviceItem: 68, serviceItemVersion: 68 });
    expect(counts.calendarDay).toBeGreaterThan(100);
    expect(second.accounts.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(await prisma.setting.findUnique({ where: { key: 'demo-data' } })).not.toBeNull();
  });

  it('publishes all 68 items with routes whose stage limits add up to the promised limit', async () => {
    await seedDemoData(prisma);
    const versions = await prisma.serviceItemVersion.findMany({
      include: {
        item: true,
        materials: true,
        stages: { orderBy: { sort: 'asc' }, include: { departments: { include: { department: { include: { region: true, upperDepartment: true } } } } } },
      },
    });
    const data = loadCatalogItems();
    expect(versions).toHaveLength(68);
    expect(new Set(versions.map((v) => v.item.basicCode))).toEqual(new Set(data.map((i) => i.code)));

    for (const v of versions) {
      expect(v.status, v.name).toBe('PUBLISHED');
      expect(v.effectiveFrom?.toISOString(), v.name).toBe('2025-12-31T16:00:00.000Z');
      expect(v.materials.length, v.name).toBe(data.find((i) => i.code === v.item.basicCode)!.materials.length);

      if (v.handlingClass === 'IMMEDIATE') {
        expect(v.stages, v.name).toHaveLength(0);
        continue;
      }
      const total = v.stages.reduce((sum, s) => sum + s.limitDays, 0);
      expect(v.stages.length, v.name).toBeGreaterThan(0);
      expect(total, v.name).toBe(v.promisedLimitDays);
      for (const s of v.stages) {
        expect(s.limitDays, `${v.name} ${s.name}`).toBeGreaterThanOrEqual(0.5);
        expect(Number.isInteger(s.limitDays * 2), `${v.name} ${s.name} in half days`).toBe(true);
        expect(s.departments.length, `${v.name} ${s.name}`).toBeGreaterThan(0);
      }

      if (v.handlingClass === 'JOINT') {
        expect(
          v.stages.some((s) => s.departments.length > 1),
          v.name,
        ).toBe(true);
      }
      if (v.handlingClass === 'ESCALATED') {
        const first = v.stages[0]!.departments[0]!.department;
        const last = v.stages.at(-1)!.departments.map((d) => d.department);
        expect(first.region.level, v.name).toBe('COUNTY');
        for (const d of last) {
          expect(d.region.level, v.name).not.toBe('COUNTY');
          // A county item goes up to the county department's upper (city) department.
          if (v.level === 'COUNTY') {
            expect(d.region.level, v.name).toBe('CITY');
            expect(d.id, v.name).toBe(first.upperDepartmentId);
          } else {
            expect(d.id, v.name).toBe(v.departmentId);
          }
        }
      }
    }
    expect(versions.filter((v) => v.handlingClass === 'JOINT')).toHaveLength(3);
    // Four from the sources, and 食品生产许可 decided by the city's market regulator (reviewer.city, issue 13 point 10).
    expect(versions.filter((v) => v.handlingClass === 'ESCALATED')).toHaveLength(5);

    // Members of the 企业开办 and 新生儿出生 “一件事” carry their life event.
    const byName = new Map(versions.map((v) => [v.name, v]));
    expect(byName.get('公司设立登记')?.lifeEvents).toContain('开办企业');
    expect(byName.get('住房公积金单位缴存登记')?.lifeEvents).toContain('开办企业');
    expect(byName.get('出生登记（户口登记）')?.lifeEvents).toContain('生育');
    expect(byName.get('《出生医学证明》首次签发')?.lifeEvents).toContain('生育');
  });

  it('links conditional materials to their situations', async () => {
    await seedDemoData(prisma);
    const version = await prisma.serviceItemVersion.findFirstOrThrow({
      where: { item: { basicCode: '511A0064100070' } },
      include: { situations: { orderBy: { sort: 'asc' }, include: { materials: true } } },
    });
    expect(version.situations.map((s) => [s.name, s.materials.map((m) => m.name)])).toEqual([
      ['委托代理人办理', ['指定代表或者共同委托代理人授权委托书及其身份证件']],
      ['经营范围涉及前置审批', ['前置审批批准文件']],
    ]);
    expect(version.situations.every((s) => s.materials.every((m) => !m.required))).toBe(true);
  });

  it('gives the applicant an ID card e-certificate and every account the demo password', async () => {
    await seedDemoData(prisma);
    const idCard = await prisma.certificate.findFirst({ where: { holder: { username: 'zhangsan' }, type: '居民身份证' } });
    expect(idCard).toMatchObject({ holderName: '张三', holderIdNo: DEMO_APPLICANT.idNumber, status: 'VALID' });
    expect(idCard?.verifyCode).toMatch(/^[A-Z0-9]{6}$/);
    const license = await prisma.certificate.findFirst({ where: { holder: { username: 'qiye' }, type: '营业执照' } });
    expect(license?.holderName).toBe('示范县云帆科技有限公司');

    const users = await prisma.user.findMany({ where: { username: { in: ['zhangsan', 'admin'] } } });
    expect(users).toHaveLength(2);
    for (const user of users) {
      expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'wrong-password')).toBe(false);
    }
  });
});
