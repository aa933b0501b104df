import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

/** Hosts where Business Lens runs from install: the mail and chat apps our users write in. */
export const BUILT_IN_SITES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://app.slack.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
];

/** A local Chromium for `npm run dev`, when one is installed where Debian puts it. */
const chromiumBinary = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: {
    binaries: chromiumBinary ? { chrome: chromiumBinary } : undefined,
    chromiumArgs: ['--no-first-run'],
  },
  manifest: ({ browser }) => ({
    name: 'Business Lens',
    description:
      'Marks IT jargon and feature-talk as you write, and offers plain wording, outcome rewrites and analogies. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: BUILT_IN_SITES,
    action: { default_title: 'Business Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'business-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
