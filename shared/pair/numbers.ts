// Numbers and dates, normalised so that the same fact written in English and French gives the
// same keys: "24 March 2021" = "March 24, 2021" = "24 mars 2021" = "24.03.2021" → date --03-24
// plus number 2021 (so "April 24" in one document meets "24 avril 2024" in the other);
// "1,000" = "1 000" = "1.000" → 1000, "3.5" = "3,5".
import { fold } from './text.js';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sept: 9,
  sep: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};
// Month names alone ("in November", "en novembre") are weak evidence; short forms and words
// that are also common words ("may", "mars", "mar") only count next to a number.
const MONTH_ALONE = new Set([
  'january',
  'janvier',
  'february',
  'fevrier',
  'march',
  'april',
  'avril',
  'june',
  'juin',
  'july',
  'juillet',
  'august',
  'aout',
  'september',
  'septembre',
  'october',
  'octobre',
  'november',
  'novembre',
  'december',
  'decembre',
]);
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  lundi: 1,
  tuesday: 2,
  mardi: 2,
  wednesday: 3,
  mercredi: 3,
  thursday: 4,
  jeudi: 4,
  friday: 5,
  vendredi: 5,
  saturday: 6,
  samedi: 6,
  sunday: 7,
  dimanche: 7,
};

/** Month and weekday names: calendar evidence, not names, even when capitalised. */
export function isCalendarWord(folded: string): boolean {
  return folded in MONTHS || folded in WEEKDAYS;
}

const MONTH_RE = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th|er|e)?';
const RANGE_RE = '\\s*(?:to|and|au|et|-|–)\\s*';
const YEAR_RE = '(?:,?\\s+(\\d{4}))?';
// 24 (to 26) March (2021) · 1er avril 2024 · du 24 au 26 avril
const DAY_MONTH = new RegExp(`\\b${DAY_RE}(?:${RANGE_RE}${DAY_RE})?\\s+${MONTH_RE}${YEAR_RE}(?!\\d)`, 'g');
// March 24(, 2021) · April 24 to 26
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE}(?:${RANGE_RE}${DAY_RE})?(?!\\d)${YEAR_RE}(?!\\d)`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})(?!\\d)`, 'g');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d])/g;
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,\u00A0\u202F ]\d+)*/gu;
const WORDS = /\p{L}+/gu;

const pad = (n: number): string => String(n).padStart(2, '0');

function dayKeys(out: string[], month: number, days: Array<string | undefined>): void {
  if (month < 1 || month > 12) return;
  for (const d of days) {
    if (d === undefined) continue;
    const day = Number(d);
    if (day < 1 || day > 31) continue;
    // One key per date (its year is counted with the numbers), so a date shared by two
    // unrelated articles of the same day weighs like one shared figure, not four.
    out.push(`--${pad(month)}-${pad(day)}`);
  }
}

/** Parses one digit run with separators into normalised numbers ("1 000,5" → "1000.5"). */
function parseNumberRun(run: string, out: string[]): void {
  const parts = run.split(/([.,\u00A0\u202F ])/);
  let cur = parts[0] ?? '';
  let decimal = false;
  let grouped = false;
  const flush = (): void => {
    if (cur) out.push(normaliseNumber(cur));
    cur = '';
    decimal = false;
    grouped = false;
  };
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const sep = parts[i] as string;
    const digits = parts[i + 1] as string;
    const space = sep !== '.' && sep !== ',';
    const headOk = grouped || cur.length <= 3;
    if (!decimal && digits.length === 3 && headOk) {
      cur += digits; // thousands separator
      grouped = true;
    } else if (!space && !decimal) {
      cur += `.${digits}`;
      decimal = true;
    } else {
      flush();
      cur = digits;
    }
  }
  flush();
}

function normaliseNumber(s: string): string {
  const [int = '', frac] = s.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac?.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

export interface NumberFeatures {
  /** Normalised numbers, years included (integers below 10 are dropped: too common to tell stories apart). */
  numbers: string[];
  /** Dates: --MM-DD (day and month; the year goes to `numbers`), YYYY-MM for "March 2021". */
  dates: string[];
  /** Month (1–12) and weekday (1–7) mentions as "month:3", "weekday:3". */
  calendar: string[];
}

export function extractNumbers(text: string): NumberFeatures {
  let t = fold(text);
  const dates: string[] = [];
  const years: string[] = [];
  // Blank what a date consumed, keeping its year for the number pass.
  const blank = (m: string, year?: string): string => {
    if (year) years.push(year);
    return ' '.repeat(m.length);
  };
  t = t.replace(ISO_DATE, (m, y: string, mo: string, d: string) => {
    dayKeys(dates, Number(mo), [d]);
    return blank(m, y);
  });
  t = t.replace(NUMERIC_DATE, (m, a: string, _sep: string, b: string, y: string) => {
    // Day first (European) unless that is impossible.
    const [day, month] = Number(b) > 12 && Number(a) <= 12 ? [b, a] : [a, b];
    dayKeys(dates, Number(month), [day]);
    return blank(m, y);
  });
  const calendar: string[] = [];
  t = t.replace(DAY_MONTH, (m, d1: string, d2: string | undefined, mon: string, y: string | undefined) => {
    dayKeys(dates, MONTHS[mon] ?? 0, [d1, d2]);
    calendar.push(`month:${MONTHS[mon]}`);
    return blank(m, y);
  });
  t = t.replace(MONTH_DAY, (m, mon: string, d1: string, d2: string | undefined, y: string | undefined) => {
    dayKeys(dates, MONTHS[mon] ?? 0, [d1, d2]);
    calendar.push(`month:${MONTHS[mon]}`);
    return blank(m, y);
  });
  t = t.replace(MONTH_YEAR, (m, mon: string, y: string) => {
    dates.push(`${y}-${pad(MONTHS[mon] ?? 0)}`);
    calendar.push(`month:${MONTHS[mon]}`);
    return blank(m, y);
  });
  for (const m of t.matchAll(WORDS)) {
    const w = m[0];
    if (MONTH_ALONE.has(w)) calendar.push(`month:${MONTHS[w]}`);
    const wd = WEEKDAYS[w];
    if (wd) calendar.push(`weekday:${wd}`);
  }
  const numbers: string[] = [...years];
  for (const m of t.matchAll(NUMBER)) parseNumberRun(m[0].trim(), numbers);
  return {
    numbers: numbers.filter((n) => n.includes('.') || Number(n) >= 10),
    dates,
    calendar,
  };
}
