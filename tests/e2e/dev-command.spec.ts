/**
 * `npm run dev` on a machine without a display (as over SSH, in a container, or in CI): it builds, says in one
 * paragraph that no browser was opened and how to load the extension, keeps serving, prints no stack trace, and
 * stops cleanly on Ctrl+C. It used to end in an unhandled ECONNRESET stack trace right after building.
 */
import { afterAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './harness.ts';

let dev: ChildProcess | undefined;
afterAll(() => {
  // Our own npm process group, if a failed test left it running.
  if (dev?.pid && dev.exitCode === null && dev.signalCode === null) process.kill(-dev.pid, 'SIGKILL');
});

/** Resolves when `condition` holds for the output so far, or rejects after `ms`. */
function waitFor(read: () => string, condition: (output: string) => boolean, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (condition(read())) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > ms || dev?.exitCode !== null) {
        clearInterval(tick);
        reject(new Error(`npm run dev did not get there; its output:\n${read()}`));
      }
    }, 250);
  });
}

it('without a display: one paragraph on how to load the extension, keeps serving, no stack trace, stops on Ctrl+C', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  let output = '';
  dev = spawn('npm', ['run', 'dev'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const read = () => output;

  await waitFor(read, (text) => text.includes('so no browser was opened'), 150_000);
  const paragraph = output.split('\n').find((line) => line.includes('so no browser was opened'))!;
  expect(paragraph).toMatch(/^There is no display here, so no browser was opened\. /);
  expect(paragraph).toContain('.output/chrome-mv3-dev');
  expect(paragraph).toContain('chrome://extensions');

  // Still serving a while later: the dev server did not die with the browser it did not start.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(dev.exitCode).toBeNull();

  // Ctrl+C in a terminal signals the whole foreground group: npm and the dev server under it.
  process.kill(-dev.pid!, 'SIGINT');
  const exited = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(-1), 20_000);
    dev!.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(exited, output).not.toBe(-1);
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toMatch(/ECONNRESET|Unhandled|ERROR/);
}, 200_000);
