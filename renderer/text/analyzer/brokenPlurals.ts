// Broken plurals of common news words (مدينة/مدن, دولة/دول): no light stemmer reaches them, since
// the plural changes the word's inside. A small list, kept only because it measured better
// (docs/search.md): a document word whose stem key is one side of a pair is also indexed under
// the other side's key, so either spelling as a query finds both. Words whose plural is also a
// common word of another meaning are left out (عالم/علماء: العالم is "the world"; كاتب/كتاب:
// كتاب is "book"; كتاب/كتب: كتب is also "wrote"; دين/ديون: دين is "religion"; شهر/أشهر: أشهر is
// "most famous"). Each pair was measured by taking it out of the list: a pair whose removal
// raised precision and lost no recall on either quality set went (مصرف/مصارف: مصرفي, "banking").

import { normalizeForSearch } from '../arabicNormalize';
import { readingsOf, type Reading, type ReadingRules } from './readings';
import { isNisba, readingKey } from './stemKeys';

export type PluralPairs = readonly (readonly [string, string])[];

/** Singular and plural, as written; each side is analyzed by the pipeline that uses the list. */
export const BROKEN_PLURALS: PluralPairs = [
  ['مدينة', 'مدن'],
  ['دولة', 'دول'],
  ['بلد', 'بلدان'],
  ['شعب', 'شعوب'],
  ['حزب', 'أحزاب'],
  ['وزير', 'وزراء'],
  ['رئيس', 'رؤساء'],
  ['سوق', 'أسواق'],
  ['سعر', 'أسعار'],
  ['شهر', 'شهور'],
  ['يوم', 'أيام'],
  ['عام', 'أعوام'],
  ['طفل', 'أطفال'],
  ['رجل', 'رجال'],
  ['امرأة', 'نساء'],
  ['شاب', 'شباب'],
  ['طالب', 'طلاب'],
  ['مدرسة', 'مدارس'],
  ['مسجد', 'مساجد'],
  ['كنيسة', 'كنائس'],
  ['مصنع', 'مصانع'],
  ['منزل', 'منازل'],
  ['بيت', 'بيوت'],
  ['شارع', 'شوارع'],
  ['طريق', 'طرق'],
  ['جسر', 'جسور'],
  ['ميناء', 'موانئ'],
  ['بحر', 'بحار'],
  ['نهر', 'أنهار'],
  ['جبل', 'جبال'],
  ['قرية', 'قرى'],
  ['حي', 'أحياء'],
  ['منطقة', 'مناطق'],
  ['مكان', 'أماكن'],
  ['موقع', 'مواقع'],
  ['مشروع', 'مشاريع'],
  ['مصدر', 'مصادر'],
  ['خبر', 'أخبار'],
  ['سفينة', 'سفن'],
  ['جيش', 'جيوش'],
  ['جندي', 'جنود'],
  ['سلاح', 'أسلحة'],
  ['حرب', 'حروب'],
  ['عامل', 'عمال'],
  ['أرض', 'أراضي'],
  ['حق', 'حقوق'],
  ['قانون', 'قوانين'],
  ['شرط', 'شروط'],
  ['نظام', 'أنظمة'],
  ['مجلس', 'مجالس'],
  ['عضو', 'أعضاء'],
  ['زعيم', 'زعماء'],
  ['قائد', 'قادة'],
  ['ملك', 'ملوك'],
  ['أمير', 'أمراء'],
  ['شيخ', 'شيوخ'],
  ['فكرة', 'أفكار'],
  ['سؤال', 'أسئلة'],
  ['مشكلة', 'مشاكل'],
  ['رسالة', 'رسائل'],
  ['وسيلة', 'وسائل'],
  ['ضريبة', 'ضرائب'],
  ['نتيجة', 'نتائج'],
  ['سبب', 'أسباب'],
  ['هدف', 'أهداف'],
  ['بنك', 'بنوك'],
  ['قرض', 'قروض'],
  ['فقير', 'فقراء'],
  ['مريض', 'مرضى'],
  ['طبيب', 'أطباء'],
  ['دواء', 'أدوية'],
  ['صديق', 'أصدقاء'],
  ['ولد', 'أولاد'],
  ['رأي', 'آراء'],
  ['رقم', 'أرقام'],
  ['حدث', 'أحداث'],
  ['درس', 'دروس'],
  ['جهاز', 'أجهزة'],
  ['برنامج', 'برامج'],
  ['حقل', 'حقول'],
  ['سد', 'سدود'],
  ['مطر', 'أمطار'],
  ['ملعب', 'ملاعب'],
  ['نادي', 'أندية'],
  ['فريق', 'فرق'],
  ['بطل', 'أبطال'],
  ['شاعر', 'شعراء'],
  ['قصة', 'قصص'],
  ['مكتب', 'مكاتب'],
  ['صحيفة', 'صحف'],
  ['جريدة', 'جرائد'],
  ['فيلم', 'أفلام'],
  ['صورة', 'صور'],
  ['اسم', 'أسماء'],
  ['فرصة', 'فرص'],
  ['خطة', 'خطط'],
  ['قاعدة', 'قواعد'],
  ['جزيرة', 'جزر'],
  ['عاصمة', 'عواصم'],
  ['وثيقة', 'وثائق'],
  ['سجن', 'سجون'],
  ['أسير', 'أسرى'],
  ['لاجئ', 'لاجئين'],
  ['لغة', 'لغات'],
  ['كلمة', 'كلمات'],
  ['حرف', 'حروف'],
  ['نص', 'نصوص'],
  ['باحث', 'باحثين'],
  ['مقهى', 'مقاهي'],
  ['حصة', 'حصص'],
  ['خطأ', 'أخطاء'],
  ['نموذج', 'نماذج'],
];

const NO_KEYS: string[] = [];
/** Every stem of the lists' words, so that most words skip the lookup. */
const pluralStems = new Set<string>();
const maps = new Map<PluralPairs, Map<string, string[]>>();

/**
 * A reading's entries in the map: its stem key (مكتبة is not مكتب, whose plural is مكاتب), told
 * apart by whether ي came off (مقهى lost its ى; الدولي is no plural). A ه written ه may be the
 * pronoun (طلابه) or ة without its dots (مدرسه): both.
 */
function entries(reading: Reading, { stem, cls, key }: ReturnType<typeof readingKey>): string[] {
  if (isNisba(reading)) return [`${stem}|ي`];
  return cls === 'x' ? [stem, `f~${stem}`] : [key];
}

/** Each side's entry → the other side's stem key, built on first use. */
function mapOf(list: PluralPairs, rules: ReadingRules): Map<string, string[]> {
  const known = maps.get(list);
  if (known !== undefined) return known;
  const map = new Map<string, string[]>();
  const keyOf = (word: string) => {
    const normalized = normalizeForSearch(word).text;
    const spelled = word.endsWith('ة') ? `${normalized.slice(0, -1)}ة` : normalized;
    const reading = readingsOf(spelled, rules)[0]!;
    const keyed = readingKey(reading);
    pluralStems.add(keyed.stem);
    return { entry: entries(reading, keyed)[0]!, key: keyed.key };
  };
  for (const [singular, plural] of list) {
    const one = keyOf(singular);
    const many = keyOf(plural);
    map.set(one.entry, [...(map.get(one.entry) ?? []), many.key]);
    map.set(many.entry, [...(map.get(many.entry) ?? []), one.key]);
  }
  maps.set(list, map);
  return map;
}

/** The stem keys of the other side of a broken plural that a reading is one side of. */
export function brokenPluralKeys(
  reading: Reading,
  keyed: ReturnType<typeof readingKey>,
  list: PluralPairs,
  rules: ReadingRules,
): readonly string[] {
  const map = mapOf(list, rules);
  if (!pluralStems.has(keyed.stem)) return NO_KEYS;
  const found: string[] = [];
  for (const entry of entries(reading, keyed)) for (const key of map.get(entry) ?? NO_KEYS) found.push(key);
  return found;
}
