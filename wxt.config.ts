import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { compactLexiconFileForPages } from './lexicon/build/page-lexicon';
import { BUILT_IN_SITES } from './extension/sites';
import { browserBinary, noBrowserMessage, whyNoBrowser, type DevBrowser } from './dev/browser';

/**
 * `BL_E2E=1` builds a test copy into .output/e2e whose content script also runs on http://127.0.0.1, where the
 * end-to-end tests serve their editor pages. The production build never matches local pages.
 */
const E2E = process.env.BL_E2E === '1';
const E2E_ORIGIN = 'http://127.0.0.1/*';

/** Content scripts load the lexicon data files compacted to what marking needs (see lexicon/build/page-lexicon.ts). */
function pageLexicon(): Plugin {
  return {
    name: 'business-lens:page-lexicon',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]lexicon[\\/]data[\\/][^\\/]+\.json$/.test(id) || id.endsWith('forms.generated.json')) return null;
      return JSON.stringify(compactLexiconFileForPages(JSON.parse(readFileSync(id, 'utf8'))));
    },
  };
}

/** The browsers `npm run dev` and `npm run dev:firefox` start, where Debian and Google install them. */
const chromiumBinary = browserBinary('chrome');
const firefoxBinary = browserBinary('firefox');

export default defineConfig({
  outDir: E2E ? '.output/e2e' : '.output',
  hooks: {
    // `npm run dev` where no browser can open (no display, none installed): keep serving and say how to load the
    // extension, instead of starting a browser that dies at once (see dev/browser.ts).
    'config:resolved': (wxt) => {
      if (wxt.config.command !== 'serve') return;
      const browser: DevBrowser = wxt.config.browser === 'firefox' ? 'firefox' : 'chrome';
      const reason = whyNoBrowser(browser);
      if (!reason) return;
      const message = noBrowserMessage(reason, browser, relative(wxt.config.root, wxt.config.outDir));
      wxt.config.runner = {
        openBrowser: () => {
          console.log(`\n${message}\n`);
          return Promise.resolve();
        },
      };
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) config.plugins = [...(config.plugins ?? []), pageLexicon()];
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!E2E) return;
      manifest.host_permissions = [...((manifest.host_permissions as string[] | undefined) ?? []), E2E_ORIGIN];
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), E2E_ORIGIN];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // How the e2e build lets tests see its layer (extension/e2e-inspection.ts); false in users' builds, where that hook
  // is dead code. WebDriver BiDi cannot reach a Firefox add-on's storage to ask, so the Firefox e2e build always opens it.
  vite: ({ browser }) => ({
    plugins: [preact()],
    define: { __BL_E2E__: JSON.stringify(E2E ? (browser === 'firefox' ? 'inspectable' : 'on-request') : false) },
  }),
  webExt: {
    binaries: { ...(chromiumBinary ? { chrome: chromiumBinary } : {}), ...(firefoxBinary ? { firefox: firefoxBinary } : {}) },
    chromiumArgs: ['--no-first-run'],
  },
  manifest: ({ browser }) => ({
    name: 'Business Lens',
    description:
      'Marks IT jargon and feature-talk as you write, and offers plain wording, outcome rewrites and analogies. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // WXT drops optional_host_permissions from Manifest V2 builds without moving them; Firefox then refused
    // permissions.request for a site the user turns on. MV2 lists optional origins here.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    // The weekly reminder's alarm, asked for only when the user turns the reminder on (extension/reminder.ts). Firefox
    // refuses `alarms` as optional; its background page stays loaded, so a timer serves there and nothing is asked.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['alarms'] }),
    host_permissions: [...BUILT_IN_SITES],
    action: { default_title: 'Business Lens' },
    // Extension pages run only their own packaged scripts: no eval, no inline or remote code, no plugins
    // (stricter than the browsers' defaults, which allow WebAssembly compilation). Tested in tests/e2e/trust/privacy.spec.ts.
    // Given in MV3's shape for both builds: WXT writes MV2's string form itself, and its dev server (which adds its
    // own origin here) failed on a string, so `npm run dev:firefox` stopped before building.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    // Chromium hands an organisation's policy to the extension through storage.managed, checked against this schema
    // (see extension/org-policy.ts). Firefox fills storage.managed from policies.json and has no use for the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Move to the next suggestion and open its card',
      },
      // No suggested key: the user picks one in the browser's shortcut settings (few free keys are left).
      'log-win': {
        description: 'Log the sentence at the cursor (or the selection) as a win for Your update',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'business-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
