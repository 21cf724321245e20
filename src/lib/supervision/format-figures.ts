/**
 * How the statistics print their figures, the same on screen and in the CSV
 * file: rates as percentages with one decimal (83.3%), working days with one
 * decimal (4.0). A figure that cannot be computed (no case) is empty.
 */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}

export function formatDays(days: number | null): string | null {
  return days === null ? null : days.toFixed(1);
}
