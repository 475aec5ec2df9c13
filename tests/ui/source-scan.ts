// Reads the renderer's TypeScript with the compiler API to find user-visible strings that bypass
// i18n (JSX text, title/aria-label/placeholder/alt literals) and the keys passed to t().
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Attributes whose value a person reads or hears. */
export const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);

/** Letters make a string user-visible prose; symbols (·, —, ×, ←, ?, ▲) and numbers do not. */
const HAS_WORD = /\p{L}/u;
/** Non-words allowed as literals: upper-case language codes shown as such ("EN", "FR"). */
const ALLOWED = [/^[A-Z]{2}$/];

export interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

export function listSources(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listSources(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out.sort();
}

function isProse(text: string): boolean {
  const t = text.trim();
  return t !== '' && HAS_WORD.test(t) && !ALLOWED.some((re) => re.test(t));
}

/** The literal text pieces an expression can evaluate to (both branches of ?:, static parts of `…${}…`). */
function literalPieces(e: ts.Expression): string[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(e)) return literalPieces(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalPieces(e.whenTrue), ...literalPieces(e.whenFalse)];
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
      e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
      e.operatorToken.kind === ts.SyntaxKind.PlusToken)
  )
    return [...literalPieces(e.left), ...literalPieces(e.right)];
  return [];
}

export function findHardCodedStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    if (isProse(text)) findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim(), where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const piece of literalPieces(node.expression)) report(node, piece, 'JSX child expression');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (VISIBLE_ATTRIBUTES.has(name) && node.initializer) {
        const init = node.initializer;
        const pieces = ts.isStringLiteral(init) ? [init.text] : ts.isJsxExpression(init) && init.expression ? literalPieces(init.expression) : [];
        for (const piece of pieces) report(node, piece, `${name}=`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

export interface KeyUse {
  file: string;
  line: number;
  /** The literal key, or for a template literal its static prefix (e.g. "errors."). */
  key: string;
  prefixOnly: boolean;
}

/** Calls t('…') / i18n.t('…') and the first argument they pass. */
export function findKeyUses(file: string, source: string): KeyUse[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const uses: KeyUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isT = (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
      const arg = node.arguments[0];
      if (isT && arg) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) uses.push({ file, line, key: arg.text, prefixOnly: false });
        else if (ts.isTemplateExpression(arg)) uses.push({ file, line, key: arg.head.text, prefixOnly: true });
        else uses.push({ file, line, key: '', prefixOnly: true });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
