/**
 * How the three lexicons combine into the one the analysis uses. Pure: no storage, no browser.
 *
 * Order of precedence, highest first:
 *   1. the user's own entries;
 *   2. the organisation's entries (enterprise policy);
 *   3. the built-in entries.
 * A higher entry hides a lower one when they share an id, or any spelling (term or variant, ignoring case).
 * Copying a built-in entry into the user's own and changing it therefore replaces it, and an organisation can
 * redefine a built-in term for its own people. Hidden entries stay visible in the options page, marked as
 * replaced, so nobody wonders where they went.
 * Switching off: built-in and organisation entries are switched off by id (settings.disabledEntries); the
 * user's own entries by their `disabled` field. Either way a switched-off entry hides nothing.
 * Allow lists add up: a term allowed by the user or by the organisation is never flagged.
 */
import type { AllowEntry, Analogy, LexiconEntry } from '../lexicon/schema.ts';

/** Where an entry comes from. */
export type EntrySource = 'user' | 'organisation' | 'built-in';

/** Highest precedence first. */
export const SOURCE_ORDER: readonly EntrySource[] = ['user', 'organisation', 'built-in'];

/** One entry as the options page shows it. */
export interface LayeredEntry {
  entry: LexiconEntry;
  source: EntrySource;
  /** Switched off by the user (or, for the user's own, marked disabled). */
  disabled: boolean;
  /** The entry that hides this one, when a higher source defines the same id or spelling. */
  replacedBy?: { source: EntrySource; id: string };
}

export interface LexiconLayers {
  builtIn: readonly LexiconEntry[];
  organisation: readonly LexiconEntry[];
  user: readonly LexiconEntry[];
  /** Ids of built-in and organisation entries the user switched off. */
  disabledIds: readonly string[];
  builtInAnalogies?: readonly Analogy[];
  organizationAnalogies?: readonly Analogy[];
  userAllow?: readonly AllowEntry[];
  organizationAllow?: readonly AllowEntry[];
}

export interface LayeredLexicon {
  /** Every entry of every source, in precedence order, for browsing. */
  all: LayeredEntry[];
  /** The entries the analysis uses: not switched off and not replaced. */
  active: LexiconEntry[];
  /** Built-in entries the analysis must leave out: switched off or replaced by a user or organisation entry. */
  suppressedBuiltInIds: string[];
  /** User and organisation entries that are active; with `suppressedBuiltInIds`, what an analyser adds to the built-in list. */
  extraEntries: LexiconEntry[];
  /** Analogies by id; organisation analogies replace built-in ones with the same id. */
  analogies: Map<string, Analogy>;
  /** User and organisation allow lists together, one entry per term. */
  allow: AllowEntry[];
}

function formsOf(entry: LexiconEntry): string[] {
  return [entry.term, ...entry.variants].map((form) => form.toLowerCase());
}

/** Combines the lexicons in the documented order of precedence. */
export function layerLexicons(layers: LexiconLayers): LayeredLexicon {
  const disabledIds = new Set(layers.disabledIds);
  // Ids and spellings claimed by an active entry of a higher source, and by whom.
  const claimedIds = new Map<string, { source: EntrySource; id: string }>();
  const claimedForms = new Map<string, { source: EntrySource; id: string }>();
  const all: LayeredEntry[] = [];
  const active: LexiconEntry[] = [];
  const extraEntries: LexiconEntry[] = [];
  const suppressedBuiltInIds: string[] = [];

  const bySource: Record<EntrySource, readonly LexiconEntry[]> = {
    user: layers.user,
    organisation: layers.organisation,
    'built-in': layers.builtIn,
  };
  for (const source of SOURCE_ORDER) {
    const claimsOfThisSource: Array<[string, string[]]> = [];
    for (const entry of bySource[source]) {
      const disabled = source === 'user' ? entry.disabled : disabledIds.has(entry.id);
      const forms = formsOf(entry);
      const replacedBy = claimedIds.get(entry.id) ?? forms.map((form) => claimedForms.get(form)).find(Boolean);
      all.push(replacedBy ? { entry, source, disabled, replacedBy } : { entry, source, disabled });
      if (disabled || replacedBy) {
        if (source === 'built-in') suppressedBuiltInIds.push(entry.id);
        continue;
      }
      active.push(entry);
      if (source !== 'built-in') extraEntries.push(entry);
      claimsOfThisSource.push([entry.id, forms]);
    }
    // Claims take effect for lower sources only: entries of one source never hide each other.
    for (const [id, forms] of claimsOfThisSource) {
      const owner = { source, id };
      claimedIds.set(id, owner);
      for (const form of forms) if (!claimedForms.has(form)) claimedForms.set(form, owner);
    }
  }

  const analogies = new Map<string, Analogy>();
  for (const analogy of layers.builtInAnalogies ?? []) analogies.set(analogy.id, analogy);
  for (const analogy of layers.organizationAnalogies ?? []) analogies.set(analogy.id, analogy);

  const allow: AllowEntry[] = [];
  const allowed = new Set<string>();
  for (const item of [...(layers.userAllow ?? []), ...(layers.organizationAllow ?? [])]) {
    const key = item.term.toLowerCase();
    if (allowed.has(key)) continue;
    allowed.add(key);
    allow.push(item);
  }

  return { all, active, suppressedBuiltInIds, extraEntries, analogies, allow };
}
