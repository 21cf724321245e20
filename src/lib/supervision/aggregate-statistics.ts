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

/** The counts a group's figures are computed from; the daily rollup stores exactly these. */
export type Tally = {
  accepted: number;
  acceptedOnline: number;
  acceptedCorrected: number;
  concluded: number;
  promisedOnTime: number;
  withStatutory: number;
  statutoryOnTime: number;
  workingDays: number; // sum over the concluded cases; half-days, so sums are exact
  concludedCorrected: number;
  ratings: number;
  satisfied: number; // ratings of 4 or 5
};

export const TALLY_FIELDS = [
  'accepted',
  'acceptedOnline',
  'acceptedCorrected',
  'concluded',
  'promisedOnTime',
  'withStatutory',
  'statutoryOnTime',
  'workingDays',
  'concludedCorrected',
  'ratings',
  'satisfied',
] as const satisfies readonly (keyof Tally)[];

export function emptyTally(): Tally {
  return {
    accepted: 0,
    acceptedOnline: 0,
    acceptedCorrected: 0,
    concluded: 0,
    promisedOnTime: 0,
    withStatutory: 0,
    statutoryOnTime: 0,
    workingDays: 0,
    concludedCorrected: 0,
    ratings: 0,
    satisfied: 0,
  };
}

export function addTally(into: Tally, t: Tally): Tally {
  for (const f of TALLY_FIELDS) into[f] += t[f];
  return into;
}

/** The counts of a set of cases per group. */
export function tallyCases(accepted: AcceptedCase[], concluded: ConcludedCase[], ratings: Rating[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const of = (group: string) => {
    let t = tallies.get(group);
    if (!t) tallies.set(group, (t = emptyTally()));
    return t;
  };
  for (const a of accepted) {
    const t = of(a.group);
    t.accepted++;
    if (a.online) t.acceptedOnline++;
    if (a.corrected) t.acceptedCorrected++;
  }
  for (const c of concluded) {
    const t = of(c.group);
    t.concluded++;
    if (c.promisedDueAt && c.decidedAt <= c.promisedDueAt) t.promisedOnTime++;
    if (c.statutoryDueAt) {
      t.withStatutory++;
      if (c.decidedAt <= c.statutoryDueAt) t.statutoryOnTime++;
    }
    t.workingDays += c.workingDays;
    if (c.corrected) t.concludedCorrected++;
  }
  for (const r of ratings) {
    const t = of(r.group);
    t.ratings++;
    if (r.overall >= 4) t.satisfied++;
  }
  return tallies;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const round = (n: number | null, digits = 4) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function rowOf(group: string, t: Tally): StatisticsRow {
  return {
    group,
    accepted: t.accepted,
    concluded: t.concluded,
    onTimePromised: round(share(t.promisedOnTime, t.concluded)),
    onTimeStatutory: round(share(t.statutoryOnTime, t.withStatutory)),
    avgWorkingDays: round(t.concluded === 0 ? null : t.workingDays / t.concluded, 2),
    firstTimeRate: round(share(t.concluded - t.concludedCorrected, t.concluded)),
    correctionRate: round(share(t.acceptedCorrected, t.accepted)),
    onlineShare: round(share(t.acceptedOnline, t.accepted)),
    ratings: t.ratings,
    satisfaction: round(share(t.satisfied, t.ratings)),
  };
}

/** The figures of each group and of all together, from their counts. */
export function statisticsOfTallies(tallies: Map<string, Tally>): { rows: StatisticsRow[]; total: StatisticsRow } {
  const groups = [...tallies.keys()].sort((a, b) => a.localeCompare(b, 'zh'));
  const total = emptyTally();
  for (const t of tallies.values()) addTally(total, t);
  return { rows: groups.map((g) => rowOf(g, tallies.get(g)!)), total: rowOf('', total) };
}
