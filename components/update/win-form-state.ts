/**
 * The win form's fields as the user types them, and their conversion to a win: validated by the wins schema,
 * with each problem named beside its field.
 */
import { parseWin, toDateKey, type Figure, type FigureKind, type Win, type WinPrefill } from '../../lexicon/update/index.ts';

export interface WinFields {
  what: string;
  date: string;
  people: string;
  goal: string;
  beneficiary: string;
  benefit: string;
  figureKind: FigureKind | '';
  amount: string;
  currency: string;
  detail: string;
}

export type FieldName = keyof WinFields;

export const FIELD_LABELS: Record<FieldName, string> = {
  what: 'What did you get done?',
  date: 'When',
  people: 'Who did it',
  goal: 'Business goal',
  beneficiary: 'Who benefits',
  benefit: 'What it gives them',
  figureKind: 'Figure',
  amount: 'Amount',
  currency: 'Currency',
  detail: 'Rest of the figure',
};

export function emptyFields(today: Date): WinFields {
  return {
    what: '',
    date: toDateKey(today),
    people: '',
    goal: '',
    beneficiary: '',
    benefit: '',
    figureKind: '',
    amount: '',
    currency: '£',
    detail: '',
  };
}

export function fieldsOf(win: Win): WinFields {
  return {
    what: win.what,
    date: win.date,
    people: win.people.join(', '),
    goal: win.goal,
    beneficiary: win.beneficiary,
    benefit: win.benefit,
    figureKind: win.figure?.kind ?? '',
    amount: win.figure ? String(win.figure.amount) : '',
    currency: win.figure?.currency ?? '£',
    detail: win.figure?.detail ?? '',
  };
}

/** Fields the lexicon can suggest, with the value it suggests; only fields the user left empty are offered. */
export function suggestedFields(prefill: WinPrefill, fields: WinFields): Partial<WinFields> {
  const out: Partial<WinFields> = {};
  if (!fields.goal && prefill.goal) out.goal = prefill.goal;
  if (!fields.benefit && prefill.benefits[0]) out.benefit = prefill.benefits[0];
  if (!fields.figureKind && !fields.amount && prefill.figure) {
    out.figureKind = prefill.figure.kind;
    out.amount = String(prefill.figure.amount);
    if (prefill.figure.currency) out.currency = prefill.figure.currency;
    out.detail = prefill.figure.detail ?? '';
  }
  return out;
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** The win the fields describe, or what is wrong with them, field by field. */
export function winFromFields(
  fields: WinFields,
  base: { id: string; created: string; now: string },
): { ok: true; win: Win } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let figure: Figure | undefined;
  if (fields.figureKind || fields.amount.trim()) {
    const amount = Number(fields.amount.replace(/,/g, '').trim());
    if (!fields.figureKind) errors.figureKind = 'Choose what the figure counts.';
    else if (!fields.amount.trim() || !Number.isFinite(amount)) errors.amount = 'Write the figure as a number, like 12 or 4,000.';
    else if (amount < 0) errors.amount = 'The figure cannot be negative.';
    if (fields.figureKind && Number.isFinite(amount) && fields.amount.trim()) {
      figure = {
        kind: fields.figureKind,
        amount,
        ...(fields.figureKind === 'money' && fields.currency.trim() ? { currency: fields.currency.trim() } : {}),
        ...(fields.detail.trim() ? { detail: fields.detail.trim() } : {}),
      };
    }
  }
  const candidate = {
    id: base.id,
    what: fields.what,
    date: fields.date,
    people: fields.people
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean),
    goal: fields.goal,
    benefit: fields.benefit,
    beneficiary: fields.beneficiary,
    ...(figure ? { figure } : {}),
    created: base.created,
    updated: base.now,
  };
  const parsed = parseWin(candidate, 'win');
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const key = issue.field.split(/[.[]/)[0];
      const field: FieldName =
        key === 'figure'
          ? issue.field.includes('amount')
            ? 'amount'
            : issue.field.includes('currency')
              ? 'currency'
              : 'detail'
          : (key as FieldName);
      const message =
        field === 'what' && /empty/.test(issue.message) ? 'Write what you got done.' : `${FIELD_LABELS[field] ?? field} ${issue.message}.`;
      errors[field] ??= message;
    }
  }
  if (Object.keys(errors).length || !parsed.ok) return { ok: false, errors };
  return { ok: true, win: parsed.win };
}
