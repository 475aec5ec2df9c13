// The findings feature as the other features see it: import from here, not from its files.
export { DocFindingsCount, useOpenFindingsByDoc } from './DocFindingsCount.js';
export { FindingTip } from './MarkTip.js';
export { FixSelection } from './FixSelection.js';
export { MarksLegend, TextModeToggle } from './TextModeToggle.js';
export { RerunChecksButton } from './RerunChecksButton.js';
export { markPieces, touches, type CleanEdit } from './text-marks.js';
export { useCleanText } from './use-clean-text.js';
export { useDocumentMarks } from './use-document-marks.js';
export { useFindings, useFindingsStore } from './use-findings.js';
