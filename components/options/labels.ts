/** Words the options page uses for the lexicon's fixed values, written for the person using it. */
import type { Category, Severity } from '../../lexicon/schema.ts';
import type { EntrySource } from '../../extension/lexicon-layers.ts';

export const CATEGORY_LABELS: Record<Category, string> = {
  infrastructure: 'Infrastructure and hosting',
  networking: 'Networking',
  security: 'Security and identity',
  'end-user': 'End-user computing',
  cloud: 'Cloud and SaaS',
  delivery: 'Software delivery',
  data: 'Data and integration',
  'service-management': 'Service management',
  architecture: 'Architecture',
  metrics: 'Performance metrics',
  products: 'Products and protocols',
};

export const SEVERITY_LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** Source names for filters and badges; the organisation's name replaces "your organisation" when the policy gives one. */
export function sourceLabel(source: EntrySource, organisationName?: string): string {
  if (source === 'user') return 'Yours';
  if (source === 'organisation') return organisationName ? `From ${organisationName}` : 'From your organisation';
  return 'Built-in';
}

/** A date as people read it, in their own locale ("22 Nov 2026"); the raw value when it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "1 entry", "3 entries". */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
