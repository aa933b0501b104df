/** Compiling the built-in lexicon, once per page that analyses text. */
import { builtInEntries } from '../../../lexicon/data/index.ts';
import { BUILT_IN_FORMS } from '../../../lexicon/builtin.ts';
import { compileLexicon } from '../../../lexicon/match/matcher.ts';
import { measure, type BenchSuite } from '../harness.ts';

/** Compiling the built-in lexicon. */
export const compileSuite: BenchSuite = {
  name: 'compile',
  description: 'compileLexicon() on the built-in lexicon (paid once per page)',
  run() {
    const { medianMs, runs } = measure(() => compileLexicon(builtInEntries, { forms: BUILT_IN_FORMS }), {
      warmup: 2,
      minRuns: 5,
      maxRuns: 20,
      budgetMs: 1000,
    });
    return [{ case: `compile-${builtInEntries.length}-entries`, subject: 'compileLexicon', medianMs, runs }];
  },
};
