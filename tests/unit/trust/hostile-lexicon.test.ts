/**
 * Hostile lexicons: imports and managed policies that are malformed, oversized, 10,000 levels deep, wrong-typed
 * or built to pollute Object.prototype. Each gets a clear error that names the entry and field, stored state is
 * exactly as it was, and the extension keeps working: the combined lexicon loads, entries can still be saved,
 * and analysis runs, also over entries whose names are "constructor" or "__proto__".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lexicon/index.ts';
import { parseLexiconFile, type AllowEntry, type LexiconEntry, type LexiconIssue } from '../../../lexicon/schema.ts';
import {
  addAllowedTerm,
  analyzeOptionsOf,
  applyImport,
  LexiconStoreError,
  loadLexicon,
  readUserLexicon,
  saveUserEntry,
  saveUserLexicon,
} from '../../../extension/lexicon-store.ts';
import { MAX_IMPORT_BYTES, planImport, readImportFile, type UserLexicon } from '../../../extension/lexicon-transfer.ts';
import { forgetOrgPolicy, parseOrgPolicy } from '../../../extension/org-policy.ts';
import { getSettings, updateSettings } from '../../../extension/settings.ts';
import { deepArrayJson, deepObjectJson, expectPrototypeClean, mutate, PROTOTYPE_KEYS, seededRandom } from './hostile-data.ts';

const SEED = 20261124;
/** The fuzz runs take a few seconds on an idle machine; CI machines are shared. */
const FUZZ_TIMEOUT_MS = 120_000;

function validEntry(id: string, overrides: Partial<LexiconEntry> = {}): LexiconEntry {
  return {
    id,
    term: id.replace(/-/g, ' '),
    variants: [],
    caseSensitive: false,
    noInflect: false,
    category: 'infrastructure',
    severity: 'medium',
    plain: [`plain words for ${id}`],
    explanation: `What ${id} means, in one sentence.`,
    benefit: 'people get their work done sooner',
    outcomes: { board: 'costs fall', executive: 'teams deliver sooner', manager: 'the team saves hours', staff: 'you wait less' },
    analogies: [],
    exceptions: [],
    disabled: false,
    ...overrides,
  };
}

const ALLOW: AllowEntry = { term: 'Kanban', reason: 'the team board', added: '2026-01-02T03:04:05.000Z' };

/** A complete, valid import file: the thing the mutator breaks one part of. */
const VALID_FILE = {
  schemaVersion: 1,
  entries: [
    validEntry('kiwi-cloud', {
      term: 'Kiwi Cloud',
      variants: ['KC'],
      exceptions: ['kiwi cloud cake'],
      why: 'It is an internal product name.',
    }),
    validEntry('falcon-db', { term: 'FalconDB' }),
  ],
  analogies: [],
  allow: [ALLOW],
};

/** A complete, valid managed policy. */
const VALID_POLICY = {
  organisationName: 'Example Ltd',
  lexicon: { schemaVersion: 1, entries: [validEntry('heron-mail', { term: 'Heron Mail' })], allow: [ALLOW] },
  lockedSettings: {
    audience: 'board',
    checks: { 'us-them': false },
    minSeverity: 'high',
    paused: false,
    disabledSites: ['https://intranet.example.com/*'],
  },
};

/** What the user had before any hostile import: every test proves it is still exactly this afterwards. */
const EXISTING: UserLexicon = { entries: [validEntry('dns-box', { term: 'DNS box' })], allow: [{ ...ALLOW, term: 'Scrum' }] };

async function snapshot() {
  return { local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) };
}

/** An issue a person can act on: it says where, which field, and what is wrong, in a bounded message. */
function expectClearIssues(issues: readonly LexiconIssue[], context: string): void {
  expect(issues.length, context).toBeGreaterThan(0);
  expect(issues.length, context).toBeLessThanOrEqual(50);
  for (const issue of issues) {
    const ok =
      typeof issue.where === 'string' &&
      issue.where.length > 0 &&
      typeof issue.field === 'string' &&
      issue.field.length > 0 &&
      typeof issue.message === 'string' &&
      issue.message.length > 3 &&
      issue.message.length < 400 &&
      !/\[object Object\]|undefined is not|is not a function|Cannot read/.test(issue.message);
    if (!ok) throw new Error(`${context}: unclear issue ${JSON.stringify(issue).slice(0, 300)}`);
  }
}

/** The field an issue should name for a change at `path` inside an entry, e.g. ["entries", 0, "outcomes", "board"] → "outcomes". */
function expectIssueAt(issues: readonly LexiconIssue[], path: readonly (string | number)[], listKey: string, context: string): void {
  const [list, index, field] = path;
  if (list !== listKey || typeof index !== 'number' || field === undefined) return;
  const named = issues.some((issue) => issue.where.startsWith(`${listKey}[${index}]`) && issue.field.startsWith(String(field)));
  if (!named) throw new Error(`${context}: no issue names ${listKey}[${index}] ${String(field)}: ${JSON.stringify(issues).slice(0, 400)}`);
}

async function expectRefused(promise: Promise<unknown>): Promise<LexiconStoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LexiconStoreError);
  return error as LexiconStoreError;
}

/** The whole import as the options page runs it: read, plan, apply. Returns the issues when refused. */
async function importText(json: string): Promise<LexiconIssue[] | null> {
  const read = readImportFile(json);
  if (!read.ok) return read.issues;
  const current = await readUserLexicon();
  const planned = planImport(current, read.file, 'merge');
  if (!planned.ok) return planned.issues;
  await applyImport(planned.plan, current);
  return null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  forgetOrgPolicy();
  await saveUserLexicon(EXISTING);
});

describe('hostile import files', () => {
  const cases: [string, string, RegExp][] = [
    ['empty text', '', /not valid JSON/],
    ['truncated JSON', JSON.stringify(VALID_FILE).slice(0, 100), /not valid JSON/],
    ['null', 'null', /JSON object/],
    ['an array', '[]', /JSON object/],
    ['a number', '42', /JSON object/],
    ['a string', '"lexicon"', /JSON object/],
    ['10,000-deep arrays', deepArrayJson(), /JSON object/],
    ['10,000-deep objects', deepObjectJson(), /./],
    ['a newer schema version', JSON.stringify({ ...VALID_FILE, schemaVersion: 99 }), /newer/],
    ['the version as a string', JSON.stringify({ ...VALID_FILE, schemaVersion: '1' }), /must be the number 2/],
    ['entries as an object', JSON.stringify({ ...VALID_FILE, entries: { 0: VALID_FILE.entries[0] } }), /./],
    ['10,000-deep arrays as entries', `{"schemaVersion":1,"entries":${deepArrayJson()}}`, /./],
    [
      '10,000-deep arrays as a plain phrase',
      JSON.stringify({ schemaVersion: 1, entries: [{ ...validEntry('deep'), plain: '@' }] }).replace('"@"', deepArrayJson()),
      /./,
    ],
    ['a __proto__ key on the file', '{"__proto__":{"polluted":"yes"},"schemaVersion":1,"entries":[]}', /./],
    [
      'a __proto__ key on an entry',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('proto')] }).replace('"id":', '"__proto__":{"polluted":"yes"},"id":'),
      /./,
    ],
    [
      'a constructor key on an entry',
      JSON.stringify({ schemaVersion: 1, entries: [{ ...validEntry('ctor'), constructor: { prototype: { polluted: 'yes' } } }] }),
      /./,
    ],
    [
      'a __proto__ key in outcomes',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('out')] }).replace('"board":', '"__proto__":{"polluted":"yes"},"board":'),
      /./,
    ],
    [
      'a 100,000-character term',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('long', { term: 'x'.repeat(100_000) })] }),
      /at most 80/,
    ],
    [
      '100,000 variants',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('many', { variants: Array.from({ length: 100_000 }, (_, i) => `v${i}`) })] }),
      /./,
    ],
    [
      'wrong types everywhere',
      JSON.stringify({
        schemaVersion: 1,
        entries: [{ id: 7, term: ['x'], plain: 'x', severity: null, caseSensitive: 'yes', outcomes: [] }],
      }),
      /./,
    ],
    [
      'an entry id made to look like a path',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('x', { id: '../../etc/passwd' })] }),
      /lower-case words/,
    ],
    [
      'a duplicated id',
      JSON.stringify({ schemaVersion: 1, entries: [validEntry('twin'), validEntry('twin', { term: 'other twin' })] }),
      /duplicates/,
    ],
    ['a duplicated allow term', JSON.stringify({ schemaVersion: 1, allow: [ALLOW, { ...ALLOW, term: 'KANBAN' }] }), /duplicates/],
    ['an allow date that is no date', JSON.stringify({ schemaVersion: 1, allow: [{ ...ALLOW, added: 'yesterday' }] }), /ISO/],
  ];

  it.each(cases)('refuses %s with a clear error and stores nothing', async (_name, json, message) => {
    const before = await snapshot();
    const issues = await importText(json);
    expect(issues).not.toBeNull();
    expectClearIssues(issues!, _name);
    expect(issues!.map((i) => i.message).join('\n')).toMatch(message);
    expect(await snapshot()).toEqual(before);
    expectPrototypeClean();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const json = `{"schemaVersion":1,"entries":[],"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const read = readImportFile(json);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]!.message).toMatch(/too large/);
  });

  it('refuses more entries than the limit, naming the field', () => {
    const entries = Array.from({ length: 20_001 }, (_, i) => validEntry(`t-${i}`, { term: `Term${i}` }));
    const read = readImportFile(JSON.stringify({ schemaVersion: 1, entries }));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues[0]).toMatchObject({ where: 'file', field: 'entries', message: expect.stringMatching(/at most 20000/) as unknown });
  });

  it(
    'gives every one of 3,000 seeded one-part breakages of a valid file a clear, placed error, or accepts a harmless one',
    () => {
      const random = seededRandom(SEED);
      let refused = 0;
      for (let i = 0; i < 3_000; i++) {
        const m = mutate(VALID_FILE, random);
        const context = `mutation #${i} (${m.op} at ${JSON.stringify(m.path)})`;
        let read: ReturnType<typeof readImportFile>;
        try {
          read = readImportFile(m.json);
        } catch (error) {
          throw new Error(`${context} threw: ${(error as Error).message}`, { cause: error });
        }
        expectPrototypeClean();
        if (read.ok) {
          // Accepted: it must be a lexicon the schema accepts as it stands, with no key it does not know.
          expect(parseLexiconFile(read.file).ok, context).toBe(true);
          for (const entry of read.file.entries) for (const key of PROTOTYPE_KEYS) expect(Object.hasOwn(entry, key), context).toBe(false);
          expect(planImport(EXISTING, read.file, 'merge').ok || planImport(EXISTING, read.file, 'replace').ok, context).toBe(true);
          continue;
        }
        refused++;
        expectClearIssues(read.issues, context);
        expectIssueAt(read.issues, m.path, 'entries', context);
        expectIssueAt(read.issues, m.path, 'allow', context);
      }
      // Most one-part breakages must be refused; a fuzz that refused nothing would not be testing the checks.
      expect(refused).toBeGreaterThan(2_000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'leaves stored state exactly as it was after 300 refused imports, then still imports, saves and analyses',
    async () => {
      const random = seededRandom(SEED + 1);
      const before = await snapshot();
      let refused = 0;
      for (let i = 0; refused < 300 && i < 1_000; i++) {
        const m = mutate(VALID_FILE, random);
        const read = readImportFile(m.json);
        if (read.ok) continue;
        refused++;
        expect(await importText(m.json)).toEqual(read.issues);
      }
      expect(refused).toBe(300);
      expect(await snapshot()).toEqual(before);

      // The extension keeps working: a good import lands, a new entry saves, and analysis uses both.
      expect(await importText(JSON.stringify(VALID_FILE))).toBeNull();
      await saveUserEntry(validEntry('otter-sync', { term: 'OtterSync' }));
      const state = await loadLexicon();
      expect(state.user.entries.map((e) => e.id)).toEqual(['dns-box', 'kiwi-cloud', 'falcon-db', 'otter-sync']);
      const found = analyze('We moved the files to Kiwi Cloud and OtterSync last night.', analyzeOptionsOf(state)).findings.map(
        (f) => f.entryId,
      );
      expect(found).toEqual(expect.arrayContaining(['kiwi-cloud', 'otter-sync']));
    },
    FUZZ_TIMEOUT_MS,
  );

  it('stores entries named after Object.prototype members as ordinary terms, and analysis finds them', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
    const entries = names.map((name, i) =>
      validEntry(`proto-${i}`, {
        term: name,
        variants: [`${name}Box`],
        plain: ['<img src=x onerror=alert(1)>'],
        exceptions: [`${name} of the house`],
      }),
    );
    const allow = names.map((name) => ({ ...ALLOW, term: `${name}Allowed` }));
    expect(await importText(JSON.stringify({ schemaVersion: 1, entries, allow }))).toBeNull();
    expectPrototypeClean();
    const state = await loadLexicon();
    expect(state.user.entries.map((e) => e.term)).toEqual(['DNS box', ...names]);
    const text = names.map((name) => `We updated the ${name} today.`).join(' ');
    const findings = analyze(text, analyzeOptionsOf(state)).findings.filter((f) => f.entryId?.startsWith('proto-'));
    expect(findings.map((f) => f.text)).toEqual(names);
    expectPrototypeClean();
  });

  it('refuses hostile entries from callers that skipped the checks, naming the field, and stores nothing', async () => {
    const before = await snapshot();
    const withProto = JSON.parse(JSON.stringify(validEntry('sly')).replace('{', '{"__proto__":{"polluted":"yes"},')) as unknown;
    const lexiconError = await expectRefused(saveUserLexicon({ entries: [validEntry('fine'), withProto as LexiconEntry], allow: [] }));
    expect(lexiconError.issues[0]).toMatchObject({ where: 'entries[1] "sly"', field: '__proto__' });

    const entryError = await expectRefused(saveUserEntry({ ...validEntry('odd'), term: 42, plain: 'one phrase', outcomes: [] }));
    const fields = Object.keys(entryError.fieldErrors);
    for (const field of ['term', 'plain', 'outcomes'])
      expect(
        fields.some((f) => f === field || f.startsWith(`${field}.`)),
        field,
      ).toBe(true);

    const deep = JSON.parse(
      `{"id":"deep","term":"deep","category":"data","severity":"low","plain":${deepArrayJson()},"explanation":"x"}`,
    ) as unknown;
    const deepError = await expectRefused(saveUserEntry(deep));
    expect(deepError.fieldErrors.plain).toBeTruthy();

    const longError = await expectRefused(addAllowedTerm('x'.repeat(1_000_000)));
    expect(longError.fieldErrors.term).toMatch(/at most 80/);

    expect(await snapshot()).toEqual(before);
    expectPrototypeClean();
  });

  it('says storage is full when the browser refuses an import, and keeps what was stored', async () => {
    const before = await snapshot();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await importText(JSON.stringify(VALID_FILE)).then(
      () => undefined,
      (e: unknown) => e,
    );
    set.mockRestore();
    expect(error).toBeInstanceOf(LexiconStoreError);
    expect((error as Error).message).toMatch(/storage .* is full/);
    expect(await snapshot()).toEqual(before);
    // Working locally still: the lexicon loads and the next save, with room again, succeeds.
    expect((await loadLexicon()).user).toEqual(EXISTING);
    await saveUserEntry(validEntry('after-quota', { term: 'AfterQuota' }));
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['dns-box', 'after-quota']);
  });
});

describe('hostile managed policies', () => {
  const hostile: [string, Record<string, unknown>][] = [
    ['a lexicon that is a string', { lexicon: 'entries' }],
    ['a lexicon 10,000 arrays deep', { lexicon: JSON.parse(deepArrayJson()) }],
    ['a lexicon 10,000 objects deep', { lexicon: JSON.parse(deepObjectJson()) }],
    ['a lexicon with a __proto__ key', { lexicon: JSON.parse('{"__proto__":{"polluted":"yes"},"schemaVersion":1}') }],
    [
      'too many entries',
      { lexicon: { schemaVersion: 1, entries: Array.from({ length: 20_001 }, (_, i) => validEntry(`p-${i}`, { term: `P${i}` })) } },
    ],
    ['locked settings that are an array', { lockedSettings: ['audience'] }],
    ['locked settings 10,000 deep', { lockedSettings: JSON.parse(deepArrayJson()) }],
    ['a __proto__ locked setting', { lockedSettings: JSON.parse('{"__proto__":{"audience":"board","polluted":"yes"}}') }],
    ['a constructor locked setting', { lockedSettings: { constructor: { prototype: { polluted: 'yes' } } } }],
    ['a toString locked setting', { lockedSettings: { toString: 'x', hasOwnProperty: 1 } }],
    ['a __proto__ check', { lockedSettings: { checks: JSON.parse('{"__proto__":{"jargon":false}}') as unknown } }],
    ['disabled sites 10,000 deep', { lockedSettings: { disabledSites: JSON.parse(deepArrayJson()) as unknown } }],
    ['an audience that is an object', { lockedSettings: { audience: { toString: 'board' } } }],
  ];

  it.each(hostile)('reports %s, keeps the valid parts, and never throws', (name, part) => {
    // Each hostile part rides alongside valid ones, which must survive it.
    const raw = {
      ...VALID_POLICY,
      ...part,
      lockedSettings: { minSeverity: 'high', ...(Array.isArray(part.lockedSettings) || !part.lockedSettings ? {} : part.lockedSettings) },
    } as Record<string, unknown>;
    if (Array.isArray(part.lockedSettings)) raw.lockedSettings = part.lockedSettings;
    const policy = parseOrgPolicy(raw);
    expectPrototypeClean();
    expect(policy.present).toBe(true);
    expectClearIssues(policy.issues, name);
    if (part.lexicon === undefined) expect(policy.entries.map((e) => e.id)).toEqual(['heron-mail']);
    else expect(policy.entries).toEqual([]);
    if (!Array.isArray(part.lockedSettings) && part.lockedSettings !== undefined) expect(policy.locked.minSeverity).toBe('high');
    expect(Object.getPrototypeOf(policy.locked)).toBe(Object.prototype);
    for (const key of Object.keys(policy.locked)) expect(['audience', 'checks', 'minSeverity', 'paused', 'disabledSites']).toContain(key);
  });

  it(
    'handles 2,000 seeded one-part breakages of a valid policy: never throws, clear issues, only known settings locked',
    () => {
      const random = seededRandom(SEED + 2);
      let reported = 0;
      for (let i = 0; i < 2_000; i++) {
        const m = mutate(VALID_POLICY, random);
        const context = `policy mutation #${i} (${m.op} at ${JSON.stringify(m.path)})`;
        let policy: ReturnType<typeof parseOrgPolicy>;
        try {
          policy = parseOrgPolicy(m.value as Record<string, unknown>);
        } catch (error) {
          throw new Error(`${context} threw: ${(error as Error).message}`, { cause: error });
        }
        expectPrototypeClean();
        if (policy.issues.length) {
          reported++;
          expectClearIssues(policy.issues, context);
        }
        for (const key of Object.keys(policy.locked))
          if (!['audience', 'checks', 'minSeverity', 'paused', 'disabledSites'].includes(key))
            throw new Error(`${context}: locked "${key}"`);
        if (policy.locked.audience !== undefined)
          expect(['board', 'executive', 'manager', 'staff'], context).toContain(policy.locked.audience);
        if (policy.locked.disabledSites !== undefined)
          expect(
            policy.locked.disabledSites.every((s) => typeof s === 'string'),
            context,
          ).toBe(true);
        // A broken lexicon never costs the locked settings, and broken settings never cost the lexicon.
        if (m.path[0] === 'lockedSettings')
          expect(
            policy.entries.map((e) => e.id),
            context,
          ).toEqual(['heron-mail']);
      }
      expect(reported).toBeGreaterThan(1_000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('keeps the extension working under a hostile policy in managed storage: settings, lexicon and analysis', async () => {
    await updateSettings({ audience: 'manager' });
    const userSync = await fakeBrowser.storage.sync.get<Record<string, unknown>>(null);
    const raw = JSON.parse(
      `{"organisationName":{"x":1},"lexicon":{"schemaVersion":1,"entries":${deepArrayJson()}},"lockedSettings":{"__proto__":{"paused":true},"constructor":1,"minSeverity":"high","audience":"everyone"}}`,
    ) as Record<string, unknown>;
    // What the browser hands over (the fake storage cannot hold a value this deep, so it is given directly).
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(raw as never);
    forgetOrgPolicy();
    const state = await loadLexicon();
    expect(state.policy.present).toBe(true);
    expect(state.policy.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'audience']));
    const settings = await getSettings();
    expect(settings.minSeverity).toBe('high');
    expect(settings.audience).toBe('manager');
    expect(settings.paused).toBe(false);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(userSync);
    expect(analyze('We rebooted the DNS box.', analyzeOptionsOf(state)).findings.some((f) => f.entryId === 'dns-box')).toBe(true);
    expectPrototypeClean();
    get.mockRestore();
  });
});
