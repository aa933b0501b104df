/**
 * Sentence roles: what a sentence is doing decides whether an outcome may follow it. One row per pattern a
 * judge of real rewrites found (faults credited with benefits, outcomes on questions, headings and quotes).
 */
import { describe, expect, it } from 'vitest';
import { parseSentence } from '../../../../lexicon/rewrite/parse.ts';
import { OUTCOME_ROLES, sentenceRole, type SentenceRole } from '../../../../lexicon/rewrite/roles.ts';

const roleOf = (sentence: string, terms: { start: number; end: number }[] = []) => sentenceRole(sentence, parseSentence(sentence), terms);

describe('sentenceRole', () => {
  it.each<[SentenceRole, string]>([
    ['completed', 'We upgraded the VPN last night.'],
    ['completed', 'The mailboxes were migrated over the weekend.'],
    ['completed', 'IT has rolled out the new laptops to every office.'],
    ['change', 'We will move email to the cloud on Friday.'],
    ['change', 'Next month we are replacing the old phone system.'],
    ['change', 'The VPN will be upgraded on Tuesday, so you will be disconnected for an hour.'],
    ['fault', 'The primary database failed over at 02:10 and writes were paused for four minutes.'],
    ['fault', 'A database node stopped responding, and we restarted it.'],
    ['fault', 'We fixed the outage that stopped invoices sending.'],
    ['fault', 'Some customers saw errors when paying by card.'],
    ['fault', 'IT will deploy the fix to every laptop by the end of the week.'],
    ['fault', 'Between 4:05pm and 4:45pm on Tuesday we had an outage of the booking site.'],
    ['fault', 'All API calls and webhook deliveries were rejected.'],
    ['fault', 'A burst of traffic caused the database to max out its memory.'],
    ['completed', 'We deployed the new release, and a rollback plan is ready if the checks fail.'],
    ['risk', 'Phishing emails are targeting staff in finance this week.'],
    ['risk', 'Attackers exploit an unpatched vulnerability in older browsers.'],
    ['instruction', 'Please restart your laptop after the update installs tonight.'],
    ['instruction', 'Restart your laptop before you log in.'],
    ['instruction', 'All staff must change their passwords by Friday.'],
    ['disruption', 'Email will be unavailable from 8pm to 10pm on Saturday.'],
    ['description', 'Multi-factor authentication is a second check at sign-in.'],
    ['description', 'Our intranet holds every policy and form in one place.'],
    ['question', 'Why do we need a second sign-in check?'],
    ['heading', 'Planned network maintenance'],
    ['heading', 'What changes for you:'],
    ['quote', 'The vendor said "the patch is safe to install" this morning.'],
  ])('%s: %s', (role, sentence) => {
    expect(roleOf(sentence)).toBe(role);
  });

  it('reads a fault cue that runs into a term ("ran out of memory")', () => {
    const sentence = 'Our server ran out of memory today.';
    const at = sentence.indexOf('out of memory');
    expect(roleOf(sentence, [{ start: at, end: at + 'out of memory'.length }])).toBe('fault');
  });

  it('does not read the words of a jargon term as a cue ("failover" is no failure)', () => {
    const sentence = 'We tested the failover cluster last night.';
    const start = sentence.indexOf('failover');
    expect(roleOf(sentence, [{ start, end: start + 'failover'.length }])).toBe('description');
  });

  it('counts a fault that is counted out as good news', () => {
    expect(roleOf('We migrated every mailbox with no errors.')).toBe('completed');
  });

  it('allows an outcome only after a change announced or work completed', () => {
    expect([...OUTCOME_ROLES].sort()).toEqual(['change', 'completed']);
  });
});
