/**
 * Builds the end-to-end test pages: real editors from npm (Quill, CKEditor 5, ProseMirror, Lexical), plain
 * fields, and pages modelled on Gmail's and Outlook's compose markup. `npm run build:pages` writes them to
 * tests/pages/dist, which the e2e harness serves from 127.0.0.1.
 */
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const pages = readdirSync(root).filter((file) => file.endsWith('.html'));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // Test pages: readable stack traces matter more than size.
    minify: false,
    chunkSizeWarningLimit: 5_000,
    rollupOptions: { input: Object.fromEntries(pages.map((file) => [file.replace(/\.html$/, ''), resolve(root, file)])) },
  },
});
