/**
 * Periods an update covers: this week (Monday to Sunday), this month, or a chosen range. Dates are calendar
 * dates (YYYY-MM-DD) in the user's own time zone, which the caller turns `now` into.
 */
import type { Period } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as YYYY-MM-DD, from a Date's local fields. */
export function toDateKey(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDateKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

function fromKey(key: string): Date {
  const [y = 0, m = 1, d = 1] = key.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** "7 December 2026". */
export function formatDay(key: string): string {
  const d = fromKey(key);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** The week (Monday to Sunday) that holds `now`. */
export function thisWeek(now: Date): Period {
  const day = (now.getDay() + 6) % 7; // Monday 0
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - day);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { start: toDateKey(monday), end: toDateKey(sunday), label: `the week of ${formatDay(toDateKey(monday))}` };
}

/** The calendar month that holds `now`. */
export function thisMonth(now: Date): Period {
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0);
  return { start: toDateKey(first), end: toDateKey(last), label: `${MONTHS[now.getMonth()]} ${now.getFullYear()}` };
}

/** A chosen range, or a message saying what is wrong with it. */
export function chosenRange(start: string, end: string): Period | { error: string } {
  if (!isDateKey(start)) return { error: 'Choose the first day of the period.' };
  if (!isDateKey(end)) return { error: 'Choose the last day of the period.' };
  if (end < start) return { error: 'The last day comes before the first.' };
  const label = start === end ? formatDay(start) : `${formatDay(start)} to ${formatDay(end)}`;
  return { start, end, label };
}

/** True when a win dated `date` falls in the period. */
export function inPeriod(date: string, period: Period): boolean {
  return date >= period.start && date <= period.end;
}
