/**
 * The version of the counting rule stored due dates were computed with (setting
 * `clock-rule`). 2: the day of acceptance is never moved (before, an acceptance
 * on a day off or after closing was deemed to happen on the next working day,
 * one day late). Pure, so the seed can write it.
 */
export const CLOCK_RULE = 2;
export const CLOCK_RULE_KEY = 'clock-rule';
