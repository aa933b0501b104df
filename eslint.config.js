// @ts-check
/**
 * Lint rules for every TypeScript file. Type-aware rules from typescript-eslint, the hooks rules (they apply to
 * Preact's hooks as to React's), and the HTML-sink guard: page and lexicon text is always rendered as text, so
 * no source may write HTML, parse it, or run a string as code.
 */
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The product's sources: what ships in the extension. */
const SOURCES = ['compose/**', 'components/**', 'entrypoints/**', 'extension/**', 'lexicon/**'];
/** Properties whose assignment turns a string into markup or a document. */
const HTML_PROPERTIES = ['innerHTML', 'outerHTML', 'srcdoc'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.tools/', 'tests/pages/dist/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': noUnsanitized },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      // Unused arguments that document a callback's shape are fine when prefixed with "_".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // The HTML-sink guard, on the sources (tests build their fixtures with markup). It replaces a grep test that
    // missed setHTMLUnsafe, DOMParser and srcdoc.
    files: SOURCES,
    rules: {
      'no-unsanitized/method': ['error', {}, { parseFromString: { properties: [0] }, setHTMLUnsafe: { properties: [0] } }],
      'no-unsanitized/property': ['error', {}, { srcdoc: {} }],
      'no-restricted-syntax': [
        'error',
        ...HTML_PROPERTIES.map((name) => ({
          selector: `AssignmentExpression > MemberExpression.left[property.name='${name}']`,
          message: `Do not set ${name}: render page and lexicon text as text (textContent, JSX).`,
        })),
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as JSX text, never as HTML.' },
        {
          selector: "NewExpression[callee.name='DOMParser']",
          message: 'Do not parse HTML: build elements with createElement and textContent.',
        },
      ],
    },
  },
  {
    // Tests hand methods around on purpose: vitest spies are asserted as `expect(obj.method).toHaveBeenCalled()`, and
    // stubs save a prototype method to put it back afterwards. Neither calls the method unbound, so the rule is only
    // noise there. The sources keep it: a callback prop or action declared as a method would lose `this`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Plain JavaScript config files are not in the TypeScript project.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
