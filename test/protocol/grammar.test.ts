// The TextMate grammar (syntaxes/news.tmLanguage.json), scanned line by line the way TextMate
// does (earliest match wins, ties go to the first rule), with JavaScript regular expressions
// (`\A` becomes "first line only").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../support/paths';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
}

const grammar = JSON.parse(readFileSync(join(projectRoot(), 'syntaxes', 'news.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
};

/** The grammar's rules flattened in order (includes resolved). */
function flatten(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include) return flatten([grammar.repository[rule.include.slice(1)]]);
    if (rule.patterns && !rule.begin) return flatten(rule.patterns);
    return [rule];
  });
}

const regex = (source: string, firstLine: boolean) => new RegExp(source.replace(/\\A/g, firstLine ? '^' : '(?!)'), 'gu');

/** [scope, text] pairs for each line of `text`. */
function scan(text: string): [string, string][] {
  const rules = flatten(grammar.patterns);
  const out: [string, string][] = [];
  text.split('\n').forEach((line, index) => {
    let at = 0;
    while (at <= line.length) {
      let best: { rule: Rule; match: RegExpExecArray } | undefined;
      for (const rule of rules) {
        const re = regex(rule.match ?? rule.begin!, index === 0);
        re.lastIndex = at;
        const match = re.exec(line);
        if (match && (!best || match.index < best.match.index)) best = { rule, match };
      }
      if (!best) break;
      let end = best.match.index + best.match[0].length;
      if (best.rule.end) {
        const re = regex(best.rule.end, false);
        re.lastIndex = end;
        const close = re.exec(line);
        end = close ? close.index + close[0].length : line.length;
      }
      if (best.rule.captures) {
        const caps = best.rule.captures;
        for (const [group, { name }] of Object.entries(caps)) {
          if (best.match[Number(group)]) out.push([name, best.match[Number(group)]]);
        }
      } else {
        out.push([best.rule.name!, line.slice(best.match.index, end)]);
      }
      at = Math.max(end, at + 1);
    }
  });
  return out;
}

const scopesOf = (text: string, scope: string) =>
  scan(text)
    .filter(([name]) => name.startsWith(scope))
    .map(([, t]) => t);

test('the first line is the headline', () => {
  assert.deepEqual(scopesOf('Ministers agree on 5% target\nBody text with 5% here.', 'markup.heading'), ['Ministers agree on 5% target']);
});

test('datelines: place, date and agency before the dash', () => {
  const text = 'Headline\nOSLO, March 4 (Newswire) — Ministers met.\nSÃO PAULO — Talks ended.\nNot A DATELINE - here';
  assert.deepEqual(scopesOf(text, 'markup.bold.dateline.place'), ['OSLO', 'SÃO PAULO']);
  assert.deepEqual(scopesOf(text, 'markup.italic.dateline.source'), ['(Newswire)']);
  assert.ok(scopesOf(text, 'constant.numeric.date').includes('March 4'));
});

test('quotations, money, percentages, dates and numbers', () => {
  const text =
    'Headline\nShe said “we will act” and "soon", adding $2.5 billion, 120 million euros and 35% or 30 percent by June 30, 2026 on Monday in 2030; 80 buses.';
  assert.deepEqual(scopesOf(text, 'string.quoted'), ['“we will act”', '"soon"']);
  assert.deepEqual(scopesOf(text, 'constant.numeric.money'), ['$2.5 billion', '120 million euros']);
  assert.deepEqual(scopesOf(text, 'constant.numeric.percentage'), ['35%', '30 percent']);
  assert.deepEqual(scopesOf(text, 'constant.numeric.date'), ['June 30, 2026', 'Monday', '2030']);
  assert.deepEqual(scopesOf(text, 'constant.numeric.news'), ['80']);
});

test('an apostrophe or inch mark inside a word does not open a quotation', () => {
  assert.deepEqual(scopesOf('Headline\nThe 12" pipe isn\'t new.', 'string.quoted'), []);
});
