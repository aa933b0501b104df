/**
 * Business goals: their labels, and how much each matters to each audience (the seeds: the board hears revenue,
 * risk and long-term viability; a department head hears time saved; staff hear what changes for them today).
 */
import type { Audience, BuiltInGoal, OrgGoal } from './types.ts';
import { BUILT_IN_GOALS } from './types.ts';

export const GOAL_LABELS: Record<BuiltInGoal, string> = {
  revenue: 'Revenue',
  cost: 'Cost',
  risk: 'Risk',
  time: 'Time saved',
  customer: 'Customer experience',
  compliance: 'Compliance',
};

/** How much a win for each goal matters to each audience, 1 (least) to 5 (most). */
const WEIGHTS: Record<Audience, Record<BuiltInGoal, number>> = {
  board: { revenue: 5, risk: 5, cost: 4, compliance: 4, customer: 3, time: 2 },
  executive: { revenue: 5, cost: 5, customer: 4, risk: 4, time: 3, compliance: 3 },
  manager: { time: 5, customer: 4, cost: 3, risk: 3, revenue: 2, compliance: 2 },
  staff: { time: 5, customer: 3, risk: 3, compliance: 2, cost: 1, revenue: 1 },
};

/** The organisation's own goals are what its leaders set; they rank with the highest for board and executives. */
const ORG_GOAL_WEIGHT: Record<Audience, number> = { board: 5, executive: 5, manager: 4, staff: 3 };

export function isBuiltInGoal(goal: string): goal is BuiltInGoal {
  return (BUILT_IN_GOALS as readonly string[]).includes(goal);
}

/** How much a goal matters to an audience; an unknown or empty goal matters least. */
export function goalWeight(goal: string, audience: Audience, orgGoals: readonly OrgGoal[] = []): number {
  if (isBuiltInGoal(goal)) return WEIGHTS[audience][goal];
  if (orgGoals.some((g) => g.id === goal)) return ORG_GOAL_WEIGHT[audience];
  return 0;
}

/** The label of a goal: a built-in label, the organisation's own, or "Other work" for a goal no longer defined. */
export function goalLabel(goal: string, orgGoals: readonly OrgGoal[] = []): string {
  if (isBuiltInGoal(goal)) return GOAL_LABELS[goal];
  return orgGoals.find((g) => g.id === goal)?.label ?? 'Other work';
}
