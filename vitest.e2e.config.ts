import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension. Files run one at a time (each starts its own
 * browser; the machine has two cores) and get generous timeouts for browser start-up.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
