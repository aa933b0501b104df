/**
 * The playground: a compose box to try Business Lens without a mail account. Content scripts do not run
 * on extension pages, so this page mounts the same page integration itself, with the same dependencies
 * as the content script, and answers the popup like a content script would.
 */
import { mountComposeIntegration, NEXT_MARK_SHORTCUT } from '../../compose/index.ts';
import { KIND_COLORS, KIND_LABELS, MARK_KINDS } from '../../compose/mark-kinds.ts';
import { createComposeDeps } from '../../extension/compose-deps.ts';
import { answerPopupRequest, isPopupRequest } from '../../extension/compose-requests.ts';
import { listenForMessages } from '../../extension/message-listener.ts';
import { answerWinWords } from '../../extension/win-words.ts';
import { isBusinessLensMessage } from '../../extension/messages.ts';
import { rewriteForCard } from '../../extension/sentence-rewrites.ts';
import { inspectableForTests } from '../../extension/e2e-inspection.ts';
import { reportFocusedBoxes } from '../../extension/focused-frame.ts';
import { getSettings, withDefaults } from '../../extension/settings.ts';
import { SAMPLE_PARAGRAPHS } from './sample.ts';

const LEGEND: Record<(typeof MARK_KINDS)[number], string> = {
  jargon: 'an IT term a business reader may not know',
  acronym: 'an abbreviation the message never spells out',
  'feature-talk': 'says what IT did, not what it does for the reader',
  wording: 'wording that distances or undersells',
};

/** Fills the body with the sample, as paragraphs a mail editor would make. */
function fillSample(body: HTMLElement): void {
  body.replaceChildren(
    ...SAMPLE_PARAGRAPHS.flatMap((text, index) => {
      const line = document.createElement('div');
      line.textContent = text;
      const blank = document.createElement('div');
      blank.append(document.createElement('br'));
      // A blank line after the greeting and each paragraph, none inside the sign-off.
      return index === 0 || index === 1 || index === 2 ? [line, blank] : [line];
    }),
  );
}

function renderLegend(list: HTMLElement): void {
  list.replaceChildren(
    ...MARK_KINDS.map((kind) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.textContent = KIND_LABELS[kind];
      const colors = KIND_COLORS[kind];
      swatch.style.background = colors.fill;
      // Drawn as the marks are: an underline of the kind's style and colour.
      swatch.style.textDecoration = `underline ${colors.style} ${colors.line} 2px`;
      const text = document.createElement('span');
      text.textContent = LEGEND[kind];
      item.append(swatch, text);
      return item;
    }),
  );
}

async function start(): Promise<void> {
  const body = document.getElementById('body')!;
  fillSample(body);
  renderLegend(document.getElementById('legend')!);
  document.getElementById('shortcut')!.textContent = NEXT_MARK_SHORTCUT.label;
  document.getElementById('reset')!.addEventListener('click', () => {
    fillSample(body);
    body.focus();
  });

  const [settings, inspectable] = await Promise.all([getSettings().catch(() => withDefaults(null)), inspectableForTests()]);
  const { deps } = createComposeDeps(settings, { rewrite: rewriteForCard });
  const handle = mountComposeIntegration(document, deps, { inspectable });
  listenForMessages((message) => {
    if (!isBusinessLensMessage(message)) return undefined;
    if (message.type === 'bl/next-mark') {
      handle.nextMark();
      return undefined;
    }
    // The "log a win" command works here as on a mail site.
    if (message.type === 'bl/win-words') return answerWinWords(handle);
    // Only the popup's requests get an answer; anything else (the card's rewrite requests) is the background's.
    return isPopupRequest(message) ? answerPopupRequest(message, { handle, host: location.host }) : undefined;
  });
  // The update page can insert its draft into the playground's box, as into any compose box the user focused last.
  reportFocusedBoxes(document);
}

void start();
