/**
 * Stored data damaged by a bug, a crash mid-write or another tool: the good parts are used, the rest skipped,
 * and the lexicon still loads, so compose boxes keep working.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLexicon, readUserLexicon } from '../../../extension/lexicon-store.ts';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import { allow, entry } from '../components/options/fixtures.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});

describe('damaged stored lexicon', () => {
  it.each([
    ['an object instead of a list', { term: 'x' }],
    ['a string', 'kanban'],
    ['a list with holes and wrong types', [null, 7, 'Kanban', { reason: 'no term' }]],
  ])('skips an allow list that is %s', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ allowList: stored, userLexiconRevision: 'three' });
    const read = await readUserLexicon();
    expect(read.allow).toEqual([]);
    expect(read.revision).toBe(0);
    await expect(loadLexicon()).resolves.toBeTruthy();
  });

  it('keeps the good items of a partly damaged allow list and entry list', async () => {
    const good = allow('Kanban');
    await fakeBrowser.storage.local.set({
      allowList: [null, good, 42],
      userEntries: JSON.stringify([entry('falcon', { term: 'Falcon' }), { id: 'broken', term: 'Broken' }, 'junk']),
    });
    const read = await readUserLexicon();
    expect(read.allow).toEqual([good]);
    expect(read.entries.map((e) => e.id)).toEqual(['falcon']);
    const state = await loadLexicon();
    expect(state.layered.active.some((e) => e.id === 'falcon')).toBe(true);
  });
});
