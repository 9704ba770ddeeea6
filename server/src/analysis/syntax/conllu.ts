// CoNLL-U reading (words only: multiword-token ranges and empty nodes are skipped) and writing.

/** One sentence of a treebank: per word its form, tag and features, head (0 = root) and label. */
export interface UdSentence {
  words: string[];
  upos: string[];
  feats: string[];
  heads: Int32Array;
  deprels: string[];
  /** The sentence's `# text =` comment, when given. */
  text?: string;
  /** `# newdoc id =` of the document the sentence opens, when given. */
  newdoc?: string;
}

function emptySentence(): UdSentence {
  return { words: [], upos: [], feats: [], heads: new Int32Array(0), deprels: [] };
}

/** The sentences of a CoNLL-U text, in order. */
export function readConllu(text: string): UdSentence[] {
  const out: UdSentence[] = [];
  let cur = emptySentence();
  let heads: number[] = [];
  const flush = (): void => {
    if (cur.words.length > 0) {
      cur.heads = Int32Array.from(heads);
      out.push(cur);
    }
    cur = emptySentence();
    heads = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# (text|newdoc id) = (.*)$/.exec(line);
      if (m?.[1] === 'text') cur.text = m[2];
      else if (m) cur.newdoc = m[2];
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue;
    cur.words.push(cols[1]);
    cur.upos.push(cols[3]);
    cur.feats.push(cols[5]);
    heads.push(Number(cols[6]) || 0);
    cur.deprels.push(cols[7]);
  }
  flush();
  return out;
}

/** A sentence as CoNLL-U lines (ending in a blank line); `misc[i]` fills word i's last column. */
export function formatConllu(s: UdSentence, misc?: readonly string[]): string {
  const lines: string[] = [];
  if (s.text !== undefined) lines.push(`# text = ${s.text.replace(/[\r\n]+/g, ' ')}`);
  for (let i = 0; i < s.words.length; i++) {
    const form = s.words[i].replace(/[\t\r\n]/g, ' ') || '_';
    lines.push([i + 1, form, '_', s.upos[i] || '_', '_', s.feats[i] || '_', s.heads[i], s.deprels[i] || '_', '_', misc?.[i] || '_'].join('\t'));
  }
  return lines.join('\n') + '\n\n';
}
