// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { TextareaField } from '../../../compose/fields/textarea-field.ts';

function setup(value: string) {
  document.body.innerHTML = '<textarea></textarea><div id="layer"></div>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = value;
  const field = new TextareaField(textarea, document.getElementById('layer')!);
  field.read();
  return { textarea, field };
}

function edit(textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  textarea.dispatchEvent(new Event('input'));
}

describe('TextareaField anchors follow edits made after the reading', () => {
  test('typing before a mark moves it; typing after it does not', () => {
    const { textarea, field } = setup('We patched the VPN today.');
    const vpn = field.anchor(15, 18)!;
    edit(textarea, 'Hi. We patched the VPN today.');
    expect(vpn.currentOffsets()).toEqual({ start: 19, end: 22 });
    edit(textarea, 'Hi. We patched the VPN today, finally.');
    expect(vpn.currentOffsets()).toEqual({ start: 19, end: 22 });
  });

  test('an edit inside the marked words drops the mark', () => {
    const { textarea, field } = setup('We patched the VPN today.');
    const vpn = field.anchor(15, 18)!;
    edit(textarea, 'We patched the VXN today.');
    expect(vpn.currentOffsets()).toBeNull();
  });

  test('typing right after and right before the words keeps the mark on them', () => {
    const { textarea, field } = setup('the VPN');
    const vpn = field.anchor(4, 7)!;
    edit(textarea, 'the VPN!');
    expect(vpn.currentOffsets()).toEqual({ start: 4, end: 7 });
    edit(textarea, 'the  VPN!');
    expect(vpn.currentOffsets()).toEqual({ start: 5, end: 8 });
  });

  test('a released anchor stops following', () => {
    const { textarea, field } = setup('the VPN');
    const vpn = field.anchor(4, 7)!;
    vpn.release?.();
    edit(textarea, 'xx the VPN');
    expect(vpn.currentOffsets()).toBeNull();
  });

  test('a replacement is refused when the words under it changed', async () => {
    const { textarea, field } = setup('the VPN');
    const outcome = await field.replace(4, 7, 'SSO', 'sign-in');
    expect(outcome.ok).toBe(false);
    expect(textarea.value).toBe('the VPN');
  });
});

describe('TextareaField tells which text an edit left in place on screen', () => {
  /** A field whose mirror has copied the textarea's styles, as after the first frame that drew its marks. */
  function measured(value: string, style = '') {
    const { textarea, field } = setup(value);
    textarea.setAttribute('style', style);
    field.textBetween(0, 1000);
    field.unmovedBefore();
    return { textarea, field };
  }

  test('nothing edited: nothing moved', () => {
    const { field } = measured('We patched the VPN today.');
    expect(field.unmovedBefore()).toBe(Infinity);
  });

  test('typing on at the end moves nothing before the word being typed, and the answer is taken once', () => {
    const { textarea, field } = measured('We patched the VPN today.');
    edit(textarea, 'We patched the VPN today. Th');
    // Typed straight after "today.", so that word counts as the one typed in.
    expect(field.unmovedBefore()).toBe('We patched the VPN '.length);
    expect(field.unmovedBefore()).toBe(Infinity);
    edit(textarea, 'We patched the VPN today. The');
    expect(field.unmovedBefore()).toBe('We patched the VPN today. '.length);
    // Typing straight after a word: that whole word may wrap onto the next line.
    edit(textarea, 'We patched the VPN today. Then');
    edit(textarea, 'We patched the VPN today. Thenx');
    expect(field.unmovedBefore()).toBe('We patched the VPN today. '.length);
  });

  test('several edits before the question: the earliest counts', () => {
    const { textarea, field } = measured('We patched the VPN today.');
    edit(textarea, 'We patched the VPN today. Then');
    edit(textarea, 'We patched the new VPN today. Then');
    expect(field.unmovedBefore()).toBe('We patched the '.length);
  });

  test('removing text, or lines that are not filled from the left, may move anything', () => {
    const { textarea, field } = measured('We patched the VPN today.');
    edit(textarea, 'We patched the VPN today');
    expect(field.unmovedBefore()).toBe(0);
    const centred = measured('We patched the VPN today.', 'text-align: center');
    edit(centred.textarea, 'We patched the VPN today. Then');
    expect(centred.field.unmovedBefore()).toBe(0);
    const rtl = measured('We patched the VPN today.', 'direction: rtl');
    edit(rtl.textarea, 'We patched the VPN today. Then');
    expect(rtl.field.unmovedBefore()).toBe(0);
  });

  test('before its styles are known, the field claims nothing', () => {
    const { textarea, field } = setup('We patched the VPN today.');
    edit(textarea, 'We patched the VPN today. Then');
    expect(field.unmovedBefore()).toBe(0);
  });
});
