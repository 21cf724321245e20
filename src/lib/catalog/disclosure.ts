// Which items publish their decided results (双公示), as the demo catalog sets it.
// No `server-only`: prisma/seed.ts uses it. The admin decides per item version
// afterwards (`disclose`, in the item form and the catalog file).

/**
 * Items about a private person's life: identity, travel documents, household,
 * marriage, assistance and health. Their results are never published, whatever
 * their type: a list of who got a passport, moved their household register, or
 * received 低保 would itself disclose private facts (个人信息保护法 art. 28).
 */
export const PRIVATE_LIFE_ITEMS: Readonly<Record<string, string>> = {
  '513A0011200068': 'identity', // 居民身份证申领
  '512B0070200003': 'identity', // 社会保障卡申领
  '511A0116400001': 'travel', // 普通护照签发
  '511A0147300000': 'household', // 户口迁移审批
  '511F09014002': 'household', // 出生登记（户口登记）
  '51160200WJ-GG-0002': 'household', // 新生儿出生“一件事”
  '511F0287300000': 'marriage', // 内地居民结婚登记
  '512B0003600029': 'assistance', // 最低生活保障审核确认
  '512B0003600031': 'assistance', // 临时救助
  '511G12015001': 'assistance', // 法律援助申请审批
  '512B0070100003': 'assistance', // 失业保险金申领
  '512B0066800002': 'assistance', // 失业登记
  '511G24004002': 'assistance', // 退役士兵自主就业一次性经济补助金的给付
  '511F82001002': 'health', // 残疾人证新办
  '512023377001': 'health', // 《出生医学证明》首次签发
  '512036001003': 'health', // 城乡居民基本医疗保险参保登记
};

/** 双公示 covers administrative licensing (行政许可); never a private person's life event. */
export function disclosedByDefault(item: { basicCode: string; type: string }): boolean {
  return item.type === 'LICENSING' && !(item.basicCode in PRIVATE_LIFE_ITEMS);
}
