// highlights.reanchor_2000_ms: re-anchor 2,000 highlights after a 1 MB article changed in 50
// places. Baseline, same run: the naive approach, one whole-text indexOf per quote (which
// also finds less: it has no context or fuzzy step). Pure computation, so it runs in Node's V8.

import { anchorQuote } from '../../renderer/highlights/anchorQuote';
import { median, round, type Benchmark } from './harness';
import { reanchorScenario } from './reanchorFixture';

export const reanchor: Benchmark = {
  name: 'highlights.reanchor',
  async run({ runs }, report) {
    const { edited, highlights } = reanchorScenario();
    const ours: number[] = [];
    const naive: number[] = [];
    let placed = 0;
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      placed = 0;
      for (const highlight of highlights) if (anchorQuote(edited, highlight) !== null) placed += 1;
      ours.push(performance.now() - start);
      start = performance.now();
      let found = 0;
      for (const highlight of highlights) if (edited.indexOf(highlight.exact) !== -1) found += 1;
      naive.push(performance.now() - start);
      if (found < 0) throw new Error('unreachable');
    }
    const value = median(ours);
    const baseline = median(naive);
    report({
      bench: 'highlights.reanchor_2000_ms',
      value: round(value),
      unit: 'ms',
      runs,
      placed,
      orphans: highlights.length - placed,
      baseline: 'naive whole-text indexOf per quote',
      baseline_ms: round(baseline),
      ratio: round(value / baseline),
    });
  },
};
