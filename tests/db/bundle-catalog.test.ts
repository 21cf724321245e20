import { describe, expect, it } from 'vitest';
import { retireIntoBundle } from '@/lib/catalog-admin/retire-into-bundle';
import { getRetiredItem } from '@/lib/catalog/get-retired-item';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { db } from '@/lib/db';
import { JOINT_ITEMS_REPLACED, retireJointItems } from '../../prisma/demo-retire-joint-items';
import { actorOf, submitOnline } from '../support/factories';

const monday = new Date('2026-11-23T02:00:00Z');

async function itemNamed(name: string) {
  return db.serviceItem.findFirstOrThrow({ where: { name }, select: { id: true, basicCode: true, status: true } });
}

describe('a hand-drawn joint item retired with a bundle as its successor', () => {
  it('is cancelled, its guide leads to the bundle, and a case filed before keeps its version', async () => {
    const [admin, applicant] = await Promise.all([actorOf('admin'), actorOf('qiye')]);
    const joint = await itemNamed('企业开办“一件事”（集成办理）');
    const before = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);

    await retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-QYKB', reason: '改由一件事集成办理' }, monday);

    expect(await itemNamed('企业开办“一件事”（集成办理）')).toMatchObject({ status: 'CANCELLED' });
    expect(await db.serviceItemVersion.count({ where: { itemId: joint.id, status: 'PUBLISHED' } })).toBe(0);
    expect(await getServiceGuide(joint.basicCode)).toBeNull();
    const retired = await getRetiredItem(joint.basicCode);
    expect(retired).toMatchObject({ status: 'CANCELLED', name: '企业开办“一件事”（集成办理）', bundle: { code: 'YJS-QYKB', name: '企业开办“一件事”' }, successors: [] });
    const filed = await db.application.findUniqueOrThrow({ where: { id: before.id }, select: { status: true, version: { select: { status: true } } } });
    expect(filed).toMatchObject({ status: 'SUBMITTED', version: { status: 'RETIRED' } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: 'ServiceItem', entityId: joint.id, action: 'cancelled' } });
    expect(audit).toMatchObject({ toStatus: 'CANCELLED', reason: '改由一件事集成办理' });
    expect(audit.data).toMatchObject({ bundle: 'YJS-QYKB' });

    // Once retired, not again.
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-QYKB', reason: '再次' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('refuses a bundle that is not published, a bundle the item belongs to, and a non-admin, storing nothing', async () => {
    const [admin, clerk] = await Promise.all([actorOf('admin'), actorOf('clerk')]);
    const joint = await itemNamed('新生儿出生“一件事”（集成办理）');
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-NONE', reason: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { bundleCode: ['bundleNotPublished'] } },
    });
    const member = await itemNamed('出生登记（户口登记）');
    await expect(retireIntoBundle(admin, { itemId: member.id, bundleCode: 'YJS-XSECS', reason: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { bundleCode: ['itemIsMember'] } },
    });
    await expect(retireIntoBundle(clerk, { itemId: joint.id, bundleCode: 'YJS-XSECS', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-XSECS', reason: ' ' })).rejects.toThrow();
    for (const id of [joint.id, member.id]) {
      expect(await db.serviceItem.findUniqueOrThrow({ where: { id }, select: { status: true, successorBundleId: true } })).toEqual({ status: 'ACTIVE', successorBundleId: null });
    }
  });

  it('the demo retires both joint items in favour of the bundles of their members', async () => {
    expect(await retireJointItems(await actorOf('admin'), monday)).toBe(2);
    for (const { name, bundleCode } of JOINT_ITEMS_REPLACED) {
      const item = await itemNamed(name);
      expect((await getRetiredItem(item.basicCode))?.bundle?.code).toBe(bundleCode);
    }
    // A second run changes nothing.
    expect(await retireJointItems(await actorOf('admin'), monday)).toBe(0);
  });
});
