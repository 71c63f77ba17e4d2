// The app's icons: one vocabulary, drawn from Lucide (lucide-react, bundled and tree-shaken:
// only the icons named here reach the build, and nothing is fetched). Every icon is hidden from
// assistive technology: a control that shows one also has a text name, visible or as its
// accessible name. Icons that point along the reading direction (back, forward) are mirrored in
// a right-to-left UI by CSS (`.icon-directional`), so "back" points to where the reading came from.

import {
  ALargeSmall,
  ArrowLeft,
  ChevronDown,
  ChevronUp,
  Highlighter,
  Keyboard,
  ListTree,
  Search,
  Settings,
  X,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';

const ICONS = {
  up: ChevronUp,
  down: ChevronDown,
  close: X,
  back: ArrowLeft,
  contents: ListTree,
  find: Search,
  highlights: Highlighter,
  textSettings: ALargeSmall,
  shortcuts: Keyboard,
  settings: Settings,
} as const satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof ICONS;

/** Icons drawn along the inline axis, flipped in a right-to-left UI. */
const DIRECTIONAL: ReadonlySet<IconName> = new Set(['back']);

export function Icon({ name }: { name: IconName }): ReactNode {
  const Drawn = ICONS[name];
  return (
    <Drawn
      className={DIRECTIONAL.has(name) ? 'icon icon-directional' : 'icon'}
      size="1.15em"
      strokeWidth={2}
      aria-hidden="true"
      focusable="false"
    />
  );
}
