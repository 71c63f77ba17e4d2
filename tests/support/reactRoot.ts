// One React root in jsdom for the tests of a hook or a component: mounted in a fresh container
// before each test and unmounted after it, with React's act() environment on (without it React
// warns on every update) and, when asked, fake timers that are put back after the test.

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, vi } from 'vitest';

export interface TestRoot {
  /** The root of the running test; read it inside a test, not at module load. */
  readonly root: Root;
  /** The element the root renders into, attached to the document. */
  readonly container: HTMLElement;
}

export function mountTestRoot(options: { fakeTimers?: boolean } = {}): TestRoot {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    if (options.fakeTimers === true) vi.useFakeTimers();
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    root = undefined;
    container = undefined;
    if (options.fakeTimers === true) vi.useRealTimers();
  });
  return {
    get root() {
      if (root === undefined) throw new Error('mountTestRoot: the root exists only while a test runs');
      return root;
    },
    get container() {
      if (container === undefined) throw new Error('mountTestRoot: the container exists only while a test runs');
      return container;
    },
  };
}
