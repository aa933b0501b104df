// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { luminance, parseColour, themeBehind } from '../../../compose/ui/page-theme.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('the page theme behind a card', () => {
  it('reads the colours getComputedStyle gives', () => {
    expect(parseColour('rgb(30, 35, 44)')).toEqual({ r: 30, g: 35, b: 44, a: 1 });
    expect(parseColour('rgba(255, 255, 255, 0.5)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseColour('transparent')!.a).toBe(0);
    expect(parseColour('color(srgb 1 1 1)')).toBeNull();
    expect(luminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });

  it('is dark behind words on a dark compose box, whatever the page around it', () => {
    document.body.innerHTML =
      '<main style="background: #ffffff"><div style="background: rgb(32, 33, 36)"><p id="w">We patched it.</p></div></main>';
    expect(themeBehind(document.getElementById('w'), document)).toBe('dark');
  });

  it('is light behind words on a light box inside a dark page', () => {
    document.body.style.background = 'rgb(20, 20, 20)';
    document.body.innerHTML = '<div style="background: rgb(250, 250, 250)"><p id="w">We patched it.</p></div>';
    expect(themeBehind(document.getElementById('w'), document)).toBe('light');
  });

  it('skips backgrounds too transparent to set the tone', () => {
    document.body.style.background = 'rgb(15, 15, 15)';
    document.body.innerHTML = '<div style="background: rgba(255, 255, 255, 0.1)"><p id="w">We patched it.</p></div>';
    expect(themeBehind(document.getElementById('w'), document)).toBe('dark');
  });
});
