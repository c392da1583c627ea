/** Page junk: front matter, markup, then furniture lines (each removal is a 'junk' edit). */
import { chainSteps } from '../edits';
import type { StepResult } from '../types';
import { stripFrontMatter } from './front-matter';
import { dropJunkLines } from './junk-lines';
import { stripMarkup } from './markup';

export function repairJunk(text: string): StepResult {
  return chainSteps(text, [stripFrontMatter, stripMarkup, dropJunkLines]);
}
