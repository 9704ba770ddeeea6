// Rebuilds the Universal Dependencies English splits the syntax model trains and is scored on, into
// the git-ignored corpora/ud/ (never commit them).
//
//   node dist/ud-corpus.js --ewt PATH --gum PATH [--out corpora/ud]
//
// PATH is a checkout or a bare git copy (read with `git show HEAD:...`) of
// github.com/UniversalDependencies/UD_English-EWT or UD_English-GUM. The train splits are rebuilt as
// the treebanks' own not-to-release/tools/build.py does: the documents of
// not-to-release/file-lists/files.train, from not-to-release/sources/, concatenated in list order.
// From GUM only the genres whose texts are permissively licensed (CC BY and public domain, see its
// LICENSE.txt) go into train; dev and test are copied whole, for scoring only.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** GUM genres whose texts GUM's LICENSE.txt states are CC BY or public domain. */
export const GUM_PERMISSIVE_GENRES = ['news', 'interview', 'bio', 'voyage', 'textbook', 'vlog', 'speech', 'conversation'];

type Reader = (path: string) => string | undefined;

function repoReader(root: string): Reader {
  const bare = !existsSync(join(root, 'not-to-release')) && existsSync(join(root, 'HEAD'));
  if (!bare) return (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
  return (path) => {
    try {
      return execFileSync('git', ['--git-dir', root, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  };
}

/** The train split from the file list; `keep` filters documents by list entry. Returns [text, documents, skipped]. */
function rebuildTrain(read: Reader, keep: (entry: string) => boolean): [string, number, string[]] {
  const list = read('not-to-release/file-lists/files.train');
  if (list === undefined) throw new Error('no not-to-release/file-lists/files.train');
  const parts: string[] = [];
  const skipped: string[] = [];
  for (const raw of list.split('\n')) {
    const entry = raw.trim();
    if (!entry || !keep(entry)) continue;
    const path = `not-to-release/sources/${entry}${entry.endsWith('.conllu') ? '' : '.conllu'}`;
    const text = read(path);
    if (text === undefined) skipped.push(entry);
    else parts.push(text.endsWith('\n') ? text : text + '\n');
  }
  return [parts.join(''), parts.length, skipped];
}

function gumGenre(entry: string): string {
  return entry.split('_')[1] ?? '';
}

function main(): void {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out') ?? 'corpora/ud';
  mkdirSync(out, { recursive: true });
  const sources: [string, string, (entry: string) => boolean][] = [
    ['ewt', arg('ewt') ?? '', () => true],
    ['gum', arg('gum') ?? '', (entry) => GUM_PERMISSIVE_GENRES.includes(gumGenre(entry))],
  ];
  for (const [name, root, keep] of sources) {
    if (!root) {
      process.stderr.write(`ud-corpus: --${name} PATH missing, skipped\n`);
      continue;
    }
    const read = repoReader(root);
    const [train, docs, skipped] = rebuildTrain(read, keep);
    writeFileSync(join(out, `en_${name}-ud-train.conllu`), train);
    for (const split of ['dev', 'test']) {
      const text = read(`en_${name}-ud-${split}.conllu`);
      if (text === undefined) throw new Error(`${root}: no en_${name}-ud-${split}.conllu`);
      writeFileSync(join(out, `en_${name}-ud-${split}.conllu`), text);
    }
    const words = train.split('\n').filter((l) => /^\d+\t/.test(l)).length;
    process.stdout.write(
      `${name}: train ${docs} documents, ${words} words${skipped.length ? `; missing from the copy: ${skipped.length} (${skipped.slice(0, 3).join(', ')}...)` : ''}\n`,
    );
  }
}

main();
