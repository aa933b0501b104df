/**
 * The weekly reminder's controls on Your update: on or off, which day, what time. Off until the user turns it on;
 * turning it on asks the browser for the one permission it needs (Chromium's `alarms`) from the click itself, and a
 * refusal leaves it off and says so. Turning it off gives the permission back (extension/reminder.ts).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { WEEKDAYS, isTimeOfDay, reminderMessage, type Weekday } from '../../lexicon/update/index.ts';
import type { ReminderSetting } from '../../extension/settings.ts';
import type { ReminderOutcome } from '../../extension/reminder.ts';

export interface ReminderServices {
  /** The setting as stored, and whether this browser lets it run (false when it arrived by sync without the permission). */
  read(): Promise<{ setting: ReminderSetting; allowed: boolean }>;
  /** Asks for the permission first, so it must be called straight from the click. */
  turnOn(choice: Omit<ReminderSetting, 'on'>): Promise<ReminderOutcome>;
  turnOff(choice: Omit<ReminderSetting, 'on'>): Promise<void>;
  /** A new day or time, kept whether the reminder is on or off. */
  change(choice: ReminderSetting): Promise<void>;
  /** True where turning it on asks the browser for a permission (Chromium); Firefox asks for none. */
  asksPermission: boolean;
}

const dayName = (day: number) => WEEKDAYS.find((d) => d.day === day)?.label ?? 'Friday';

export function ReminderPanel({ services }: { services: ReminderServices }) {
  const id = useId();
  const [setting, setSetting] = useState<ReminderSetting>();
  const [allowed, setAllowed] = useState(true);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    services.read().then(
      (read) => {
        setSetting(read.setting);
        setAllowed(read.allowed);
      },
      () => setSetting({ on: false, day: 5, time: '15:00' }),
    );
  }, [services]);

  if (!setting) return <p class="bl-options__muted">Reading…</p>;
  const on = setting.on && allowed;
  const choice = { day: setting.day, time: setting.time };

  function toggle(wanted: boolean) {
    setMessage(undefined);
    setBusy(true);
    if (wanted) {
      // The permission prompt must open inside the click: the request is the first thing this does.
      void services.turnOn(choice).then((outcome) => {
        setBusy(false);
        if (!outcome.ok) return setMessage({ tone: 'error', text: outcome.reason });
        setAllowed(true);
        setSetting({ ...choice, on: true });
        setMessage({ tone: 'info', text: `On: every ${dayName(choice.day)} at ${choice.time}.` });
      });
    } else {
      void services.turnOff(choice).then(
        () => {
          setBusy(false);
          setSetting({ ...choice, on: false });
          setMessage({ tone: 'info', text: 'Off. No reminder will show.' });
        },
        (error: unknown) => {
          setBusy(false);
          setMessage({ tone: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
        },
      );
    }
  }

  function change(next: Omit<ReminderSetting, 'on'>) {
    if (!isTimeOfDay(next.time)) return;
    const value = { ...setting!, ...next };
    setSetting(value);
    services
      .change(value)
      .catch((error: unknown) =>
        setMessage({ tone: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` }),
      );
  }

  return (
    <div class="bl-update__reminder">
      <div class="bl-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        <span class="bl-switch__text">
          <label for={id}>Remind me each week to compose my update</label>
          <span class="bl-options__muted bl-switch__hint" id={`${id}-hint`}>
            At the time you pick, the Business Lens button shows how many wins you logged that week (“{reminderMessage(3)}”). Opening the
            popup or this page clears it.{' '}
            {services.asksPermission
              ? 'Turning it on lets Business Lens set one alarm (your browser’s “alarms” permission); turning it off gives that back.'
              : 'It needs no extra permission.'}
          </span>
        </span>
      </div>
      {setting.on && !allowed && (
        <p class="bl-options__notice" role="status">
          The reminder is on in your synced settings, but this browser has not allowed its alarm yet. Turn it on here to allow it.
        </p>
      )}
      <div class="bl-update__reminder-when">
        <label class="bl-field">
          <span>Day</span>
          <select
            class="bl-input"
            value={String(setting.day)}
            onChange={(e) => change({ ...choice, day: Number(e.currentTarget.value) as Weekday })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d.day} value={String(d.day)}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <label class="bl-field">
          <span>Time</span>
          <input type="time" class="bl-input" value={setting.time} onChange={(e) => change({ ...choice, time: e.currentTarget.value })} />
        </label>
      </div>
      {message && (
        <p
          class={message.tone === 'error' ? 'bl-field__error' : 'bl-options__success'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
