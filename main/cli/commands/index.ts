// Registry of `bitext` commands. Each command lives in its own file in this folder.
import type { CliCommand } from '../types.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { cleanCommand } from './clean.js';
import { detectCommand } from './detect.js';
import { exportCommand } from './export.js';
import { openCommand } from './open.js';
import { pairCommand } from './pair.js';
import { segmentCommand } from './segment.js';
import { serveCommand } from './serve.js';

export const COMMANDS: CliCommand[] = [
  alignCommand,
  checkCommand,
  cleanCommand,
  detectCommand,
  exportCommand,
  openCommand,
  pairCommand,
  segmentCommand,
  serveCommand,
];
