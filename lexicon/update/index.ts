/**
 * The IT update: wins logged as the work happens, and the composer that turns a period's wins into an update for
 * one audience. Pure TypeScript: no DOM, no extension APIs.
 */
export * from './types.ts';
export {
  composeUpdate,
  draftSpans,
  type DraftSpan,
  draftText,
  figurePhrase,
  formatAmount,
  joinNames,
  outcomeSentence,
  doneSentence,
  hasBenefit,
  winSentence,
} from './compose.ts';
export { GOAL_LABELS, goalLabel, goalWeight, isBuiltInGoal } from './goals.ts';
export { chosenRange, formatDay, inPeriod, isDateKey, thisMonth, thisWeek, toDateKey } from './period.ts';
export { newWin, winTextAt } from './log.ts';
export {
  WEEKDAYS,
  WEEKDAY_NUMBERS,
  TIME_OF_DAY,
  type Weekday,
  isTimeOfDay,
  nextWeeklyTime,
  reminderMessage,
  winsThisWeek,
  type WeeklyTime,
} from './reminder.ts';
export { prefillWin, findFigure, type TermSuggestion, type WinPrefill } from './prefill.ts';
export {
  MAX_WINS,
  WINS_SCHEMA_VERSION,
  WinSchema,
  parseWin,
  parseWinList,
  parseWinsFile,
  winsFile,
  type WinIssue,
  type WinsParse,
} from './schema.ts';
export { CSV_COLUMNS, parseCsvRows, parseWinsCsv, winsToCsv } from './csv.ts';
