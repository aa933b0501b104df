/**
 * One-click Replace must leave a grammatical sentence. Each row runs analyze() over the real built-in lexicon,
 * applies the jargon finding's first plain suggestion (over its own range when it has one, e.g. to change "an"
 * to "a") and compares the whole sentence. The plain phrase takes the form the term was written in: past,
 * participle, "-ing", third person, plural; an article before the term agrees with the new words.
 */
import { describe, expect, it } from 'vitest';
import { analyze, builtInLexicon, matchText, type Finding } from '../../../../lexicon/index.ts';
import { builtInAnalogies } from '../../../../lexicon/data/index.ts';
import { pastParticiple, pastTense, pluralNoun, presentParticiple, thirdPerson } from '../../../../lexicon/inflect/rules.ts';
import { fitPhrase, isVerbPhrase, pluralPhrase } from '../../../../lexicon/inflect/phrase-forms.ts';
import { rewriteSentence } from '../../../../lexicon/rewrite/index.ts';

/** The jargon finding on `term` (its marked text) in `sentence`. */
function findingOn(sentence: string, term: string): Finding {
  const finding = analyze(sentence).findings.find((f) => f.check === 'jargon' && f.text === term);
  if (!finding) throw new Error(`"${term}" is not marked in: ${sentence}`);
  return finding;
}

/** The sentence after Replace with the first plain suggestion, or null when none is offered. */
function replaced(sentence: string, term: string): string | null {
  const finding = findingOn(sentence, term);
  expect(sentence.slice(finding.start, finding.end)).toBe(finding.text);
  const plain = finding.suggestions.find((s) => s.kind === 'plain');
  if (!plain) return null;
  const start = plain.start ?? finding.start;
  const end = plain.end ?? finding.end;
  // A suggestion's own range may only reach back over the word before the term (an article), never past the term.
  expect(start).toBeLessThanOrEqual(finding.start);
  expect(end).toBe(finding.end);
  expect(sentence.slice(start, finding.start)).toMatch(/^(?:|(?:a|an|the|A|An|The) )$/);
  return sentence.slice(0, start) + plain.text + sentence.slice(end);
}

type Row = readonly [sentence: string, term: string, expected: string | null];

const PAST: Row[] = [
  ['We migrated the servers last night.', 'migrated', 'We moved the servers last night.'],
  ['We power cycled the switch.', 'power cycled', 'We restarted the switch.'],
  ['We firewalled the office network.', 'firewalled', 'We screened traffic to the office network.'],
  ['We spun up a new VM.', 'spun up', 'We set up a new VM.'],
  ['We hotfixed the portal.', 'hotfixed', 'We rushed out a fix for the portal.'],
  ['We rolled back the release.', 'rolled back', 'We undid the release.'],
  ['The team decommissioned the old print server.', 'decommissioned', 'The team retired the old print server.'],
  ['We reimaged her laptop.', 'reimaged', 'We fully reset her laptop.'],
  ['The cache is stale, so we cached the results again.', 'cached', 'The cache is stale, so we kept a ready copy of the results again.'],
  ['We deprecated the old API.', 'deprecated', 'We phased out the old API.'],
  ['We refactored the code.', 'refactored', 'We restructured the code.'],
  ['We deployed after the code review.', 'deployed', 'We rolled out after the code review.'],
  [
    'We cut over on Saturday, after the database migration.',
    'cut over',
    'We move to the new system on Saturday, after the database migration.',
  ],
];

const PARTICIPLE: Row[] = [
  ['We have migrated every mailbox.', 'migrated', 'We have moved every mailbox.'],
  ['The fix has been deployed.', 'deployed', 'The fix has been rolled out.'],
  ['The VM was decommissioned.', 'decommissioned', 'The VM was retired.'],
  ['The VMs were spun up yesterday.', 'spun up', 'The VMs were set up yesterday.'],
  ['The servers were rebooted twice.', 'rebooted', 'The servers were restarted twice.'],
  // A phrase with an object of its own ("rebuild the lookup lists for") cannot go in the passive; another can.
  ['The database was reindexed.', 'reindexed', 'The database was rebuilt for faster searching.'],
  ['We rolled back the release.', 'rolled back', 'We undid the release.'],
  ['The rebooted router works.', 'rebooted', 'The restarted router works.'],
  ['The laptops were patched overnight.', 'patched', 'The laptops were updated overnight.'],
];

const GERUND: Row[] = [
  ['Rebooting the router fixed it.', 'Rebooting', 'Restarting the router fixed it.'],
  ['IT is migrating the mailboxes.', 'migrating', 'IT is moving the mailboxes.'],
  ['We are spinning up two VMs.', 'spinning up', 'We are setting up two VMs.'],
  ['We are sunsetting the intranet app.', 'sunsetting', 'We are retiring the intranet app.'],
  ['Deploying to production takes an hour.', 'Deploying', 'Rolling out to production takes an hour.'],
  // No object follows, so "rush out a fix for" loses its "for".
  ['Hotfixing is risky.', 'Hotfixing', 'Rushing out a fix is risky.'],
];

const THIRD_PERSON: Row[] = [
  ['IT patches every laptop monthly.', 'patches', 'IT updates every laptop monthly.'],
  ['She reboots the server every Friday.', 'reboots', 'She restarts the server every Friday.'],
  ['Who deploys the hotfix?', 'deploys', 'Who rolls out the hotfix?'],
  ['She reimages laptops every week.', 'reimages', 'She fully resets laptops every week.'],
];

const PLURAL: Row[] = [
  ['Two VPNs are down.', 'VPNs', 'Two secure office connections are down.'],
  ['Check the load balancers.', 'load balancers', 'Check the systems that share out incoming traffic.'],
  ['The Windows patches are ready.', 'patches', 'The Windows updates are ready.'],
  ['Two reboots fixed the server.', 'reboots', 'Two restarts fixed the server.'],
  ['The APIs are documented.', 'APIs', 'The software interfaces are documented.'],
  ['Two VLANs separate guests.', 'VLANs', 'Two separate sections of the office network separate guests.'],
  ['Both SIP trunks failed.', 'SIP trunks', 'Both internet phone lines failed.'],
  ['The backup windows overlap.', 'backup windows', 'The times set aside for backups overlap.'],
  ['The dedicated servers are old.', 'dedicated servers', 'The dedicated physical computers are old.'],
  ['The database cutovers went well.', 'cutovers', 'The database switch-overs went well.'],
  ['The mailbox migrations finished.', 'migrations', 'The mailbox moves finished.'],
];

const ARTICLES: Row[] = [
  ['We use an API gateway.', 'API gateway', 'We use a single checkpoint for connections from other systems.'],
  ['Staff get an MFA prompt at sign-in.', 'MFA', 'Staff get a two-step sign-in prompt at sign-in.'],
  ['An MFA prompt appears.', 'MFA', 'A two-step sign-in prompt appears.'],
  ['A DNS record was wrong.', 'DNS record', 'An internet address setting was wrong.'],
  ['An SSID change confused guests.', 'SSID', 'A Wi-Fi name change confused guests.'],
  ['We bought an SSD.', 'SSD', 'We bought fast storage.'],
  ['The DNS is slow.', 'DNS', 'The web address lookup is slow.'],
  ['A bare-metal server costs more.', 'bare-metal server', 'A dedicated physical computer costs more.'],
  ['We set up an SFTP server for the bank.', 'SFTP server', 'We set up a secure file transfer service for the bank.'],
];

/** Base forms where a verb goes: the plain verb phrase, not a noun phrase ("We will security fix…"). */
const VERB_SLOT: Row[] = [
  ['We will patch every laptop tonight.', 'patch', 'We will update every laptop tonight.'],
  ['Please reboot your laptop.', 'reboot', 'Please restart your laptop.'],
  ["Don't reboot the server.", 'reboot', "Don't restart the server."],
  ['Deploy the fix tonight.', 'Deploy', 'Roll out the fix tonight.'],
  ['We refactor the code every sprint.', 'refactor', 'We restructure the code every sprint.'],
  ['We need to migrate the mailboxes.', 'migrate', 'We need to move the mailboxes.'],
];

/** Terms in their base form as nouns: the plain phrase goes in as written. */
const UNCHANGED: Row[] = [
  ['The software patch is ready.', 'patch', 'The software update is ready.'],
  ['Our VPN is slow today.', 'VPN', 'Our secure office connection is slow today.'],
  ['The firewall blocked it.', 'firewall', 'The security barrier for our network blocked it.'],
  ['After the reboot the server worked.', 'reboot', 'After the restart the server worked.'],
  ['The mailbox migration starts Monday.', 'migration', 'The mailbox move starts Monday.'],
  ['Kubernetes runs the portal.', 'Kubernetes', 'The system that keeps our apps running runs the portal.'],
  ['Our MFA prompts are annoying.', 'MFA', 'Our two-step sign-in prompts are annoying.'],
];

/** A verb form no plain phrase can take: nothing to Replace with, rather than a broken sentence. */
const NOTHING_FITS: Row[] = [['They exfiltrated the files.', 'exfiltrated', null]];

const TABLE: Array<[string, Row[]]> = [
  ['past tense', PAST],
  ['participle', PARTICIPLE],
  ['-ing form', GERUND],
  ['third person', THIRD_PERSON],
  ['plural', PLURAL],
  ['a/an and the article before the term', ARTICLES],
  ['base form where a verb goes', VERB_SLOT],
  ['base form as a noun', UNCHANGED],
  ['no form fits', NOTHING_FITS],
];

describe('Replace leaves a grammatical sentence', () => {
  it('has at least 40 rows', () => {
    expect(TABLE.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(40);
  });

  for (const [name, rows] of TABLE) {
    describe(name, () => {
      it.each(rows)('%s [%s]', (sentence, term, expected) => {
        expect(replaced(sentence, term)).toBe(expected);
      });
    });
  }

  it('lets "our" take the place of "the" or "a" in a suggestion of its own range', () => {
    const sentence = 'The Kafka cluster is old.';
    const finding = findingOn(sentence, 'Kafka cluster');
    const own = finding.suggestions.find((s) => s.start !== undefined);
    expect(own).toEqual({ kind: 'plain', text: 'Our system for passing updates between apps', start: 0, end: finding.end });
  });

  it('says the fitted phrase in the message, and the plain words when nothing fits', () => {
    expect(findingOn('We migrated the servers last night.', 'migrated').message).toContain('Write "moved" instead.');
    const none = findingOn('They exfiltrated the files.', 'exfiltrated');
    expect(none.suggestions).toEqual([]);
    expect(none.message).toContain('"theft of data"');
  });

  it('shares nothing wrong between repeats of a term in different places', () => {
    const text = 'We rebooted the router. The rebooted router works. Rebooting helps.';
    const fixes = analyze(text)
      .findings.filter((f) => f.entryId === 'reboot')
      .map((f) => f.suggestions[0]?.text);
    expect(fixes).toEqual(['restarted', 'restarted', 'Restarting']);
  });
});

describe('word forms by rule', () => {
  it.each([
    ['migrate', 'migrated', 'migrated', 'migrating', 'migrates'],
    ['set', 'set', 'set', 'setting', 'sets'],
    ['run', 'ran', 'run', 'running', 'runs'],
    ['take', 'took', 'taken', 'taking', 'takes'],
    ['rebuild', 'rebuilt', 'rebuilt', 'rebuilding', 'rebuilds'],
    ['reset', 'reset', 'reset', 'resetting', 'resets'],
    ['overwrite', 'overwrote', 'overwritten', 'overwriting', 'overwrites'],
    ['undo', 'undid', 'undone', 'undoing', 'undoes'],
    ['go', 'went', 'gone', 'going', 'goes'],
    ['apply', 'applied', 'applied', 'applying', 'applies'],
    ['log', 'logged', 'logged', 'logging', 'logs'],
    ['commit', 'committed', 'committed', 'committing', 'commits'],
    ['visit', 'visited', 'visited', 'visiting', 'visits'],
    ['cancel', 'cancelled', 'cancelled', 'cancelling', 'cancels'],
    ['sync', 'synced', 'synced', 'syncing', 'syncs'],
    ['tie', 'tied', 'tied', 'tying', 'ties'],
    ['hot-swap', 'hot-swapped', 'hot-swapped', 'hot-swapping', 'hot-swaps'],
    ['relay', 'relayed', 'relayed', 'relaying', 'relays'],
  ])('%s', (verb, past, participle, gerund, third) => {
    expect([pastTense(verb), pastParticiple(verb), presentParticiple(verb), thirdPerson(verb)]).toEqual([past, participle, gerund, third]);
  });

  it('pluralises nouns, acronyms and irregulars, and leaves mass nouns', () => {
    expect(['check', 'copy', 'box', 'analysis', 'VM', 'shelf', 'person', 'sign-in', 'software'].map(pluralNoun)).toEqual([
      'checks',
      'copies',
      'boxes',
      'analyses',
      'VMs',
      'shelves',
      'people',
      'sign-ins',
      'software',
    ]);
  });
});

describe('phrase forms by rule', () => {
  it.each([
    ['apply security fixes to', true],
    ['switch off for good', true],
    ['fully reset', true],
    ['move', true],
    ['secure connection to the office', false],
    ['share of requests that fail', false],
    ['network hub', false],
    ['a security fix', false],
  ])('%s is a verb phrase: %s', (phrase, verb) => {
    expect(isVerbPhrase(phrase)).toBe(verb);
  });

  it.each([
    ['secure connection to the office', 'secure connections to the office'],
    ['a second sign-in check', 'second sign-in checks'],
    ['a computer that runs a service', 'computers that run a service'],
    ['system that sends and receives email', 'systems that send and receive email'],
    ['a work computer or phone', 'work computers or phones'],
    ['copy kept in another place', 'copies kept in another place'],
    ['a weak spot attackers could use', 'weak spots attackers could use'],
    ['a device IT looks after', 'devices IT looks after'],
    ["the internet's address book", "the internet's address book"],
    ['built-in device software', 'built-in device software'],
    ['in our own building', 'in our own building'],
    ['storing data twice across disks', 'storing data twice across disks'],
  ])('plural of "%s" is "%s"', (phrase, plural) => {
    expect(pluralPhrase(phrase)).toBe(plural);
  });

  it('puts the verb of a verb phrase in the form, and refuses a noun phrase', () => {
    expect(fitPhrase('rush out a fix for', 'past')).toBe('rushed out a fix for');
    expect(fitPhrase('wipe and set up again', 'third-person')).toBe('wipes and sets up again');
    expect(fitPhrase('a return to the previous version', 'gerund')).toBe('returning to the previous version');
    expect(fitPhrase('screen traffic to', 'past', false)).toBe('screened traffic');
    expect(fitPhrase('security gate for the network', 'past')).toBeNull();
    expect(fitPhrase('apply security fixes to', 'plural')).toBeNull();
  });
});

describe('the rewrite engine puts plain phrases in the past as well', () => {
  it.each([
    ['We power cycled the switch.', 'We restarted the switch.'],
    ['We firewalled the office network.', 'We screened traffic to the office network.'],
    ['We are power cycling the switch.', 'We are restarting the switch.'],
  ])('%s', (sentence, plain) => {
    const result = rewriteSentence({
      text: sentence,
      matches: matchText(builtInLexicon(), sentence),
      audience: 'staff',
      analogies: builtInAnalogies,
    });
    expect(result.plain).toBe(plain);
  });
});
