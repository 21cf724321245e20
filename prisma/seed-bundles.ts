// The demo bundles (一件事一次办) of prisma/data/bundles.json, written in the
// seed's transaction after the items they are built from. Each is checked by
// the same rules as the admin's form (src/lib/bundles/rules.ts).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Prisma } from '../src/generated/prisma/client';
import { checkBundleDefinition } from '../src/lib/bundles/rules';
import { searchTextOf } from '../src/lib/catalog/search-text';

const BundleFileSchema = z.object({
  bundles: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      lifeEvent: z.string(),
      leadItem: z.string(),
      promisedLimitDays: z.number(),
      situations: z.array(z.string()),
      description: z.string(),
      members: z.array(
        z.object({
          itemCode: z.string(),
          applicability: z.enum(['ALWAYS', 'SITUATION', 'OPTIONAL']),
          situations: z.array(z.string()).default([]),
          dependsOn: z.array(z.string()).default([]),
        }),
      ),
    }),
  ),
});

function loadDemoBundles() {
  return BundleFileSchema.parse(JSON.parse(readFileSync(new URL('./data/bundles.json', import.meta.url), 'utf8'))).bundles;
}

type Client = Pick<Prisma.TransactionClient, 'serviceItem' | 'bundle' | 'bundleVersion' | 'bundleMember'>;

export async function seedBundles(tx: Client, publishedAt: Date): Promise<number> {
  const bundles = loadDemoBundles();
  const items = await tx.serviceItem.findMany({
    where: { basicCode: { in: bundles.flatMap((b) => b.members.map((m) => m.itemCode)) } },
    select: {
      id: true,
      basicCode: true,
      versions: {
        where: { status: 'PUBLISHED' },
        select: { name: true, departmentId: true, statutoryLimitDays: true, promisedLimitDays: true, department: { select: { name: true } } },
      },
    },
  });
  const byCode = new Map(items.flatMap((i) => (i.versions[0] ? [[i.basicCode, { id: i.id, ...i.versions[0] }] as const] : [])));
  for (const b of bundles) {
    const errors = checkBundleDefinition(b, byCode);
    if (Object.keys(errors).length) throw new Error(`bundle ${b.code} in prisma/data/bundles.json: ${JSON.stringify(errors)}`);
    const lead = byCode.get(b.leadItem);
    if (!lead) throw new Error(`bundle ${b.code}: lead item ${b.leadItem} is not a member`);
    await tx.bundle.create({
      data: {
        code: b.code,
        name: b.name,
        versions: {
          create: {
            version: 1,
            status: 'PUBLISHED',
            publishedAt,
            name: b.name,
            lifeEvent: b.lifeEvent,
            leadDepartmentId: lead.departmentId,
            promisedLimitDays: b.promisedLimitDays,
            situations: b.situations,
            description: b.description,
            searchText: searchTextOf({
              name: b.name,
              keywords: [b.lifeEvent, '一件事'],
              departments: [lead.department.name],
              materials: b.members.map((m) => byCode.get(m.itemCode)!.name),
            }),
            members: {
              create: b.members.map((m, sort) => ({
                sort,
                itemId: byCode.get(m.itemCode)!.id,
                applicability: m.applicability,
                situations: m.situations,
                dependsOn: m.dependsOn,
              })),
            },
          },
        },
      },
    });
  }
  return bundles.length;
}
