// The one rule of which items may be applied for online (a pure function: the
// guide, the apply page, drafts and submission all ask it, so they cannot disagree).

/** 网上办理深度 from which an item takes online applications: 3 (application online) and 4 (fully online). */
const MIN_ONLINE_DEPTH = 3;

export function canApplyOnline(version: { onlineDepth: number }): boolean {
  return version.onlineDepth >= MIN_ONLINE_DEPTH;
}

/** The same rule as a Prisma filter, for queries that pick versions to apply for. */
export const appliableOnlineWhere = { onlineDepth: { gte: MIN_ONLINE_DEPTH } } as const;
