/** The "Your update" page: mounts the update app with the real analysis core, storage, clipboard and compose boxes. */
import { render } from 'preact';
import { UpdateApp } from '../../components/update/UpdateApp.tsx';
import type { UpdateServices } from '../../components/update/engine.ts';
import { updateEngine } from './engine.ts';
import { findComposeTarget, insertIntoComposeBox, watchComposeTarget } from '../../extension/compose-target.ts';
import '../../components/styles.css';
import '../../components/options/options.css';
import '../../components/update/update.css';

const services: UpdateServices = {
  copy: async (plain, html) => {
    if (html && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([plain], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    } else await navigator.clipboard.writeText(plain);
  },
  composeTarget: findComposeTarget,
  watchComposeTarget,
  insertIntoComposeBox,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

function save(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

render(<UpdateApp engine={updateEngine} services={services} save={save} />, document.getElementById('app')!);
