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

/**
 * A person's certificate number on a public page, masked as ID numbers are
 * masked in public notices: the first 3 and last 4 characters stay (enough to
 * tell two results apart), the rest is starred; short numbers keep one at each end.
 */
export function maskCertificateNumber(number: string): string {
  const chars = [...number.trim()];
  const [head, tail] = chars.length >= 10 ? [3, 4] : chars.length >= 3 ? [1, 1] : [0, 0];
  return `${chars.slice(0, head).join('')}${'*'.repeat(chars.length - head - tail)}${chars.slice(chars.length - tail).join('')}`;
}

/** A holder as the public may see them: companies in full, persons masked. */
export function publicHolderName(name: string, isCompany: boolean): string {
  return isCompany ? name : maskPersonName(name);
}
