// The ledger as CSV, JSON or Markdown (the CLI's `ledger --format` and the sidebar's Export Ledger).

import type { LedgerThread } from './types';

export type LedgerFormat = 'csv' | 'json' | 'markdown';

const COLUMNS = ['actors', 'action', 'modality', 'negated', 'deadline', 'first', 'last', 'articles', 'badges', 'files'] as const;

function deadlineText(t: LedgerThread): string {
  if (!t.deadline) return '';
  return t.deadline.start === t.deadline.end ? t.deadline.start : `${t.deadline.start}/${t.deadline.end}`;
}

function row(t: LedgerThread): string[] {
  return [
    t.actors.map((a) => a.name).join('; '),
    t.action,
    t.modality,
    t.negated ? 'yes' : 'no',
    deadlineText(t),
    t.first ?? '',
    t.last ?? '',
    String(new Set(t.reports.map((r) => r.file)).size),
    t.badges.join(' '),
    [...new Set(t.reports.map((r) => r.file))].join('; '),
  ];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; a leading =+-@ is neutralised for spreadsheets. */
function csvField(s: string): string {
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function formatLedger(threads: readonly LedgerThread[], format: LedgerFormat): string {
  if (format === 'json') return `${JSON.stringify(threads, null, 2)}\n`;
  if (format === 'csv') return [COLUMNS.join(','), ...threads.map((t) => row(t).map(csvField).join(','))].join('\r\n') + '\r\n';
  const head = `| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => '---').join('|')}|\n`;
  return `# Commitments ledger\n\n${threads.length} undertakings.\n\n${head}${threads.map((t) => `| ${row(t).map(mdCell).join(' | ')} |`).join('\n')}\n`;
}
