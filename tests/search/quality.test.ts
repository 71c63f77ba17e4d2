// The quality set keeps the analyzer honest: every expected hit found, few unexpected ones,
// and the ؤ/ئ choice of ANALYZER_OPTIONS still the one the figures support.

import { describe, expect, it } from 'vitest';
import { ANALYZER_OPTIONS, type HamzaCarriers } from '../../renderer/text/analyzer/analyze';
import { loadCorpus, loadQueries } from './corpus';
import { evaluateAnalyzer, evaluateBaseline, type QualityReport } from './quality';

const corpus = loadCorpus();
const queries = loadQueries();

function describeMisses(report: QualityReport): string {
  return report.outcomes
    .filter((outcome) => outcome.missing.length > 0)
    .map((outcome) => `${outcome.query}: missing ${outcome.missing.join(', ')}`)
    .join('\n');
}

describe('search quality set', () => {
  it('has at least 40 Arabic queries covering what the issue lists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(queries.flatMap((query) => query.covers));
    for (const topic of [
      'diacritics',
      'alef-hamza',
      'alef-madda',
      'alef-maqsura',
      'taa-marbuta',
      'tatweel',
      'prefix-ال',
      'prefix-و',
      'prefix-ب',
      'prefix-ك',
      'prefix-ف',
      'prefix-لل',
      'suffix-ات',
      'suffix-ون',
      'suffix-ين',
      'suffix-ها',
      'suffix-ية',
      'mixed',
      'digits',
      'phrase',
      'and',
      'prefix',
      'hamza-carrier',
      'masculine-feminine',
      'nisba',
    ]) {
      expect(covered, topic).toContain(topic);
    }
  });

  it('finds every expected hit, with few unexpected ones', async () => {
    const report = await evaluateAnalyzer(corpus, queries);
    expect(report.recall, describeMisses(report)).toBe(1);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('ships the ؤ/ئ handling with the best recall, and the best precision among those', async () => {
    const reports = new Map<HamzaCarriers, QualityReport>();
    for (const hamzaCarriers of ['keep', 'fold', 'index-both'] as const) {
      reports.set(hamzaCarriers, await evaluateAnalyzer(corpus, queries, { ...ANALYZER_OPTIONS, hamzaCarriers }));
    }
    const bestRecall = Math.max(...[...reports.values()].map((report) => report.recall));
    const candidates = [...reports].filter(([, report]) => report.recall === bestRecall);
    const [best] = candidates.sort(([, a], [, b]) => b.precision - a.precision)[0]!;
    expect(ANALYZER_OPTIONS.hamzaCarriers).toBe(best);
  });

  it('does much better than MiniSearch with its default tokenizer', async () => {
    const ours = await evaluateAnalyzer(corpus, queries);
    const baseline = evaluateBaseline(corpus, queries);
    expect(baseline.recall).toBeLessThan(0.6);
    expect(ours.recall).toBeGreaterThan(baseline.recall);
  });
});
