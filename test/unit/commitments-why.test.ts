// Every commitment and stance says which rules decided it (`why`), every trigger a trap turned down
// says which trap (`rejected`), and every id said is a rule the passes declare (rules.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCommitmentsAndStances } from '../../server/src/analysis/commitments/index';
import { RULES } from '../../server/src/analysis/commitments/rules';
import { oracleInput, ownGoldFile, readGold, type GoldEntity } from '../fixtures/commitments/gold';
import { projectRoot } from '../support/paths';

/** Entities given as "Name:kind". */
const analyse = (text: string, ...entities: string[]) => {
  const specs = entities.map((e): GoldEntity => {
    const [name, kind] = e.split(':');
    return { name, kind: kind as GoldEntity['kind'] };
  });
  return findCommitmentsAndStances(oracleInput(text, specs));
};

const whyOf = (text: string, ...entities: string[]): string[] => {
  const out = analyse(text, ...entities);
  assert.equal(out.commitments.length, 1, text);
  return out.commitments[0].why ?? [];
};

test('on the evaluation set, every commitment and stance carries declared rule ids', () => {
  let results = 0;
  for (const item of readGold(ownGoldFile(projectRoot()))) {
    const out = findCommitmentsAndStances(oracleInput(item.text, item.entities));
    for (const r of [...out.commitments, ...out.stances]) {
      results++;
      assert.ok(r.why && r.why.length > 0, `${item.id}: "${r.trigger.text}" has no why`);
      for (const id of r.why) assert.ok(RULES.has(id), `${item.id}: undeclared rule ${id}`);
    }
    for (const r of out.rejected) assert.ok(RULES.has(r.rule), `${item.id}: undeclared rule ${r.rule}`);
  }
  assert.ok(results > 50, `only ${results} results on the evaluation set`);
});

test('a commitment verb: trigger, actor, modality, negation, deadline, counterpart', () => {
  const why = whyOf('Norway agreed on Monday not to cut its aid to Ghana before 2028.', 'Norway:country', 'Ghana:country');
  for (const id of ['commit.agree-to', 'actor.subject', 'actor.name', 'modality.firm', 'negation.not', 'time.deadline', 'target.in-action']) {
    assert.ok(why.includes(id), `${id} missing from ${why.join(' ')}`);
  }
  assert.equal(why[0], 'commit.agree-to');
});

test('modality: a condition and a threat name their rule', () => {
  const conditional = whyOf('Chile will extend the port if Bolivia pays for the road.', 'Chile:country', 'Bolivia:country');
  assert.ok(conditional.includes('commit.modal-will') && conditional.includes('modality.conditional-if'), conditional.join(' '));
  const threat = whyOf('Iran warned that it would close the strait.', 'Iran:country');
  assert.ok(threat.includes('commit.modal-would') && threat.includes('modality.threat'), threat.join(' '));
});

test("actors: a quotation's speaker and a noun's possessor", () => {
  const speaker = whyOf('"We will halve our emissions by 2035," Mexico said.', 'Mexico:country');
  assert.ok(speaker.includes('actor.speaker'), speaker.join(' '));
  const possessor = whyOf("Peru's pledge to protect the rainforest was welcomed.", 'Peru:country');
  assert.ok(possessor.includes('commit.noun-to') && possessor.includes('actor.noun-possessor'), possessor.join(' '));
});

test('stances: trigger, holder and target rules, active and passive', () => {
  const active = analyse('Sweden condemned Belarus for the arrests.', 'Sweden:country', 'Belarus:country').stances;
  assert.deepEqual(
    active.map((s) => s.why),
    [['stance.condemn-verb', 'holder.subject', 'actor.name', 'target.object']],
  );
  const passive = analyse('Belarus was condemned by Sweden for the arrests.', 'Sweden:country', 'Belarus:country').stances;
  assert.deepEqual(
    passive.map((s) => s.why),
    [['stance.condemn-verb', 'holder.agent', 'actor.name', 'target.passive-subject']],
  );
});

test('traps are listed as rejections with their rule and trigger', () => {
  const rejected = (text: string, ...entities: string[]): string[] => {
    const out = analyse(text, ...entities);
    assert.deepEqual(out.commitments, [], text);
    return out.rejected.map((r) => `${r.rule} ${r.trigger.text}`);
  };
  assert.deepEqual(rejected('Economists said Ghana will lower its rates.', 'Ghana:country'), ['trap.forecast-reported will']);
  assert.deepEqual(rejected('Ghana will lower its rates, economists said.', 'Ghana:country'), ['trap.forecast-attributed will']);
  assert.deepEqual(rejected('Poland will meet Austria in Vienna in June.', 'Poland:country', 'Austria:country'), ['trap.scheduled-event will']);
  assert.deepEqual(rejected('Ghana will likely miss the target.', 'Ghana:country'), ['trap.hedge will']);
});
