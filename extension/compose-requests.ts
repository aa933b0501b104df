/**
 * Answers the popup's requests (`PopupRequest`) from a page that runs the compose integration: the content
 * script and the playground share this, so the popup sees the same thing on both.
 */
import type { ApplyOutcome, DraftTargetState, PopupRequest, TabState } from './messages.ts';
import type { ComposeHandle } from '../compose/types.ts';

export interface ComposeRequestContext {
  /** The running integration, or null when Business Lens is off on this site. */
  handle: ComposeHandle | null;
  /** The page's host, for the popup's "enable on this site" wording. */
  host?: string;
}

const POPUP_REQUESTS = new Set<string>([
  'bl/get-state',
  'bl/apply',
  'bl/ignore',
  'bl/insert',
  'bl/resume-message',
  'bl/draft-target',
  'bl/insert-draft',
]);

/**
 * Whether a message is one of the popup's requests. Listeners must answer only those: a listener that
 * answers (even with undefined) every message would swallow requests meant for the background.
 */
export function isPopupRequest(message: unknown): message is PopupRequest {
  return typeof message === 'object' && message !== null && POPUP_REQUESTS.has((message as { type?: unknown }).type as string);
}

/** The answer of a page where Business Lens is switched off. */
export const SITE_OFF: ApplyOutcome = { ok: false, reason: 'Business Lens is switched off on this site.' };

/** The answer to one popup request; undefined for messages that are not popup requests. */
export async function answerPopupRequest(
  request: PopupRequest,
  context: ComposeRequestContext,
): Promise<TabState | ApplyOutcome | DraftTargetState | undefined> {
  const { handle, host } = context;
  switch (request.type) {
    case 'bl/get-state': {
      if (!handle) return { state: 'site-off', host };
      const snapshot = handle.snapshot();
      return { state: snapshot.status, text: snapshot.text, result: snapshot.result, held: snapshot.held, host };
    }
    case 'bl/apply':
      if (!handle) return SITE_OFF;
      return handle.apply(request.replacement);
    case 'bl/ignore':
      if (!handle) return SITE_OFF;
      return handle.ignore(request.findingId) ? { ok: true } : { ok: false, reason: 'That suggestion is no longer there.' };
    case 'bl/insert':
      if (!handle) return SITE_OFF;
      return handle.insert(request.text);
    case 'bl/draft-target':
      return { target: !handle ? 'site-off' : handle.hasFocusedBox() ? 'ready' : 'gone' };
    case 'bl/insert-draft':
      if (!handle) return SITE_OFF;
      return handle.insertParagraphs(request.text);
    case 'bl/resume-message':
      handle?.resumeMessage();
      return { ok: true };
    default:
      return undefined;
  }
}
