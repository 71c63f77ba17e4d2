import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../article/canonicalText';
import { addArticle, libraryArticles } from '../db/articles';
import { HamishDb } from '../db/HamishDb';
import { seedWelcomeIfEmpty, welcomeArticle } from './welcomeArticle';

describe('welcome article', () => {
  it('exists in Arabic and English, right-to-left and left-to-right, with sections and mixed scripts', () => {
    const ar = welcomeArticle('ar');
    expect(ar.title).toBe('مرحبًا بك في هامش');
    expect(ar.doc.dir).toBe('rtl');
    expect(ar.doc.blocks.filter((block) => block.kind === 'heading').length).toBeGreaterThanOrEqual(4);
    expect(canonicalText(ar.doc)).toMatch(/[A-Za-z]+/);
    expect(canonicalText(ar.doc)).toMatch(/[0-9]/);
    const en = welcomeArticle('en');
    expect(en.title).toBe('Welcome to Hamish');
    expect(en.doc.dir).toBe('ltr');
    // Both tell how to import, highlight, note and search.
    expect(canonicalText(en.doc)).toMatch(/paste[\s\S]*highlight[\s\S]*note[\s\S]*search/i);
  });

  it('is added once to an empty library, and not again after it was deleted', async () => {
    const db = new HamishDb('welcome-once');
    const id = await seedWelcomeIfEmpty(db, 'ar');
    // The same id on every device, so devices that sync share one welcome article.
    expect(id).toBe('welcome-ar');
    expect(await seedWelcomeIfEmpty(db, 'ar')).toBeNull();
    expect(await db.articles.count()).toBe(1);
    expect((await db.bodies.get(id!))!.doc.lang).toBe('ar');
    await db.articles.update(id!, { deletedAt: Date.now() });
    expect(await seedWelcomeIfEmpty(db, 'ar')).toBeNull();
    expect(await libraryArticles(db)).toEqual([]);
    db.close();
  });

  it('is not added to a library that already has articles', async () => {
    const db = new HamishDb('welcome-not-empty');
    await addArticle(db, { ...welcomeArticle('en'), title: 'Mine', source: 'paste' });
    expect(await seedWelcomeIfEmpty(db, 'en')).toBeNull();
    expect((await libraryArticles(db)).map((article) => article.title)).toEqual(['Mine']);
    db.close();
  });
});
