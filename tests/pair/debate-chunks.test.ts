// Two parts of one long text are not two versions of it: consecutive chunks of one debate
// share speakers, topic words and procedural phrases and stand out together from the rest of a
// collection, but their sentences do not say the same things. Two accounts of one story, in
// one language, do have sentences that correspond. Texts are invented for these tests.
import { describe, expect, it } from 'vitest';
import { pairDocuments, SUGGEST_AT, inOrderSentences, type PairDoc } from '../../shared/pair/index.js';

// One debate on coastal fisheries, cut in two consecutive chunks.
const DEBATE_1 = `Mr President, I would like to thank the rapporteur, Mrs Lindqvist, for her work on coastal fisheries.
The report on coastal fisheries asks the Commission to protect small boats in the northern harbours.
Commissioner Varga, the fishermen of the northern harbours cannot wait another year for the quota reform.
Mrs Lindqvist rightly says that the quota for cod should follow the scientific advice.
We in the Green group support amendment 12 on the closed season for spawning grounds.
However, amendment 14 would put an unfair burden on the small boats of the coastal fleet.
The Commission must explain how the quota reform will be financed after 2027.
I would like to remind the House that the coastal fleet employs thousands of families.
Mr Okafor asked yesterday whether the harbours will receive money for new cold stores.
The answer of the Commission was vague and the fishermen deserve better than that.
Mr President, the debate on coastal fisheries is also a debate about the future of our islands.
My group will vote in favour of the report, with the exception of amendment 14.
Mr President, I speak on behalf of the Liberal group.
Fish stocks in the inner bay have fallen by a third in ten years.
Our scientists count fewer young cod every spring near the reefs.
Recreational anglers also take their share and should be counted.
Mrs Lindqvist proposes a register of catches for every harbour.
Such a register would cost little and give us reliable figures at last.
Some Members fear more paperwork for the skippers.
Digital logbooks already exist and are used by many crews.`;
const DEBATE_2 = `Mr President, Commissioner Varga, honourable Members, the coastal fleet is at a crossroads.
I congratulate Mrs Lindqvist on a balanced report on coastal fisheries.
The Socialist group is worried about the price of fuel for the small boats this winter.
Mr Okafor has tabled amendment 21 on training for young fishermen and we support it.
The northern harbours need modern quays, not another study by the Commission.
Young people leave the islands because there is no future for them on the boats.
The Commission should present a plan for the harbours before the end of the year.
The quota reform must not favour the large trawlers over the coastal fleet.
I would like to thank the Commissioner for her presence in the House this evening.
Mr President, we will vote for the report and for amendment 21.
The fishermen are watching this debate and expect us to act.
I hope the Council will follow the House on coastal fisheries.
Mr President, the seal population has recovered along the rocky shores.
Seals damage nets and eat a large part of the salmon catch.
Compensation schemes exist in some regions but not in others.
Insurance for fishing gear is too expensive for family businesses.
Women play an important role in the processing plants on shore.
Their work is often unpaid and invisible in the statistics.
Tourism can bring a second income to the fishing villages.
Several ports have opened fish markets for visitors in summer.`;

// Unrelated documents of the collection.
const OTHERS: Array<[string, string]> = [
  [
    'rail',
    `The regional rail company will replace its oldest trains next spring.
Passengers have complained about delays and broken heating for several winters.
The new trains will carry bicycles and offer free wireless access.
The mayor welcomed the decision but asked for more evening services.
Ticket prices will not change before the end of the contract.`,
  ],
  [
    'museum',
    `A small museum of clocks has reopened after a fire damaged its attic.
Volunteers spent two years repairing the mechanisms by hand.
The oldest clock on display was made by a village blacksmith.
School classes can visit for free on weekday mornings.
The museum hopes to attract collectors from abroad.`,
  ],
  [
    'harvest',
    `Grape pickers started the harvest a week early because of the hot summer.
Growers expect a smaller but sweeter crop than last year.
Several estates have hired students from the nearby agricultural college.
A storm in August damaged vines on the southern slopes.
The first new wine will be sold at the autumn fair.`,
  ],
];

// One story told twice in English by two outlets: different words, the same facts.
const STORY_A = `A fire destroyed the main warehouse of the Dunmore paper mill on Tuesday night.
About 80 firefighters fought the blaze for six hours before bringing it under control.
No one was injured, but 3,000 tonnes of paper were lost, the company said.
The mill employs 420 people and supplies printers across the region.
Production will resume on Monday in the undamaged halls, according to the manager, Ruth Caldwell.
Investigators have not yet determined the cause of the fire.
Residents were asked to keep their windows closed because of the smoke.
The mill was founded in 1894 and is the largest employer in the valley.`;
const STORY_B = `Fire crews spent six hours on Tuesday night battling a blaze at the Dunmore paper mill.
Some 80 firefighters were called to the warehouse, which was completely destroyed.
The company said 3,000 tonnes of paper had gone up in smoke but nobody was hurt.
Ruth Caldwell, the mill's manager, said work would restart on Monday in the halls that were spared.
The cause of the fire is still under investigation.
Local people were told to keep windows shut while the smoke cleared.
With 420 workers, the mill founded in 1894 remains the valley's biggest employer.
Its paper goes to printing firms throughout the region.`;

const doc = (id: string, language: string, text: string): PairDoc => ({ id, language, text });

describe('pairing: parts of one text versus versions of one story', () => {
  const docs = [
    doc('debate-1', 'en', DEBATE_1),
    doc('debate-2', 'en', DEBATE_2),
    ...OTHERS.map(([id, text]) => doc(id, 'en', text)),
    doc('story-a', 'en', STORY_A),
    doc('story-b', 'en', STORY_B),
  ];
  const rows = pairDocuments(docs);
  const find = (a: string, b: string) => rows.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))!;

  it('does not suggest two consecutive chunks of one debate, though they stand out together', () => {
    const chunks = find('debate-1', 'debate-2');
    // The trap is real: the two chunks resemble each other far more than anything else...
    expect(chunks.evidence.standsOut).toBeGreaterThan(1.6);
    expect(chunks.evidence.names.length).toBeGreaterThan(2);
    // ...but few of their sentences correspond, so they are not a pair.
    expect(chunks.evidence.linkedSentences).toBeLessThanOrEqual(0.1 * chunks.evidence.sentences!);
    expect(chunks.evidence.coveredShare).toBeLessThanOrEqual(0.1);
    expect(chunks.suggested).toBe(false);
    expect(chunks.score).toBeLessThan(SUGGEST_AT);
  });

  it('still suggests two accounts of one story in one language, whose sentences correspond', () => {
    const story = find('story-a', 'story-b');
    expect(story.kind).toBe('version');
    expect(story.evidence.linkedSentences).toBeGreaterThan(0.25 * story.evidence.sentences!);
    expect(story.suggested).toBe(true);
    expect(rows.filter((r) => r.suggested).map((r) => `${r.a}|${r.b}`)).toEqual(['story-a|story-b']);
  });
});

describe('pairing: what documents are called does not change the decision', () => {
  it('gives the same scores when the ids sort the other way round', () => {
    const docs = [doc('b', 'en', STORY_A), doc('a', 'en', STORY_B), doc('d', 'en', DEBATE_1), doc('c', 'en', DEBATE_2)];
    const renamed = [doc('a', 'en', STORY_A), doc('b', 'en', STORY_B), doc('c', 'en', DEBATE_1), doc('d', 'en', DEBATE_2)];
    const scores = (rows: ReturnType<typeof pairDocuments>) => rows.map((r) => `${r.a}|${r.b}:${r.score.toFixed(6)}:${r.suggested}`).sort();
    expect(scores(pairDocuments(docs))).toEqual(scores(pairDocuments(renamed)));
  });
});

describe('inOrderSentences', () => {
  const bead = (src: number[], tgt: number[]) => ({ src, tgt, confidence: 1 });
  it('counts the sentences of the heaviest set of links in one order', () => {
    expect(inOrderSentences([])).toBe(0);
    expect(inOrderSentences([bead([0], [0]), bead([1], [1, 2]), bead([3], [4])])).toBe(7);
    // [2]->[0] crosses the two others: the in-order set is the other two links.
    expect(inOrderSentences([bead([0], [3]), bead([1], [4]), bead([2], [0])])).toBe(4);
    // Order of the input does not matter.
    expect(inOrderSentences([bead([2], [0]), bead([1], [4]), bead([0], [3])])).toBe(4);
  });
});
