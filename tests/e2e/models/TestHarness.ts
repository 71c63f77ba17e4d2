// The test harness page (tests/harness): the app's own modules on the app's origin, called by
// name from the tests. It shares the app's IndexedDB, so it can seed, inspect and wipe it.

import type { Page } from '@playwright/test';
import type { HamishTestApi } from '../../harness/harness';
import { HARNESS_PATH } from '../../support/buildHarness';

type Api = HamishTestApi;

export class TestHarness {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}${HARNESS_PATH}/index.html`);
    await this.page.waitForFunction(() => document.body.dataset['ready'] === 'true');
    return this;
  }

  call<K extends keyof Api>(
    name: K,
    ...args: Api[K] extends (...params: infer P) => unknown ? P : never
  ): Promise<Api[K] extends (...params: never[]) => infer R ? Awaited<R> : never> {
    return this.page.evaluate(
      ({ name, args }) => {
        const fn = window.hamishTest![name] as (...params: unknown[]) => unknown;
        return fn(...args);
      },
      { name, args: args as unknown[] },
    ) as never;
  }
}
