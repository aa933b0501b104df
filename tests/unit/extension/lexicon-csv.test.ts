/**
 * The lexicon as a spreadsheet, and import problems in plain words: every problem names the row or entry, the
 * field and what to write instead; a sheet with any problem imports nothing.
 */
import { describe, expect, it } from 'vitest';
import { issueInWords } from '../../../extension/issue-words.ts';
import { exportCsv, parseCsv, readImportCsv } from '../../../extension/lexicon-csv.ts';
import { planImport, readImportFile, templateJson, type UserLexicon } from '../../../extension/lexicon-transfer.ts';
import type { LexiconEntry } from '../../../lexicon/schema.ts';

const falcon: LexiconEntry = {
  id: 'project-falcon',
  term: 'Project Falcon',
  variants: ['Falcon'],
  caseSensitive: false,
  noInflect: false,
  category: 'products',
  severity: 'medium',
  plain: ['the new ordering system', 'our order tool'],
  explanation: 'The system sales staff use to take orders, "fast".',
  outcomes: {
    board: 'orders arrive sooner',
    executive: 'sales close faster',
    manager: 'your team books orders faster',
    staff: 'you book orders faster',
  },
  analogies: [],
  exceptions: [],
  disabled: false,
};
const USER: UserLexicon = { entries: [falcon], allow: [] };
const words = (result: ReturnType<typeof readImportCsv>) => (result.ok ? [] : result.issues.map((i) => issueInWords(i)));

describe('CSV export and import', () => {
  it('round-trips the common fields and keeps the rest of an entry it updates', () => {
    const csv = exportCsv(USER);
    expect(csv.split('\r\n')[0]).toBe('term,variants,plain,explanation,category,severity');
    expect(parseCsv(csv)[1]).toEqual([
      'Project Falcon',
      'Falcon',
      'the new ordering system | our order tool',
      'The system sales staff use to take orders, "fast".',
      'products',
      'medium',
    ]);
    const edited = csv.replace('medium', 'high');
    const result = readImportCsv(edited, USER);
    expect(result.ok && result.file.entries).toEqual([{ ...falcon, severity: 'high' }]);
  });

  it('needs only a term and a plain wording per new row, giving the rest defaults and an id', () => {
    const result = readImportCsv('Term;Plain wording\nERP;our order and stock system\nProject Falcon;the new ordering system\n', {
      entries: [],
      allow: [],
    });
    expect(result.ok && result.file.entries.map((e) => [e.id, e.term, e.category, e.severity, e.plain, e.explanation])).toEqual([
      ['erp', 'ERP', 'products', 'medium', ['our order and stock system'], 'Readers outside IT may not know what “ERP” means.'],
      [
        'project-falcon',
        'Project Falcon',
        'products',
        'medium',
        ['the new ordering system'],
        'Readers outside IT may not know what “Project Falcon” means.',
      ],
    ]);
  });

  it('lists every problem at once, by row and column, saying what to write instead', () => {
    const sheet = [
      'term,plain,category,severity',
      'CRM,,colour,huge',
      'SD-WAN,a smarter way to connect our offices to each other and the internet,,',
      ',the staff directory,,',
      'ERP,our order system,,',
    ].join('\n');
    expect(words(readImportCsv(sheet, USER))).toEqual([
      'Row 2 (“CRM”), column “category”: Write one of: infrastructure, networking, security, end-user, cloud, delivery, data, service-management, architecture, metrics, products (or leave it empty for “products”).',
      'Row 2 (“CRM”), column “severity”: Write low, medium or high (or leave it empty for medium).',
      'Row 2 (“CRM”), column “plain”: Write how you would say it to a colleague outside IT, for example “the staff directory”.',
      'Row 3 (“SD-WAN”), column “plain”: This is 13 words; keep it to 8 or fewer, so it reads well where the term stood. Put the longer explanation under “Explanation”.',
      'Row 4, column “term”: Write the term as IT people write it, for example “Active Directory”.',
    ]);
  });

  it('refuses a sheet whose columns it does not know, or without term and plain', () => {
    expect(words(readImportCsv('term,plain,colour\nERP,x,red\n', USER))).toEqual([
      'The sheet’s first row has a column this import does not know: “colour”. Use the column names term, variants, plain, explanation, category, severity (the first row names them), or remove the others.',
    ]);
    expect(words(readImportCsv('term,explanation\nERP,x\n', USER))[0]).toMatch(/has no “plain” column/);
    expect(words(readImportCsv('\n\n', USER))[0]).toMatch(/^The sheet is empty/);
    expect(words(readImportCsv('term,plain\nERP,our system\nerp,the system\n', { entries: [], allow: [] }))).toEqual([
      'The row for “erp”, column “term”: “erp” is also in the row for “ERP”. Keep one row per term; put other spellings in “variants”.',
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula, and reads it back as written', () => {
    const sneaky = { ...falcon, term: '=HYPERLINK("http://x")', variants: [] };
    const csv = exportCsv({ entries: [sneaky], allow: [] });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const back = readImportCsv(csv, { entries: [], allow: [] });
    expect(back.ok && back.file.entries[0]!.term).toBe('=HYPERLINK("http://x")');
  });
});

describe('JSON import problems in plain words', () => {
  const say = (text: string) => {
    const result = readImportFile(text);
    return result.ok ? [] : result.issues.map((issue) => issueInWords(issue, text));
  };

  it('says where JSON breaks by line and column, not by character position', () => {
    expect(say('{\n  "schemaVersion": 2,\n  "entries": [ {"term": "x",} ]\n}')).toEqual([
      'The file is not valid JSON near line 3, column 29: check for a missing comma, quote or bracket there. Or start again from the template.',
    ]);
  });

  it('names the entry by number and term, the field, and what to write', () => {
    const file = { schemaVersion: 2, entries: [{ ...falcon, plain: [], outcomes: { board: 'orders arrive sooner.' } }] };
    expect(say(JSON.stringify(file))).toEqual([
      'Entry 1 (“project-falcon”), “plain wording”: Write how you would say it to a colleague outside IT, for example “the staff directory”.',
      'Entry 1 (“project-falcon”), “outcomes board”: Leave off the final full stop: the phrase follows “…, so that”.',
      'Entry 1 (“project-falcon”), “outcomes executive”: Fill in all four audiences, or leave all four empty to use the category’s outcomes.',
      'Entry 1 (“project-falcon”), “outcomes manager”: Fill in all four audiences, or leave all four empty to use the category’s outcomes.',
      'Entry 1 (“project-falcon”), “outcomes staff”: Fill in all four audiences, or leave all four empty to use the category’s outcomes.',
    ]);
  });

  it('explains a missing version and an unknown key', () => {
    expect(say('{"entries": []}')).toEqual([
      'The file does not say which lexicon format it uses: write "schemaVersion": 2 at the top, as the template does.',
    ]);
    expect(say('{"schemaVersion": 2, "words": []}')[0]).toMatch(/^The file has “words”, which a lexicon file does not/);
  });

  it('offers a template that imports as it is', () => {
    const read = readImportFile(templateJson());
    expect(read.ok).toBe(true);
    if (read.ok) expect(planImport({ entries: [], allow: [] }, read.file, 'merge').ok).toBe(true);
  });
});
