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
