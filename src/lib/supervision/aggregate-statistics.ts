// Pure: the statistics of a set of cases, so the figures can be checked by hand.
export type AcceptedCase = { group: string; online: boolean; corrected: boolean };
export type ConcludedCase = {
  group: string;
  decidedAt: Date;
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
  workingDays: number;
  corrected: boolean;
};
export type Rating = { group: string; overall: number };

export type StatisticsRow = {
  group: string;
  accepted: number;
  concluded: number;
  /** Shares are 0..1, null when there is nothing to divide by. */
  onTimePromised: number | null;
  onTimeStatutory: number | null;
  avgWorkingDays: number | null;
  firstTimeRate: number | null; // 一次办结率: concluded without any correction notice
  correctionRate: number | null; // accepted cases that needed a correction first
  onlineShare: number | null; // accepted cases applied for online (全程网办)
  ratings: number;
  satisfaction: number | null; // ★4–5 among ratings
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const round = (n: number | null, digits = 4) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function aggregateStatistics(accepted: AcceptedCase[], concluded: ConcludedCase[], ratings: Rating[]): { rows: StatisticsRow[]; total: StatisticsRow } {
  const groups = [...new Set([...accepted, ...concluded, ...ratings].map((c) => c.group))].sort((a, b) => a.localeCompare(b, 'zh'));
  const row = (group: string, a: AcceptedCase[], c: ConcludedCase[], r: Rating[]): StatisticsRow => {
    const withStatutory = c.filter((x) => x.statutoryDueAt);
    return {
      group,
      accepted: a.length,
      concluded: c.length,
      onTimePromised: round(share(c.filter((x) => x.promisedDueAt && x.decidedAt <= x.promisedDueAt).length, c.length)),
      onTimeStatutory: round(share(withStatutory.filter((x) => x.decidedAt <= x.statutoryDueAt!).length, withStatutory.length)),
      avgWorkingDays: round(c.length === 0 ? null : c.reduce((s, x) => s + x.workingDays, 0) / c.length, 2),
      firstTimeRate: round(share(c.filter((x) => !x.corrected).length, c.length)),
      correctionRate: round(share(a.filter((x) => x.corrected).length, a.length)),
      onlineShare: round(share(a.filter((x) => x.online).length, a.length)),
      ratings: r.length,
      satisfaction: round(share(r.filter((x) => x.overall >= 4).length, r.length)),
    };
  };
  const rows = groups.map((g) => row(g, accepted.filter((x) => x.group === g), concluded.filter((x) => x.group === g), ratings.filter((x) => x.group === g)));
  return { rows, total: row('', accepted, concluded, ratings) };
}
