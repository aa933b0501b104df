/**
 * The four mark styles and the one palette they are drawn in, everywhere: highlights, overlay boxes and the card
 * on the page, the playground's legend, and the popup and options page (as CSS custom properties, see
 * `kindColorProperties`). Seven checks share four styles, so a writer learns four colours, not seven; which
 * style a check is drawn in is its row in lexicon/checks/catalog.ts.
 */
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';
import type { CheckId, MarkKind } from '../lexicon/types.ts';

export type { MarkKind };

export const MARK_KINDS: readonly MarkKind[] = ['jargon', 'acronym', 'feature-talk', 'wording'];

/** The style a check's marks are drawn in. */
export function markKindOf(check: CheckId): MarkKind {
  return CHECK_CATALOG[check].kind;
}

/** A name for each style, where styles rather than checks are listed (the playground's legend). */
export const KIND_LABELS: Record<MarkKind, string> = {
  jargon: 'IT jargon',
  acronym: 'Unexplained acronym',
  'feature-talk': 'Feature-talk',
  wording: 'Wording',
};

interface KindColor {
  /** The hue on a light background: underlines, the card's accent, text in the popup. Dark enough for text on white. */
  line: string;
  /** The same hue on a dark background (the popup and options page in dark mode). */
  dark: string;
  /** A wash of the hue behind the marked words. */
  fill: string;
  /** How the underline is drawn, so kinds differ by more than colour. */
  style: 'solid' | 'dotted' | 'wavy' | 'dashed';
}

const kind = (line: string, dark: string, style: KindColor['style']): KindColor => ({
  line,
  dark,
  fill: `color-mix(in srgb, ${line} 14%, transparent)`,
  style,
});

/** The palette: amber jargon, violet acronyms, teal feature-talk, rose wording. */
export const KIND_COLORS: Record<MarkKind, KindColor> = {
  jargon: kind('#b45309', '#f0a94e', 'solid'),
  acronym: kind('#6d3fd0', '#b79cff', 'dotted'),
  'feature-talk': kind('#0d7468', '#4fd1bf', 'wavy'),
  wording: kind('#be2f6a', '#ff8fbd', 'dashed'),
};

/**
 * The palette as CSS custom properties for the popup and options page: `--bl-KIND` and `--bl-KIND-soft` on
 * `selector`, light and dark. components/styles.css uses them; the extension pages install them at start.
 */
export function kindColorProperties(selector = '.bl-root'): string {
  const block = (pick: (c: KindColor) => string, surface: string) =>
    MARK_KINDS.map((k) => {
      const ink = pick(KIND_COLORS[k]);
      return `--bl-${k}: ${ink}; --bl-${k}-soft: color-mix(in srgb, ${ink} 14%, ${surface});`;
    }).join(' ');
  return `${selector} { ${block((c) => c.line, '#ffffff')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${block((c) => c.dark, '#1e232c')} } }`;
}
