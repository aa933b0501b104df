/**
 * The weekly reminder to compose the IT update, as pure functions: when it next falls, and what it says. Times are
 * the user's wall-clock times in their own time zone, whatever it is when the reminder is scheduled: each one is
 * computed from the calendar ("Friday at 15:00"), never by adding a week of milliseconds, so a change of clocks
 * (summer time) moves nothing.
 */
import { inPeriod, thisWeek } from './period.ts';

/** A day of the week as `Date#getDay` counts it: 0 Sunday … 6 Saturday. */
export const WEEKDAY_NUMBERS = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof WEEKDAY_NUMBERS)[number];

/** A day of the week and a time of day, "HH:MM" on a 24-hour clock. */
export interface WeeklyTime {
  day: number;
  time: string;
}

/** Monday first, as the week of an update runs (period.ts). */
export const WEEKDAYS: ReadonlyArray<{ day: Weekday; label: string }> = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 0, label: 'Sunday' },
];

/** "HH:MM" from 00:00 to 23:59. */
export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** True for "HH:MM" from 00:00 to 23:59. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/**
 * The first moment after `now` that falls on `at.day` at `at.time`, in the time zone `now` is read in. A time that
 * the clocks skip that day (02:30 when they go forward at 02:00) comes at the moment the clocks skip to (03:30); a
 * time that happens twice (when they go back) comes the first time.
 */
export function nextWeeklyTime(now: Date, at: WeeklyTime): Date {
  const [hours = 0, minutes = 0] = at.time.split(':').map(Number);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead);
    if (day.getDay() !== at.day) continue;
    const moment = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
    if (moment.getTime() > now.getTime()) return moment;
  }
  // Today is the day and its time has passed: a week on, by the calendar.
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, hours, minutes);
}

/** How many wins fall in the week (Monday to Sunday) that holds `now`: the wins "Compose … this week" includes. */
export function winsThisWeek(wins: ReadonlyArray<{ date: string }>, now: Date): number {
  const week = thisWeek(now);
  return wins.filter((w) => inPeriod(w.date, week)).length;
}

/** What the reminder says. */
export function reminderMessage(count: number): string {
  if (count === 0) return 'No wins logged this week yet: log one, then compose your update?';
  return `${count} ${count === 1 ? 'win' : 'wins'} logged this week: compose your update?`;
}
