// Short readable text both sides show (the status bar item, the code lens over the article).
import type { Counts } from './contract';

/** "1 person", "4 people". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "4 people · 6 countries · 7 places · 5 commitments" (kinds with none are left out). */
export function countsText(c: Counts): string {
  const parts = [
    c.people && plural(c.people, 'person', 'people'),
    c.organizations && plural(c.organizations, 'organization'),
    c.countries && plural(c.countries, 'country', 'countries'),
    c.places && plural(c.places, 'place'),
    c.commitments && plural(c.commitments, 'commitment'),
    c.stances && plural(c.stances, 'stance'),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : 'No actors found';
}

/** "1.5 MB", "12 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** A resolved deadline as people read it: "2025-03-03", or "2025-12-01 – 2025-12-31". */
export function dayRangeText(d: { start: string; end: string }): string {
  return d.start === d.end ? d.start : `${d.start} \u2013 ${d.end}`;
}
