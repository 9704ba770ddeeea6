// Material and measures shared by the server benchmark and the soak: our own articles (samples and
// test fixtures), documents of a given size made of them, percentiles, a process's memory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../test/support/paths';

/** Our own sample articles (and the test fixtures), the material for the large documents. */
export function articles(): string[] {
  const root = projectRoot();
  const texts: string[] = [];
  for (const dir of [join(root, 'samples'), join(root, 'test', 'fixtures', 'articles')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.news')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  if (texts.length === 0) throw new Error('no articles in samples/ or test/fixtures/articles/');
  return texts;
}

/** About `bytes` of article text: a headline, then whole articles repeated. */
export function documentOf(bytes: number, texts: string[]): string {
  const parts = ['Collected wire copy'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const next = texts[i % texts.length];
    if (size + next.length + 2 > bytes) break;
    parts.push(next);
    size += next.length + 2;
  }
  return parts.join('\n\n');
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A process's resident memory in MB (Linux /proc), if it can be read. */
export function residentMegabytes(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

/** `count` user entities that name nothing in our articles (a workspace's large list), plus `extra`. */
export function userEntitiesFile(count: number, extra: object[] = []): string {
  const entities: object[] = [];
  for (let i = 0; i < count; i++) {
    const id = i.toString(36);
    entities.push(
      i % 3
        ? { name: `Filler Body ${id}`, kind: 'organization', aliases: [`FB${id.toUpperCase()}`] }
        : { name: `Quentin Vosk ${id}`, kind: 'person', role: 'Envoy' },
    );
  }
  return JSON.stringify({ entities: [...entities, ...extra] });
}
