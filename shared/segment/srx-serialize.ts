// Writes SrxRules as an SRX 2.0 document that passes srx20.xsd (header attributes present,
// elements in schema order) and reads back to the same SrxRules with parseSrx.
import type { SrxRules } from './srx-types.js';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
/** XML comments cannot contain "--" or end with "-". */
function safeComment(s: string): string {
  return s.replace(/--/g, '- -').replace(/-$/, '- ');
}

export function serializeSrx(rules: SrxRules): string {
  const yn = (b: boolean): string => (b ? 'yes' : 'no');
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<srx xmlns="http://www.lisa.org/srx20" version="2.0">');
  if (rules.formatHandles.length === 0) {
    out.push(`  <header segmentsubflows="${yn(rules.segmentSubflows)}" cascade="${yn(rules.cascade)}"/>`);
  } else {
    out.push(`  <header segmentsubflows="${yn(rules.segmentSubflows)}" cascade="${yn(rules.cascade)}">`);
    for (const f of rules.formatHandles) out.push(`    <formathandle type="${f.type}" include="${yn(f.include)}"/>`);
    out.push('  </header>');
  }
  out.push('  <body>');
  out.push('    <languagerules>');
  for (const lr of rules.languageRules) {
    out.push(`      <languagerule languagerulename="${escapeAttr(lr.name)}">`);
    for (const r of lr.rules) {
      if (r.comment) out.push(`        <!-- ${safeComment(r.comment)} -->`);
      out.push(`        <rule break="${yn(r.break)}">`);
      out.push(`          <beforebreak>${escapeText(r.beforeBreak)}</beforebreak>`);
      out.push(`          <afterbreak>${escapeText(r.afterBreak)}</afterbreak>`);
      out.push('        </rule>');
    }
    out.push('      </languagerule>');
  }
  out.push('    </languagerules>');
  out.push('    <maprules>');
  for (const m of rules.maps) {
    out.push(`      <languagemap languagepattern="${escapeAttr(m.languagePattern)}" languagerulename="${escapeAttr(m.languageRuleName)}"/>`);
  }
  out.push('    </maprules>');
  out.push('  </body>');
  out.push('</srx>');
  return `${out.join('\n')}\n`;
}
