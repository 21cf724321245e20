/*
 * Masking for public pages (verification, disclosure). A person's name keeps
 * its first character, and its last when it has three or more (张*, 张*丰,
 * 欧阳**); ID numbers are never shown at all. Names of legal persons and their
 * credit codes are public registers and stay whole.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length === 1 ? '*' : '';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** A holder as the public may see them: companies in full, persons masked. */
export function publicHolderName(name: string, isCompany: boolean): string {
  return isCompany ? name : maskPersonName(name);
}
