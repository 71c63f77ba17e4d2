import { generateSearchCorpus, BENCH_SIZES } from './bench/searchCorpus';
import { SearchEngine, type TextSource } from '../renderer/search/engine/SearchEngine';
import { parseQuery } from '../renderer/search/analyzer/query';
const scale = Number(process.argv[2] ?? 0.5);
const c = generateSearchCorpus(2026, { ...BENCH_SIZES, articles: Math.round(1000 * scale), highlights: Math.round(20000 * scale), notes: Math.round(10000 * scale), extraArticles: 0 });
const e = new SearchEngine();
for (const a of c.articles) e.putArticle(a.row, a.doc);
for (const h of c.highlights) e.putHighlight(h);
for (const n of c.notes) e.putNote(n);
const src = {} as TextSource;
for (const q of process.argv.slice(3)) {
  for (let i = 0; i < 20; i++) { await e.search({ query: q }, src); await e.find(parseQuery(q), {}, src); }
  const s: number[] = [], f: number[] = [];
  for (let i = 0; i < 21; i++) { let t = performance.now(); await e.search({ query: q }, src); s.push(performance.now() - t); t = performance.now(); await e.find(parseQuery(q), {}, src); f.push(performance.now() - t); }
  s.sort((a, b) => a - b); f.sort((a, b) => a - b);
  const r = await e.search({ query: q }, src);
  console.log(q, 'search', s[10]!.toFixed(2), 'find', f[10]!.toFixed(2), JSON.stringify(r.totals), r.approximate, parseQuery(q).terms.map(t=>t.term+'/'+t.stem+(t.prefix?'*':'')).join(' '));
}
