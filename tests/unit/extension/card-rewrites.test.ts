/**
 * The card's rewrite path (issue #16, defect 4): the background rewrites a sentence with the user's combined lexicon
 * (their own entries, the organisation's and the built-in ones), rewording the terms the page marks and leaving an
 * allowed term as written, through the same request the popup builds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addAllowedTerm, analyzeOptionsOf, loadLexicon, saveUserEntry } from '../../../extension/lexicon-store.ts';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import { resetRewriteLexicon, rewriteForCard } from '../../../extension/sentence-rewrites.ts';
import { analyze, termsInSentence } from '../../../lexicon/index.ts';
import { entry } from '../components/options/fixtures.ts';
import { builtInEntries } from '../../../lexicon/data/index.ts';

/** The terms the page marks in a one-sentence message, as the content script's analyser finds them. */
async function termsOnPage(sentence: string) {
  const state = await loadLexicon();
  const { findings } = analyze(sentence, { audience: 'executive', ...analyzeOptionsOf(state) });
  return termsInSentence(findings, { start: 0, end: sentence.length });
}

/** Everything the card could insert or show for a sentence. */
const offered = (result: Awaited<ReturnType<typeof rewriteForCard>>) =>
  [result?.plain, result?.outcome, ...(result?.replacements ?? []).map((r) => r.text)].filter(Boolean).join(' | ');

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
  resetRewriteLexicon();
});

describe('the card rewrites with the combined lexicon', () => {
  const FALCON = entry('falcon', { term: 'Falcon', category: 'products', plain: ['the new order system'] });
  const SENTENCE = 'We moved the sales team to Falcon last weekend.';

  it("rewords the user's own entry", async () => {
    await saveUserEntry(FALCON);
    const terms = await termsOnPage(SENTENCE);
    expect(terms.map((t) => t.entryId)).toContain('falcon');
    const result = await rewriteForCard(SENTENCE, 'executive', terms);
    expect(offered(result)).toContain('the new order system');
  });

  it('leaves an allowed term as written, in the plain rewrite and the outcome', async () => {
    // MFA put in place: its outcome follows, and the allowed name must stay in it.
    const sentence = 'We rolled out MFA to SharePoint Online last weekend.';
    await addAllowedTerm('SharePoint Online');
    const result = await rewriteForCard(sentence, 'executive', await termsOnPage(sentence));
    // "MFA" is still reworded; the allowed name is not.
    expect(result?.plain).toBe('We rolled out two-step sign-in to SharePoint Online last weekend.');
    expect(result?.outcome).toContain('SharePoint Online');
    expect(offered(result)).not.toContain('document sites');
  });

  it('without the terms, analyses the sentence with the combined lexicon and the allow list itself', async () => {
    await saveUserEntry(FALCON);
    await addAllowedTerm('SharePoint Online');
    expect(offered(await rewriteForCard(SENTENCE, 'executive'))).toContain('the new order system');
    const other = await rewriteForCard('We migrated the team files to SharePoint Online last weekend.', 'executive');
    expect(other?.plain).toContain('SharePoint Online');
    expect(offered(other)).not.toContain('document sites');
  });

  it('drops terms that do not read what they say, rewriting fewer words rather than others', async () => {
    const terms = [{ start: 0, end: 2, text: 'Falcon', check: 'jargon' as const, entryId: 'falcon' }];
    await saveUserEntry(FALCON);
    expect(offered(await rewriteForCard(SENTENCE, 'executive', terms))).not.toContain('the new order system');
  });
});

describe('the card learns why each term is marked', () => {
  // A content script carries no built-in reasons (lexicon/data/page-file.ts); the background has the whole lexicon.
  it("from the built-in entry's reason, and from the user's own entry's explanation", async () => {
    await saveUserEntry(entry('falcon', { term: 'Falcon', category: 'products', explanation: 'Falcon is how sales take orders.' }));
    const sentence = 'We moved the sales team to Falcon after the VPN upgrade.';
    const terms = await termsOnPage(sentence);
    const result = await rewriteForCard(sentence, 'executive', terms);
    const vpn = builtInEntries.find((e) => e.id === 'vpn')!;
    const reasonAt = (words: string) => result?.reasons?.find((r) => r.start === sentence.indexOf(words))?.text;
    expect(reasonAt('VPN')).toBe(vpn.why ?? vpn.explanation);
    expect(reasonAt('Falcon')).toBe('Falcon is how sales take orders.');
  });
});
