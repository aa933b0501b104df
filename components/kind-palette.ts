/** Installs the one mark palette (compose/mark-kinds.ts) as CSS custom properties in an extension page. */
import { kindColorProperties } from '../compose/mark-kinds.ts';

export function installKindPalette(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.blPalette = '';
  style.textContent = kindColorProperties();
  doc.head.append(style);
}
