import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { placeCard, type Box } from '../../../compose/ui/card-position.ts';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  test('below the words when there is room', () => {
    const place = placeCard([{ left: 100, top: 100, right: 160, bottom: 118 }], { width: 300, height: 200 }, { width: 1200, height: 800 });
    expect(place).toMatchObject({ side: 'below', top: 124, left: 100 });
  });

  test('above the words near the bottom of the screen', () => {
    const place = placeCard([{ left: 100, top: 700, right: 160, bottom: 718 }], { width: 300, height: 200 }, { width: 1200, height: 800 });
    expect(place.side).toBe('above');
    expect(place.top + 200).toBeLessThanOrEqual(700);
  });

  test('never covers the words and stays on screen, wherever they are', () => {
    fc.assert(
      fc.property(
        fc.record({ vw: fc.integer({ min: 320, max: 2000 }), vh: fc.integer({ min: 240, max: 1400 }) }).chain(({ vw, vh }) =>
          fc.record({
            vw: fc.constant(vw),
            vh: fc.constant(vh),
            left: fc.integer({ min: 0, max: vw - 20 }),
            top: fc.integer({ min: 0, max: vh - 20 }),
            w: fc.integer({ min: 4, max: 300 }),
            lines: fc.integer({ min: 1, max: 3 }),
            cw: fc.integer({ min: 200, max: 420 }),
            ch: fc.integer({ min: 80, max: 600 }),
          }),
        ),
        ({ vw, vh, left, top, w, lines, cw, ch }) => {
          const anchor: Box[] = Array.from({ length: lines }, (_, i) => ({
            left: i ? 0 : left,
            top: top + i * 20,
            right: Math.min(vw, left + w),
            bottom: top + i * 20 + 18,
          }));
          const place = placeCard(anchor, { width: cw, height: ch }, { width: vw, height: vh });
          const height = place.maxHeight ?? ch;
          const width = Math.min(cw, vw - 16);
          const card = { left: place.left, top: place.top, right: place.left + width, bottom: place.top + height };
          for (const line of anchor) expect(overlaps(card, line)).toBe(false);
          expect(card.left).toBeGreaterThanOrEqual(0);
          expect(card.right).toBeLessThanOrEqual(vw);
          expect(card.top).toBeGreaterThanOrEqual(0);
          expect(card.bottom).toBeLessThanOrEqual(vh);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
