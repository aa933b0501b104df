/**
 * When the weekly reminder next falls, in several time zones and across the changes of clocks, and what it says.
 * Each test sets the process's time zone (Node reads TZ again when it changes) and puts it back.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { nextWeeklyTime, reminderMessage, winsThisWeek } from '../../../../lexicon/update/index.ts';

const savedZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedZone;
});

/** A local wall-clock reading of a moment: "Fri 2026-03-27 15:00". */
function local(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getDay()]} ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe('nextWeeklyTime', () => {
  it.each<[string, string, [number, number, number, number, number], { day: number; time: string }, string]>([
    ['later the same day', 'Europe/London', [2026, 2, 27, 9, 0], { day: 5, time: '15:00' }, 'Fri 2026-03-27 15:00'],
    [
      'the same day, once its time has passed: a week on',
      'Europe/London',
      [2026, 2, 27, 15, 0],
      { day: 5, time: '15:00' },
      'Fri 2026-04-03 15:00',
    ],
    ['a later day this week', 'Europe/London', [2026, 2, 23, 9, 0], { day: 5, time: '08:30' }, 'Fri 2026-03-27 08:30'],
    ['Sunday from a Saturday', 'Asia/Kolkata', [2026, 0, 31, 23, 59], { day: 0, time: '00:00' }, 'Sun 2026-02-01 00:00'],
    ['over the end of a year', 'America/New_York', [2026, 11, 31, 12, 0], { day: 1, time: '09:00' }, 'Mon 2027-01-04 09:00'],
  ])('%s (%s)', (_name, zone, [year, month, date, hours, minutes], at, expected) => {
    process.env.TZ = zone;
    const now = new Date(year, month, date, hours, minutes);
    expect(local(nextWeeklyTime(now, at))).toBe(expected);
  });

  it('keeps the wall-clock time when the clocks go forward between now and then (London, 29 March 2026)', () => {
    process.env.TZ = 'Europe/London';
    const now = new Date(2026, 2, 27, 16, 0); // Friday, after the reminder: next is a week on, across the change
    const next = nextWeeklyTime(now, { day: 5, time: '15:00' });
    expect(local(next)).toBe('Fri 2026-04-03 15:00');
    // A week of milliseconds would have landed at 16:00: the reminder follows the calendar, not the stopwatch.
    expect(next.getTime() - new Date(2026, 2, 27, 15, 0).getTime()).toBe(7 * 24 * 3600_000 - 3600_000);
  });

  it('keeps the wall-clock time when the clocks go back (New York, 1 November 2026)', () => {
    process.env.TZ = 'America/New_York';
    expect(local(nextWeeklyTime(new Date(2026, 9, 30, 18, 0), { day: 1, time: '09:00' }))).toBe('Mon 2026-11-02 09:00');
  });

  it('a time the clocks skip comes when they skip to; a time that happens twice comes the first time', () => {
    process.env.TZ = 'Europe/London';
    const skipped = nextWeeklyTime(new Date(2026, 2, 28, 12, 0), { day: 0, time: '01:30' });
    expect(local(skipped)).toBe('Sun 2026-03-29 02:30');
    const twice = nextWeeklyTime(new Date(2026, 9, 24, 12, 0), { day: 0, time: '01:30' });
    expect(local(twice)).toBe('Sun 2026-10-25 01:30');
    expect(twice.getTimezoneOffset()).toBe(-60); // still summer time: the first 01:30
  });

  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'America/Santiago', 'Asia/Kolkata', 'UTC'])(
    'in %s: always after now, on the chosen day at the chosen time, and no such moment comes between',
    (zone) => {
      process.env.TZ = zone;
      const start = Date.UTC(2025, 0, 1);
      const end = Date.UTC(2028, 0, 1);
      fc.assert(
        fc.property(
          fc.integer({ min: start, max: end }),
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          (nowMs, day, hours, minutes) => {
            const now = new Date(nowMs);
            const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
            const next = nextWeeklyTime(now, { day, time });
            expect(next.getTime()).toBeGreaterThan(now.getTime());
            expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(7 * 24 * 3600_000 + 3600_000);
            expect(next.getDay()).toBe(day);
            // Each minute from now to then: none reads the chosen day and time (except `next` itself).
            if (next.getHours() === hours && next.getMinutes() === minutes) {
              for (let t = now.getTime() - (now.getTime() % 60_000) + 60_000; t < next.getTime(); t += 60_000) {
                const d = new Date(t);
                if (d.getDay() === day && d.getHours() === hours && d.getMinutes() === minutes) throw new Error(`missed ${local(d)}`);
              }
            } else {
              // Only a time the clocks skipped may read otherwise: the hour after it.
              expect(next.getHours() * 60 + next.getMinutes()).toBeGreaterThan(hours * 60 + minutes);
            }
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

describe('winsThisWeek and the reminder’s words', () => {
  it('counts the wins of the week (Monday to Sunday) that holds now', () => {
    process.env.TZ = 'Europe/London';
    const now = new Date(2026, 2, 27, 15, 0); // Friday 27 March
    const wins = ['2026-03-22', '2026-03-23', '2026-03-27', '2026-03-29', '2026-03-30'].map((date) => ({ date }));
    expect(winsThisWeek(wins, now)).toBe(3);
  });

  it.each([
    [0, 'No wins logged this week yet: log one, then compose your update?'],
    [1, '1 win logged this week: compose your update?'],
    [4, '4 wins logged this week: compose your update?'],
  ])('%i wins', (count, message) => {
    expect(reminderMessage(count)).toBe(message);
  });
});
