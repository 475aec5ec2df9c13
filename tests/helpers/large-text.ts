// A long plain English text made up here (no corpus text): numbered paragraphs of ordinary prose,
// for tests of what a large file costs (progress, windows).
export function largeEnglishText(chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let size = 0; size < chars; n++) {
    const p = `Paragraph ${n}: the council met on Tuesday to discuss the budget for the harbour. Members said the plan would cost more than expected, and several of them asked for a delay of ${n % 12} months.\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}
