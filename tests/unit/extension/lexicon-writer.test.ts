/**
 * Interleaved writers: the card in two tabs, the popup and the options page change the user's lexicon and allow
 * list at the same moment. Each change goes to the background, the one writer (extension/lexicon-writer.ts), over
 * WXT's fake browser, so every write below is a real message to a real queue over real (fake) storage. Before,
 * each of them read, changed and wrote storage itself: at the same moment, one change overwrote another, and
 * several writes took the same revision number.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readUserLexicon } from '../../../extension/lexicon-store.ts';
import { planImport } from '../../../extension/lexicon-transfer.ts';
import {
  addAllowedTerm,
  allowTerm,
  applyImport,
  deleteUserEntry,
  removeAllowedTerm,
  saveUserEntry,
  serveLexiconWrites,
} from '../../../extension/lexicon-writer.ts';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import { entry } from '../components/options/fixtures.ts';

/** Every revision number storage was given, in order. */
let revisions: number[];

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
  serveLexiconWrites();
  revisions = [];
  fakeBrowser.storage.local.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
    const revision = changes.userLexiconRevision?.newValue;
    if (typeof revision === 'number') revisions.push(revision);
  });
});

describe('writers at the same moment', () => {
  it('lose no change, and no two writes share a revision number', async () => {
    const terms: string[] = [];
    const ids: string[] = [];
    for (let round = 0; round < 5; round++) {
      const t = (name: string) => {
        terms.push(`${name}${round}`);
        return `${name}${round}`;
      };
      const e = (name: string) => {
        ids.push(`${name}-${round}`);
        return entry(`${name}-${round}`, { term: `${name}${round}` });
      };
      await Promise.all([
        allowTerm(t('CardTabOne'), 'Allowed from the card'),
        allowTerm(t('CardTabTwo'), 'Allowed from the card'),
        allowTerm(t('Popup'), 'Allowed from the popup'),
        addAllowedTerm(t('Options'), 'typed in the options page'),
        saveUserEntry(e('falcon')),
        saveUserEntry(e('osprey')),
      ]);
    }
    const stored = await readUserLexicon();
    expect(stored.allow.map((a) => a.term).sort()).toEqual([...terms].sort());
    expect(stored.entries.map((x) => x.id).sort()).toEqual([...ids].sort());
    // 30 writes, 30 revisions: each the one before it plus one.
    expect(revisions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(stored.revision).toBe(30);
  });

  it('keep removals and additions made at once', async () => {
    await Promise.all([allowTerm('Kanban'), allowTerm('Scrum'), saveUserEntry(entry('falcon')), saveUserEntry(entry('osprey'))]);
    await Promise.all([removeAllowedTerm('Kanban'), allowTerm('Jira'), deleteUserEntry('falcon'), saveUserEntry(entry('heron'))]);
    const stored = await readUserLexicon();
    expect(stored.allow.map((a) => a.term).sort()).toEqual(['Jira', 'Scrum']);
    expect(stored.entries.map((x) => x.id).sort()).toEqual(['heron', 'osprey']);
    expect(revisions).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuse an import whose preview a term allowed from the card meanwhile made stale, and keep that term', async () => {
    await saveUserEntry(entry('falcon'));
    const seen = await readUserLexicon();
    const planned = planImport(seen, { schemaVersion: 2, analogies: [], entries: [entry('heron')], allow: [] }, 'replace');
    if (!planned.ok) throw new Error('plan should succeed');
    const [allowed, imported] = await Promise.allSettled([allowTerm('Kanban', 'Allowed from the card'), applyImport(planned.plan, seen)]);
    expect(allowed.status).toBe('fulfilled');
    expect(imported).toMatchObject({
      status: 'rejected',
      reason: { name: 'LexiconStoreError', message: expect.stringMatching(/changed since/) as string },
    });
    const stored = await readUserLexicon();
    expect(stored.allow.map((a) => a.term)).toEqual(['Kanban']);
    expect(stored.entries.map((x) => x.id)).toEqual(['falcon']);
  });
});

describe('what the writer refuses', () => {
  it('gives the options page the same errors as before, field by field', async () => {
    await addAllowedTerm('Scrum');
    await expect(addAllowedTerm('scrum')).rejects.toMatchObject({
      name: 'LexiconStoreError',
      fieldErrors: { term: '"scrum" is already on your allow list' },
    });
    await expect(saveUserEntry({ ...entry('bad'), plain: [] })).rejects.toMatchObject({ name: 'LexiconStoreError' });
    expect((await readUserLexicon()).entries).toEqual([]);
  });

  it('lets a web page’s content script only allow a term', async () => {
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
    const trigger = (...args: unknown[]) => onMessage.trigger(...args);
    const fromPage = { tab: { id: 3 }, url: 'https://mail.google.com/mail/u/0/' };
    const ask = (change: unknown) =>
      new Promise<unknown>((resolve) => void trigger({ type: 'bl/lexicon-write', change }, fromPage, resolve));
    await saveUserEntry(entry('falcon'));
    expect(await ask({ kind: 'delete-entry', id: 'falcon' })).toMatchObject({ ok: false, message: /web page/ });
    expect(await ask({ kind: 'allow-term', term: 'Kanban', reason: 'Allowed from the card' })).toMatchObject({ ok: true });
    const stored = await readUserLexicon();
    expect(stored.entries.map((x) => x.id)).toEqual(['falcon']);
    expect(stored.allow.map((a) => a.term)).toEqual(['Kanban']);
  });

  it('says so, and saves nothing, when the background does not answer', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    fakeBrowser.reset();
    await expect(allowTerm('Kanban')).rejects.toThrow(/could not reach its background/);
  });
});
