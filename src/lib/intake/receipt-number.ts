import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * 受理编号: region code, acceptance date (Asia/Shanghai), a 5-digit sequence of
 * that region and day, e.g. 511602-20261123-00042. The counter row is
 * incremented with one atomic upsert in the accepting transaction, so numbers
 * are unique under concurrent intake at many windows and a rolled-back
 * acceptance gives its number back. See docs/receipt-number.md.
 */
export async function nextReceiptNumber(tx: Tx, regionCode: string, shanghaiDay: string): Promise<string> {
  const scope = `${regionCode}-${shanghaiDay.replaceAll('-', '')}`;
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "ReceiptCounter" (scope, value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET value = "ReceiptCounter".value + 1
    RETURNING value`;
  return `${scope}-${String(row.value).padStart(5, '0')}`;
}

/**
 * 一次性告知书 document number: region code, BZ (补正), issue date, a 5-digit
 * sequence of that region and day, e.g. 511602-BZ-20261123-00001. Same counter
 * table as receipt numbers, its own scope, so the two never collide.
 */
export async function nextCorrectionNumber(tx: Tx, regionCode: string, shanghaiDay: string): Promise<string> {
  const scope = `${regionCode}-BZ-${shanghaiDay.replaceAll('-', '')}`;
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "ReceiptCounter" (scope, value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET value = "ReceiptCounter".value + 1
    RETURNING value`;
  return `${scope}-${String(row.value).padStart(5, '0')}`;
}
