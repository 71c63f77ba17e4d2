import { describe, expect, it } from 'vitest';
import { minutesLeft, readingMinutes, wordsPerMinute } from './readingSpeed';
import { DEFAULT_SETTINGS, settingOrDefault } from './settings';

const speeds = { readingSpeedArabic: 140, readingSpeedOther: 230 };

describe('reading speed', () => {
  it('takes the Arabic-script speed for Arabic, Persian and Urdu, the other for the rest', () => {
    expect(wordsPerMinute('ar', speeds)).toBe(140);
    expect(wordsPerMinute('ar-EG', speeds)).toBe(140);
    expect(wordsPerMinute('fa', speeds)).toBe(140);
    expect(wordsPerMinute('ur_PK', speeds)).toBe(140);
    expect(wordsPerMinute('en', speeds)).toBe(230);
    expect(wordsPerMinute('he', speeds)).toBe(230);
    expect(wordsPerMinute('', speeds)).toBe(230);
  });

  it('gives whole minutes, at least one to read and none left only at the end', () => {
    expect(readingMinutes(0, 230)).toBe(1);
    expect(readingMinutes(1400, 140)).toBe(10);
    expect(minutesLeft(1400, 0.5, 140)).toBe(5);
    expect(minutesLeft(1400, 0.99, 140)).toBe(1);
    expect(minutesLeft(1400, 1, 140)).toBe(0);
    expect(minutesLeft(1400, -3, 140)).toBe(10);
  });

  it('keeps the default for a stored speed outside 60–600 or not a whole number', () => {
    expect(DEFAULT_SETTINGS.readingSpeedArabic).toBe(140);
    expect(settingOrDefault('readingSpeedArabic', 59)).toBe(140);
    expect(settingOrDefault('readingSpeedOther', 601)).toBe(230);
    expect(settingOrDefault('readingSpeedOther', 250.5)).toBe(230);
    expect(settingOrDefault('readingSpeedOther', '250')).toBe(230);
    expect(settingOrDefault('readingSpeedOther', 600)).toBe(600);
    expect(settingOrDefault('readingSpeedArabic', 60)).toBe(60);
  });
});
