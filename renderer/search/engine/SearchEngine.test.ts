import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../article/canonicalText';
import { parseQuery } from '../../text/analyzer/query';
import { MemoryTextSource } from '../../../tests/support/search/memoryTextSource';
import {
  articleRow as article,
  docOf as doc,
  highlightRow as highlight,
  noteRow as note,
} from '../../../tests/support/search/rows';
import { groupTotal } from './results';
import { SearchEngine, type TextSource } from './SearchEngine';

const SPY_DOC = doc('مقدمة قصيرة.', 'كانت المُخابَرات تعرف كل شيء عن برلين.', 'وفي الحرب الباردة تغيّر كل شيء.');
const CAIRO_DOC = doc('تضم القاهرة مكتبات كثيرة.', 'المخابرات لا تزور المكتبات.');
const SAMPLE = {
  articles: [
    { row: article('a1', 'أسرار المخابرات', { tags: ['تاريخ'] }), doc: SPY_DOC },
    { row: article('a2', 'مكتبات القاهرة', { tags: ['ثقافة'] }), doc: CAIRO_DOC },
  ],
  highlights: [
    highlight('h1', 'a1', 'المُخابَرات تعرف', canonicalText(SPY_DOC).indexOf('المُخابَرات'), { color: 'green' }),
  ],
  notes: [note('n1', 'a1', 'المخابرات في برلين', 'h1'), note('n2', 'a2', 'ملاحظة عن المكتبات')],
};
/** What the database would hold for the sample engine (the texts of later edits are not needed). */
const sampleSource = (): MemoryTextSource => new MemoryTextSource(SAMPLE);
/** For answers that need no text beyond what the engine keeps of the rows it has just indexed. */
const failingSource: TextSource = {
  articleBlocks: () => Promise.reject(new Error('no fetch expected')),
  highlightQuotes: () => Promise.reject(new Error('no fetch expected')),
  noteTexts: () => Promise.reject(new Error('no fetch expected')),
};

const ids = async (engine: SearchEngine, query: string, filters = {}, source: TextSource = sampleSource()) =>
  (await engine.find(parseQuery(query), filters, source)).map((hit) => hit.docId);

function sampleEngine(): SearchEngine {
  const engine = new SearchEngine();
  for (const { row, doc: body } of SAMPLE.articles) engine.putArticle(row, body);
  for (const row of SAMPLE.highlights) engine.putHighlight(row);
  for (const row of SAMPLE.notes) engine.putNote(row);
  return engine;
}

describe('SearchEngine: indexing and finding', () => {
  it('finds titles, blocks, highlights and notes through the analyzer', async () => {
    const engine = sampleEngine();
    expect(new Set(await ids(engine, 'المخابرات'))).toEqual(new Set(['a1#title', 'a1#1', 'a2#1', 'h:h1', 'n:n1']));
  });

  it('ANDs the words and prefix-matches the last one', async () => {
    const engine = sampleEngine();
    expect(await ids(engine, 'المخابرات برل')).toEqual(expect.arrayContaining(['a1#1', 'n:n1']));
    expect(new Set(await ids(engine, 'المخابرات برل'))).toEqual(new Set(['a1#1', 'n:n1']));
  });

  it('ranks an exact form above a shared stem', async () => {
    const engine = new SearchEngine();
    engine.putArticle(article('a', 'عنوان'), doc('مكتبة واحدة هنا', 'المكتبات هنا'));
    expect(await ids(engine, 'المكتبات ')).toEqual(['a#1', 'a#0']);
  });

  it('keeps phrases in order', async () => {
    const engine = new SearchEngine();
    const rows = { row: article('a', 'عنوان'), doc: doc('الحرب الباردة انتهت', 'الباردة ثم الحرب') };
    engine.putArticle(rows.row, rows.doc);
    expect(await ids(engine, '"الحرب الباردة"', {}, new MemoryTextSource({ articles: [rows] }))).toEqual(['a#0']);
  });

  it('finds the same after its postings are merged as before', async () => {
    const engine = sampleEngine();
    engine.putNote(note('n2', 'a2', 'ملاحظة عن برلين', null, { updatedAt: 2 }));
    const queries = ['المخابرات', 'برلين', 'ملاحظة', 'المكتبات ', 'القاه', '"الحرب الباردة"'];
    const before = await Promise.all(queries.map((query) => ids(engine, query)));
    await engine.compact();
    expect(await Promise.all(queries.map((query) => ids(engine, query)))).toEqual(before);
  });

  it('names the indexed terms one edit away from a word, in the base and in the delta', async () => {
    const engine = sampleEngine();
    await engine.compact();
    engine.putNote(note('n3', 'a2', 'المخابرت', null));
    // Replaced, deleted and inserted letters; the word itself and stem keys are left out.
    const near = (word: string) => engine.termsWithinOneEdit(word).map(({ term }) => term);
    expect(near('المخابرات')).toEqual(['المخابرت']);
    expect(near('المخابراث')).toEqual(['المخابرات']);
    expect(near('الخابرات')).toEqual(['المخابرات']);
    expect(near('برليين')).toEqual(['برلين']);
    expect(near('زنجبيل')).toEqual([]);
  });

  it('follows edits and deletions', async () => {
    const engine = sampleEngine();
    engine.putNote(note('n2', 'a2', 'ملاحظة عن برلين', null, { updatedAt: 2 }));
    expect(await ids(engine, 'المكتبات ملاحظة')).toEqual([]);
    expect(await ids(engine, 'ملاحظة برلين')).toEqual(['n:n2']);
    engine.putNote(note('n2', 'a2', 'ملاحظة عن برلين', null, { updatedAt: 3, deletedAt: 3 }));
    expect(await ids(engine, 'ملاحظة')).toEqual([]);
    expect(engine.versionOf('notes', 'n2')).toBe(3);
    engine.removeRow('highlights', 'h1');
    expect(await ids(engine, 'تعرف')).toEqual(['a1#1']);
  });

  it('finds a highlight by its tags, and no longer once a tag is removed', async () => {
    const engine = sampleEngine();
    const spyText = canonicalText(SPY_DOC);
    const at = spyText.indexOf('المُخابَرات');
    engine.putHighlight(highlight('h1', 'a1', 'المُخابَرات تعرف', at, { tags: ['جاسوسية', 'Berlin'], updatedAt: 2 }));
    expect(await ids(engine, 'جاسوسية')).toEqual(['h:h1']);
    expect(await ids(engine, 'berlin')).toEqual(['h:h1']);
    // A tag and a word of the quote together find it too; the snippet is the quote.
    const response = await engine.search({ query: 'جاسوسية تعرف' }, failingSource);
    expect(response.highlights.map((result) => [result.id, result.snippet?.text])).toEqual([['h1', 'المُخابَرات تعرف']]);
    engine.putHighlight(highlight('h1', 'a1', 'المُخابَرات تعرف', at, { tags: ['Berlin'], updatedAt: 3 }));
    expect(await ids(engine, 'جاسوسية')).toEqual([]);
  });

  it('hides everything of a deleted article, and re-indexes only the title when that is all that changed', async () => {
    const engine = sampleEngine();
    const renamed = article('a1', 'ملفات سرية', { updatedAt: 2, tags: ['تاريخ'] });
    expect(engine.articleNeedsBody(renamed)).toBe(false);
    engine.putArticle(renamed);
    expect(await ids(engine, 'سرية')).toEqual(['a1#title']);
    expect(await ids(engine, 'برلين')).toContain('a1#1');

    engine.putArticle(article('a1', 'ملفات سرية', { deletedAt: 3 }));
    expect(await ids(engine, 'برلين')).toEqual([]);
    expect(await ids(engine, 'تعرف')).toEqual([]); // the highlight of a1 goes with it
  });

  it('asks for the body when the text changed', () => {
    const engine = sampleEngine();
    const changed = article('a1', 'أسرار المخابرات', { contentHash: 'other' });
    expect(engine.articleNeedsBody(changed)).toBe(true);
    expect(() => engine.putArticle(changed)).toThrow(/needs its body/);
  });
});

describe('SearchEngine: filters', () => {
  it('by type, colour (notes follow their highlight), tag and article', async () => {
    const engine = sampleEngine();
    expect(await ids(engine, 'المخابرات', { kind: 'note' })).toEqual(['n:n1']);
    expect(new Set(await ids(engine, 'المخابرات', { color: 'green' }))).toEqual(new Set(['h:h1', 'n:n1']));
    expect(await ids(engine, 'المخابرات', { color: 'pink' })).toEqual([]);
    expect(await ids(engine, 'المخابرات', { tag: 'ثقافة' })).toEqual(['a2#1']);
    expect(new Set(await ids(engine, 'المخابرات', { articleId: 'a2' }))).toEqual(new Set(['a2#1']));
  });
});

describe('SearchEngine.search: grouped results', () => {
  it('groups into notes, highlights and one result per article, with marks at original offsets', async () => {
    const response = await sampleEngine().search({ query: 'المخابرات' }, sampleSource());
    expect(response.totals).toEqual({ note: 1, highlight: 1, article: 2 });

    const [spy] = response.articles;
    expect(spy).toMatchObject({ kind: 'article', id: 'a1', articleTitle: 'أسرار المخابرات', matchCount: 2 });
    expect(spy!.titleMarks.map(({ start, end }) => 'أسرار المخابرات'.slice(start, end))).toEqual(['المخابرات']);
    const snippet = spy!.snippet!;
    expect(snippet.marks.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['المُخابَرات']);
    // The hit's place in the canonical text is exactly the word as written.
    expect(canonicalText(SPY_DOC).slice(spy!.at!.start, spy!.at!.end)).toBe('المُخابَرات');

    const [noteResult] = response.notes;
    expect(noteResult).toMatchObject({ kind: 'note', id: 'n1', articleId: 'a1', color: 'green' });
    expect(noteResult!.at).toEqual(response.highlights[0]!.at);
    expect(response.highlights[0]).toMatchObject({ kind: 'highlight', id: 'h1', color: 'green' });
  });

  it('marks a phrase as one stretch', async () => {
    const response = await sampleEngine().search({ query: '"الحرب الباردة"' }, sampleSource());
    const snippet = response.articles[0]!.snippet!;
    expect(snippet.marks.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['الحرب الباردة']);
  });

  it('answers nothing to an empty query', async () => {
    const response = await sampleEngine().search({ query: ' ، ' }, sampleSource());
    expect(response.totals).toEqual({ note: 0, highlight: 0, article: 0 });
  });

  it('limits each group but counts all', async () => {
    const engine = new SearchEngine();
    for (let i = 0; i < 5; i += 1) engine.putArticle(article(`a${i}`, `مقالة ${i}`), doc('نص مشترك'));
    const response = await engine.search({ query: 'مشترك', limit: 2 }, sampleSource());
    expect(response.articles).toHaveLength(2);
    expect(response.totals.article).toBe(5);
  });

  // Indexes a few thousand blocks: ample time for a machine three times slower than a busy one.
  it(
    'counts what it lists when only a sample is ranked: a single note is "1 of 1", never "1 of about 2"',
    {
      timeout: 60_000,
    },
    async () => {
      const engine = new SearchEngine();
      const articles = Array.from({ length: 6_100 }, (_, i) => ({
        row: article(`a${i}`, `مقالة ${i}`),
        doc: doc(`نص مشترك ${i}`),
      }));
      for (const { row, doc: body } of articles) engine.putArticle(row, body);
      const notes = [note('n1', 'a1', 'ملاحظة مشترك وحيدة'), note('n2', 'a2', 'ملاحظة ثانية')];
      for (const row of notes) engine.putNote(row);
      const source = new MemoryTextSource({ articles, highlights: [], notes });
      const response = await engine.search({ query: 'مشترك', limit: 20 }, source);
      expect(response.approximate).toEqual({ note: false, highlight: false, article: true });
      expect(response.articles).toHaveLength(20);
      expect(response.totals.article).toBeGreaterThan(6_000);
    },
  );

  it(
    'samples notes too when a word is in thousands of them: their count is an estimate, "20 of about 6,100"',
    { timeout: 60_000 },
    async () => {
      const engine = new SearchEngine();
      const articles = [{ row: article('a1', 'مقالة'), doc: doc('نص قصير') }];
      for (const { row, doc: body } of articles) engine.putArticle(row, body);
      const notes = Array.from({ length: 6_100 }, (_, i) => note(`n${i}`, 'a1', `ملاحظة مشترك ${i}`));
      for (const row of notes) engine.putNote(row);
      const highlights = [highlight('h1', 'a1', 'مشترك', 0)];
      for (const row of highlights) engine.putHighlight(row);
      const source = new MemoryTextSource({ articles, highlights, notes });
      const response = await engine.search({ query: 'مشترك', limit: 20 }, source);
      expect(response.approximate).toEqual({ note: true, highlight: false, article: false });
      expect(response.notes).toHaveLength(20);
      // A sample of the notes scored, counted times its stride: about all of them, never more.
      expect(response.totals.note).toBeGreaterThan(6_000);
      expect(response.totals.note).toBeLessThanOrEqual(6_100);
      // The one highlight is not thinned by the notes' sample.
      expect(response.totals.highlight).toBe(1);
      expect(response.highlights.map((result) => result.id)).toEqual(['h1']);
    },
  );
});

describe('groupTotal', () => {
  it('counts what a group lists unless it was cut at the limit, and never fewer than it lists', () => {
    expect(groupTotal(1, 1, 20, 2)).toBe(1);
    expect(groupTotal(2, 1, 20, 2)).toBe(1);
    expect(groupTotal(40, 20, 20, 80)).toBe(80);
    expect(groupTotal(40, 20, 20, 10)).toBe(20);
  });
});

async function storeAndRestore(engine: SearchEngine, change?: (parts: string[]) => void): Promise<SearchEngine> {
  const dump = engine.dump('g1');
  const parts = [...dump.parts];
  const manifest = dump.manifest(parts.length);
  change?.(parts);
  return SearchEngine.restore(manifest, async (i) => parts[i]);
}

describe('SearchEngine persistence', () => {
  it('round-trips through its parts, fetching the texts it needs for snippets', async () => {
    const engine = sampleEngine();
    const loaded = await storeAndRestore(engine);
    expect(loaded.documentCount).toBe(engine.documentCount);
    expect(loaded.versionOf('notes', 'n1')).toBe(engine.versionOf('notes', 'n1'));
    expect(loaded.versionOf('notes', 'n1')).toBeDefined();
    const source = sampleSource();
    const response = await loaded.search({ query: 'المخابرات' }, source);
    expect(response).toEqual(await engine.search({ query: 'المخابرات' }, sampleSource()));
    expect(response.totals).toEqual({ note: 1, highlight: 1, article: 2 });
    expect(response.notes[0]!.snippet!.text).toBe('المخابرات في برلين');
    expect(response.notes[0]!.color).toBe('green');
    expect(source.requests.articles).toBe(1);
    // Read once, then kept in the cache.
    await loaded.search({ query: 'المخابرات' }, source);
    expect(source.requests.articles).toBe(1);
    // And it goes on indexing.
    loaded.putNote(note('n9', 'a2', 'ملاحظة بعد الاستعادة'));
    expect(await ids(loaded, 'الاستعادة')).toEqual(['n:n9']);
  });

  it('stores after discards without what they left behind', async () => {
    const engine = sampleEngine();
    engine.putArticle(article('a2', 'مكتبات القاهرة', { deletedAt: 5 }));
    await engine.compact();
    const loaded = await storeAndRestore(engine);
    expect(await ids(loaded, 'المكتبات')).toEqual([]); // a2 and its note are gone
    expect(await ids(loaded, 'برلين')).toEqual(expect.arrayContaining(['a1#1', 'n:n1']));
  });

  it('refuses data it did not write, or not whole', async () => {
    const engine = sampleEngine();
    await expect(SearchEngine.restore('{"layout":999}', async () => '')).rejects.toThrow();
    await expect(SearchEngine.restore('not json', async () => '')).rejects.toThrow();
    await expect(SearchEngine.restore('null', async () => '')).rejects.toThrow();
    await expect(storeAndRestore(engine, (parts) => parts.pop())).rejects.toThrow(/missing|add up/);
    await expect(storeAndRestore(engine, (parts) => (parts[0] = parts[0]!.slice(0, 6)))).rejects.toThrow(/malformed/);
    await expect(storeAndRestore(engine, (parts) => (parts[3] = new ArrayBuffer(8) as never))).rejects.toThrow(
      /malformed/,
    );
    // One flipped bit anywhere is caught by the checksums.
    for (let part = 0; part < 9; part += 1) {
      await expect(
        storeAndRestore(engine, (parts) => {
          const text = parts[part]!;
          const at = text.length >> 1;
          parts[part] =
            text.length === 0
              ? 'x'
              : text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 4) + text.slice(at + 1);
        }),
      ).rejects.toThrow(/checksum|malformed/);
    }
  });
});

describe('SearchEngine: typos and bad input', () => {
  // The engine keeps the texts it has just indexed (texts.ts): a source that holds none will do.
  const emptySource = new MemoryTextSource();
  const engine = () => {
    const built = new SearchEngine();
    built.putArticle(
      article('t', 'اليابان والإمارات'),
      doc('وقّعت طوكيو اتفاقًا في أبوظبي.', 'وفي طوكيو قال الوزير إن المفاوضات مستمرة.'),
    );
    return built;
  };

  it('searches a word of five letters or more that finds nothing for the indexed word one edit away, and says so', async () => {
    const response = await engine().search({ query: 'طوكبو' }, emptySource);
    expect(response.articles.map((result) => result.id)).toEqual(['t']);
    expect(response.correctedQuery).toBe('طوكيو');
  });

  it('keeps the rest of the query as typed in "showing results for"', async () => {
    const response = await engine().search({ query: 'الوزير المفاوضت ' }, emptySource);
    expect(response.correctedQuery).toBe('الوزير المفاوضات');
    expect(response.totals.article).toBe(1);
  });

  it('corrects nothing when every word finds something, or a short word finds nothing', async () => {
    expect((await engine().search({ query: 'طوكيو' }, emptySource)).correctedQuery).toBeNull();
    const short = await engine().search({ query: 'طوكو ' }, emptySource);
    expect(short.correctedQuery).toBeNull();
    expect(short.totals.article).toBe(0);
  });

  it('finds a compound name written as one word or two', async () => {
    const built = engine();
    built.putArticle(article('b', 'مقال'), doc('قال عبد الله إن الاتفاق جيد.'));
    built.putArticle(article('c', 'مقال آخر'), doc('وكتب عبدالله مقالًا.'));
    for (const query of ['عبدالله ', 'عبد الله ']) {
      const response = await built.search({ query }, emptySource);
      expect(response.articles.map((result) => result.id).sort(), query).toEqual(['b', 'c']);
    }
  });

  it('answers a query of only diacritics, tatweel, punctuation or invisible characters with nothing and a notice', async () => {
    for (const query of ['ًٌٍَُّ', 'ــــ', '؟!،.', '\u200f\u00ad\u200d']) {
      const response = await engine().search({ query }, emptySource);
      expect(response.totals, query).toEqual({ note: 0, highlight: 0, article: 0 });
      expect(response.notice, query).toEqual({ kind: 'nothing-to-search' });
    }
    expect((await engine().search({ query: '   ' }, emptySource)).notice).toBeNull();
  });

  it('cuts a 10,000-character query to its limit and says so', async () => {
    const response = await engine().search({ query: `طوكيو ${'ا'.repeat(10_000)}` }, emptySource);
    expect(response.notice).toEqual({ kind: 'shortened', limit: 256 });
  });
});
