// Function words of English and French (folded with foldKey). They carry no evidence that two
// texts say the same thing, and capitalised at a sentence start they are not names.
const EN = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even few for from further had has have having he
her here hers herself him himself his how however i if in into is it its itself just last least less like made make
many may me meanwhile might more most much must my myself new no nor not now of off on once one only or other our
ours ourselves out over own per said same say says she should since so some still such than that the their theirs
them themselves then there these they this those though through to too under until up upon us very was we were what
when where whether which while who whom whose why will with within without would yet you your yours yourself`;
const FR = `a afin ai aie ainsi alors apres au aucun aucune aupres auquel aussi autre autres aux avaient avait avant avec
avoir c ca car ce ceci cela celle celles celui cependant certains ces cet cette ceux chaque chez comme comment d dans
de depuis des deux donc dont du elle elles en encore entre est et etaient etait ete etre eu fait font hors il ils j
jusqu l la laquelle le lequel les leur leurs lors lorsque lui m ma mais malgre me meme memes mes moins mon n ne ni
non nos notre nous on ont or ou par parce parmi pas pendant peu peut plus plusieurs pour pourquoi puis qu quand que
quel quelle quelles quels qui quoi s sa sans se selon ses si sien soit son sont sous sur t ta tandis te tel telle
tels tes toi ton tous tout toute toutes tres tu un une vers vos votre vous y`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`${EN} ${FR}`.split(/\s+/).filter(Boolean));

export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded);
}
