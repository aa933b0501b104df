/**
 * When an outcome follows from a sentence, and when it does not (issue #15, items 1-2): a thing put in place gives
 * what it is for; a thing replaced, moved, upgraded or restarted gives what only the writer knows, so the term's
 * outcome is offered as a choice instead. A sentence that already says why, or describes a routine, gets none.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { rewriteText } from '../../../../lexicon/rewrite/with-lexicon.ts';

const staff = (text: string) => rewriteText(text, { audience: 'staff' });

describe('an outcome follows where the thing is put in place', () => {
  it.each([
    'We will enable MFA for every account on 3 March.',
    'Last month we rolled out SSO to the finance team.',
    'MFA was switched on for all contractors yesterday.',
    'We cut VPN latency by 40% by moving the gateway to a closer site.',
  ])('%s', (sentence) => {
    const r = staff(sentence);
    expect(r.outcome).toMatch(/, so that /);
    expect(r.unsafe).toBeNull();
  });
});

describe('where the gain depends on why, the outcome is a choice, not a claim', () => {
  it.each([
    'We replaced the firewall at the Leeds office on Sunday.',
    'We upgraded the VPN over the weekend.',
    'The old mail server will be switched off on 30 June.',
    'The SSO portal was migrated last night.',
  ])('%s', (sentence) => {
    const r = staff(sentence);
    expect(r.outcome).toBeNull();
    expect(r.unsafe?.reason).toBe('depends-on-why');
    expect(r.nudge?.options).toHaveLength(1);
  });

  it('a verb that only puts something in place is not what the sentence gives: the thing it puts there is', () => {
    // "deploy" alone would give a release's outcome ("new features sooner") to a backup appliance.
    const r = staff('Next week we deploy the new backup appliance in the server room.');
    expect(r.focus?.entryId).not.toBe('deploy');
    expect(r.outcome ?? '').not.toMatch(/features/);
  });
});

describe('no outcome where the sentence already says why', () => {
  it.each([
    'As a precaution, we rebooted the firewall last night.',
    'We restarted the VPN gateway to free up memory.',
    'We patched the mail server because the supplier asked us to.',
  ])('%s', (sentence) => {
    const r = staff(sentence);
    expect(r.outcome).toBeNull();
    expect(r.unsafe?.reason).toBe('has-purpose');
    expect(r.nudge).toBeNull();
  });

  it('"to" before a place is a destination, not a reason', () => {
    expect(staff('Last weekend we moved our email to Office 365.').unsafe?.reason).not.toBe('has-purpose');
  });
});

describe('a routine is described, not announced', () => {
  it.each(['Our cluster scales up every morning to meet demand.', 'The database replicates automatically to a second site.'])(
    '%s',
    (sentence) => {
      expect(staff(sentence).role).toBe('description');
    },
  );

  it('the same verb with a date is a change', () => {
    expect(staff('We will scale up the cluster on Monday.').role).toBe('change');
  });
});

describe('an analogy pictures the thing the sentence is about, not a word in passing', () => {
  it('not for a name that describes the noun after it', () => {
    expect(staff('All managers are keeping their O365 mailboxes.').analogy).toBeNull();
  });

  it('names a term kept in a describing form by its plain phrase, not "The multi-factor works like"', () => {
    const analogy = staff('As we move to a multi-factor sign-in system, you will see some changes.').analogy ?? '';
    expect(analogy).not.toMatch(/multi-factor works like/i);
  });

  it('for a term whose noun only says it is a system or a change to it', () => {
    expect(staff('The DNS system answered every lookup again by noon.').analogy).toMatch(/phone book/);
  });
});

describe('a name glossed only where the gloss cannot split a noun phrase', () => {
  it('not between a name and the noun it describes, even where the tagger reads the noun as a verb', () => {
    const r = staff('MS O365 accounts will be closed for all volunteers.');
    expect(r.plain ?? '').not.toMatch(/O365, .*, accounts/);
  });
});

describe('no outcome after a clause of the sentence’s own', () => {
  it('not after a relative clause, which the "so that" would seem to explain', () => {
    const r = staff('We have now enabled MFA on all accounts which were used from abroad.');
    expect(r.outcome).toBeNull();
    expect(staff('We have now enabled MFA on all accounts used from abroad.').outcome).toMatch(/, so that /);
  });
});

describe('a failover told as an event is a fault', () => {
  it('gets no outcome and no choice: a benefit after it would credit the failure', () => {
    const r = staff('The main database failed over at 02:10 and saving was paused for 4 minutes.');
    expect(r.role).toBe('fault');
    expect(r.outcome).toBeNull();
    expect(r.choice).toBeNull();
  });

  it('the noun is no fault: "we tested failover" reports work', () => {
    expect(staff('Last night we tested failover of the ERP database.').role).not.toBe('fault');
  });
});
