import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import {
  addAllowedTerm,
  applyImport,
  deleteUserEntry,
  LexiconStoreError,
  loadLexicon,
  readUserLexicon,
  removeAllowedTerm,
  updateAllowedTerm,
  saveUserEntry,
  saveUserLexicon,
  setEntryEnabled,
  watchLexicon,
} from '../../../extension/lexicon-store.ts';
import { planImport, readImportFile } from '../../../extension/lexicon-transfer.ts';
import { allowTerm, userEntriesItem } from '../../../extension/user-lexicon.ts';
import { getSettings } from '../../../extension/settings.ts';
import { allow, entry } from '../components/options/fixtures.ts';

/** Everything in local and sync storage, to prove a refused write changed nothing. */
async function snapshot() {
  return { local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) };
}

async function expectRefused(promise: Promise<unknown>): Promise<LexiconStoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LexiconStoreError);
  return error as LexiconStoreError;
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});

describe('lexicon store', () => {
  it('saves, edits and deletes the user entries', async () => {
    await saveUserEntry(entry('kiwi'));
    await saveUserEntry(entry('falcon', { term: 'Falcon' }));
    await saveUserEntry(entry('falcon-ops', { term: 'Falcon' }), 'falcon');
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['kiwi', 'falcon-ops']);
    await deleteUserEntry('kiwi');
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['falcon-ops']);
  });

  it('refuses an invalid entry with field errors and stores nothing', async () => {
    await saveUserEntry(entry('kiwi', { term: 'Kiwi' }));
    const before = await snapshot();
    const error = await expectRefused(saveUserEntry({ ...entry('other'), term: 'kiwi', plain: [] }));
    expect(error.fieldErrors.plain).toMatch(/how you would say it to a colleague outside IT/);
    const dup = await expectRefused(saveUserEntry(entry('other', { term: 'KIWI' })));
    expect(dup.fieldErrors.term).toMatch(/already uses/);
    expect(await snapshot()).toEqual(before);
  });

  it('switches built-in entries off in settings and user entries in their field', async () => {
    await saveUserEntry(entry('kiwi'));
    await setEntryEnabled('built-in', 'dns', false);
    await setEntryEnabled('user', 'kiwi', false);
    expect((await getSettings()).disabledEntries).toEqual(['dns']);
    expect((await readUserLexicon()).entries[0]!.disabled).toBe(true);
    await setEntryEnabled('built-in', 'dns', true);
    expect((await getSettings()).disabledEntries).toEqual([]);
  });

  it('adds and removes allowed terms, refusing duplicates', async () => {
    await addAllowedTerm('Kanban', 'the team board', new Date('2026-03-04T05:06:07Z'));
    const error = await expectRefused(addAllowedTerm('kanban'));
    expect(error.fieldErrors.term).toMatch(/already/);
    expect((await readUserLexicon()).allow).toEqual([{ term: 'Kanban', reason: 'the team board', added: '2026-03-04T05:06:07.000Z' }]);
    await removeAllowedTerm('KANBAN');
    expect((await readUserLexicon()).allow).toEqual([]);
  });
});

describe('import is all or nothing', () => {
  const existing = { entries: [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN' })], allow: [allow('Kanban')] };

  beforeEach(async () => {
    await saveUserLexicon(existing);
  });

  it('stores a confirmed import, entries and allow list together', async () => {
    const read = readImportFile(JSON.stringify({ schemaVersion: 1, entries: [entry('mfa', { term: 'MFA' })], allow: [allow('Scrum')] }));
    if (!read.ok) throw new Error('fixture should be valid');
    const planned = planImport(existing, read.file, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    await applyImport(planned.plan, existing);
    expect(await readUserLexicon()).toMatchObject({ entries: [entry('mfa', { term: 'MFA' })], allow: [allow('Scrum')] });
  });

  it('leaves storage untouched when the browser refuses the write (quota)', async () => {
    const before = await snapshot();
    const planned = planImport(existing, { schemaVersion: 2, analogies: [], entries: [entry('mfa')], allow: [] }, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const error = await expectRefused(applyImport(planned.plan, existing));
    expect(error.message).toMatch(/full/);
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to store invalid data even if a caller skipped the checks', async () => {
    const before = await snapshot();
    const broken = { entries: [entry('dns'), { ...entry('x'), category: 'nonsense' } as never], allow: [] };
    const error = await expectRefused(saveUserLexicon(broken));
    expect(error.issues[0]).toMatchObject({ where: 'entries[1] "x"', field: 'category' });
    expect(await snapshot()).toEqual(before);
  });

  it('checks in full a plan that did not come from planImport', async () => {
    const planned = planImport(existing, { schemaVersion: 2, analogies: [], entries: [entry('mfa')], allow: [] }, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    const forged = { ...planned.plan, result: { entries: [{ ...entry('mfa'), severity: 'extreme' } as never], allow: [] } };
    const before = await snapshot();
    const error = await expectRefused(applyImport(forged, existing));
    expect(error.issues[0]).toMatchObject({ field: 'severity' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a preview made before the card allowed a term, by the stored revision', async () => {
    const seen = await readUserLexicon();
    expect(seen.revision).toBeGreaterThan(0);
    const planned = planImport(seen, { schemaVersion: 2, analogies: [], entries: [], allow: [] }, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    await allowTerm('Scrum', 'Allowed from the card');
    expect((await readUserLexicon()).revision).toBe(seen.revision! + 1);
    const before = await snapshot();
    const error = await expectRefused(applyImport(planned.plan, seen));
    expect(error.message).toMatch(/changed since/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a preview made before the lexicon changed', async () => {
    const planned = planImport(existing, { schemaVersion: 2, analogies: [], entries: [], allow: [] }, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    await addAllowedTerm('Scrum');
    const before = await snapshot();
    const error = await expectRefused(applyImport(planned.plan, existing));
    expect(error.message).toMatch(/changed since/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the combined lexicon', () => {
  it('includes organisation entries from managed storage and follows changes', async () => {
    await fakeBrowser.storage.managed.set({
      organisationName: 'Example Ltd',
      lexicon: { schemaVersion: 1, entries: [entry('falcon', { term: 'Falcon' })] },
    });
    await saveUserEntry(entry('kiwi', { term: 'Kiwi' }));
    const state = await loadLexicon();
    expect(state.policy.name).toBe('Example Ltd');
    expect(state.layered.all.filter((l) => l.source !== 'built-in').map((l) => [l.source, l.entry.id])).toEqual([
      ['user', 'kiwi'],
      ['organisation', 'falcon'],
    ]);

    const seen: string[][] = [];
    const unwatch = watchLexicon((next) => seen.push(next.layered.extraEntries.map((e) => e.id)));
    await saveUserEntry(entry('mango', { term: 'Mango' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['kiwi', 'mango', 'falcon']));
    unwatch();
  });
});

describe('stored form of the user entries', () => {
  it('keeps entries as one JSON string and still reads the version 1 array', async () => {
    await saveUserEntry(entry('kiwi', { term: 'Kiwi' }));
    const raw = await fakeBrowser.storage.local.get('userEntries');
    expect(typeof raw.userEntries).toBe('string');
    expect(JSON.parse(raw.userEntries as string)).toEqual([entry('kiwi', { term: 'Kiwi' })]);
    await fakeBrowser.storage.local.set({ userEntries: [entry('legacy', { term: 'Legacy' })] });
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['legacy']);
  });

  it('migrates version 1 arrays to the string form, and leaves a string alone', async () => {
    await fakeBrowser.storage.local.set({ userEntries: [entry('legacy', { term: 'Legacy' })], userEntries$: { v: 1 } });
    await userEntriesItem.migrate();
    const migrated = await fakeBrowser.storage.local.get(['userEntries', 'userEntries$']);
    expect(JSON.parse(migrated.userEntries as string)).toEqual([entry('legacy', { term: 'Legacy' })]);
    expect(migrated.userEntries$).toEqual({ v: 2 });

    await fakeBrowser.storage.local.set({ userEntries: JSON.stringify([entry('kiwi')]) });
    await fakeBrowser.storage.local.remove('userEntries$');
    await userEntriesItem.migrate();
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['kiwi']);
  });

  it('treats unreadable stored entries as none instead of failing', async () => {
    await fakeBrowser.storage.local.set({ userEntries: '{not json' });
    expect((await readUserLexicon()).entries).toEqual([]);
    await fakeBrowser.storage.local.set({ userEntries: JSON.stringify([{ id: 'broken' }, entry('kiwi'), null, 'text']) });
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['kiwi']);
    expect((await loadLexicon()).layered.extraEntries.map((e) => e.id)).toEqual(['kiwi']);
  });

  it('allows a term from the card or the popup with the checks the options page applies (issue #16, defect 6)', async () => {
    await allowTerm('  Kanban  ', 'Allowed from the card');
    expect((await readUserLexicon()).allow.map((a) => a.term)).toEqual(['Kanban']);
    const before = await snapshot();
    const long = `srv-${'x'.repeat(90)}`;
    await expect(allowTerm(long, 'Allowed from the popup')).rejects.toThrow(/at most 80 characters; this one has 94/);
    await expect(allowTerm('   ')).rejects.toThrow(/Type the term/);
    const options = await expectRefused(addAllowedTerm(long));
    expect(options.fieldErrors.term).toMatch(/at most 80 characters; this one has 94/);
    expect(await snapshot()).toEqual(before);
    // What the card stored exports and imports again: the allow list always passes the file schema.
    const { allow, entries } = await readUserLexicon();
    const read = readImportFile(JSON.stringify({ schemaVersion: 2, entries, allow }));
    expect(read.ok).toBe(true);
  });

  it('edits an allowed term in place, keeping its date, with the same checks as adding one', async () => {
    await addAllowedTerm('Kanban', 'the team board', new Date('2026-03-04T05:06:07Z'));
    await addAllowedTerm('Scrum', '', new Date('2026-03-05T05:06:07Z'));
    const edited = await updateAllowedTerm('kanban', ' Kanban board ', 'everyone here uses it');
    expect(edited).toEqual({ term: 'Kanban board', reason: 'everyone here uses it', added: '2026-03-04T05:06:07.000Z' });
    expect((await readUserLexicon()).allow.map((a) => a.term)).toEqual(['Kanban board', 'Scrum']);
    // The same term in another case is an edit of itself, not a duplicate.
    await updateAllowedTerm('Kanban board', 'kanban board');
    const before = await snapshot();
    expect((await expectRefused(updateAllowedTerm('kanban board', 'SCRUM'))).fieldErrors.term).toMatch(/already on your allow list/);
    expect((await expectRefused(updateAllowedTerm('kanban board', 'x'.repeat(81)))).fieldErrors.term).toMatch(/at most 80/);
    expect((await expectRefused(updateAllowedTerm('gone', 'Gone'))).message).toMatch(/no longer on your allow list/);
    expect(await snapshot()).toEqual(before);
  });
});
