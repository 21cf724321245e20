// Fixed instants the tests share, so "now" never depends on the day the tests run.
// 2026-11-23 is a Monday and an ordinary working week (no 节假日 or 调休);
// 02:00 UTC is 10:00 in Shanghai, inside office hours.

export const monday = new Date('2026-11-23T02:00:00Z');
export const thursday = new Date('2026-11-26T02:00:00Z');
