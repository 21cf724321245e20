-- Results of items about a person's private life (identity, travel documents,
-- household, marriage, assistance, health) are never published on /disclosure:
-- the demo catalog disclosed every licensing item, passports and household
-- moves included. The list is src/lib/catalog/disclosure.ts PRIVATE_LIFE_ITEMS.
UPDATE "ServiceItemVersion" v
SET disclose = false
FROM "ServiceItem" i
WHERE v."itemId" = i.id
  AND v.disclose
  AND i."basicCode" IN (
  '513A0011200068',
  '512B0070200003',
  '511A0116400001',
  '511A0147300000',
  '511F09014002',
  '51160200WJ-GG-0002',
  '511F0287300000',
  '512B0003600029',
  '512B0003600031',
  '511G12015001',
  '512B0070100003',
  '512B0066800002',
  '511G24004002',
  '511F82001002',
  '512023377001',
  '512036001003'
  );
