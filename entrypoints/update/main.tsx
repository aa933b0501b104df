/** The "Your update" page: mounts the update app with the real analysis core, storage, clipboard and compose boxes. */
import { render } from 'preact';
import { UpdateApp } from '../../components/update/UpdateApp.tsx';
import type { UpdateServices } from '../../components/update/engine.ts';
import { updateEngine } from './engine.ts';
import { findComposeTarget, insertIntoComposeBox, watchComposeTarget } from '../../extension/compose-target.ts';
import type { ReminderServices } from '../../components/update/ReminderPanel.tsx';
import type { ShortcutServices } from '../../components/update/ShortcutNote.tsx';
import { getSettings, updateSettings } from '../../extension/settings.ts';
import { REMINDER_PERMISSIONS, clearReminder, reminderAllowedHere, turnReminderOff, turnReminderOn } from '../../extension/reminder.ts';
import { getLogWinShortcut, openShortcutSettings } from '../../extension/user-sites.ts';
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

const reminder: ReminderServices = {
  read: async () => ({ setting: (await getSettings()).reminder, allowed: await reminderAllowedHere() }),
  turnOn: (choice) => turnReminderOn(choice),
  turnOff: (choice) => turnReminderOff(choice),
  change: async (setting) => void (await updateSettings({ reminder: setting })),
  asksPermission: REMINDER_PERMISSIONS.length > 0,
};
const shortcuts: ShortcutServices = { getLogWinShortcut, openShortcutSettings };

render(
  <UpdateApp engine={updateEngine} services={services} save={save} reminder={reminder} shortcuts={shortcuts} />,
  document.getElementById('app')!,
);
// Opening Your update is seeing the weekly reminder: it leaves the toolbar button until next week.
void clearReminder().catch(() => undefined);
