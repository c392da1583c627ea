/** Page junk: front matter, markup, then furniture glued to lines, then furniture lines (each
 * removal is a 'junk' edit). */
import { chainSteps } from '../edits';
import type { StepResult } from '../types';
import { stripBbcode } from './bbcode';
import { keepForumPost } from './forum-thread';
import { stripFrontMatter } from './front-matter';
import { stripGluedChrome } from './glued-chrome';
import { stripJammer } from './jammer';
import { dropJunkLines } from './junk-lines';
import { stripMarkup } from './markup';
import { replaceNbspMarks } from './nbsp-marks';
import { repairTableRemnants } from './table-remnants';

export function repairJunk(text: string): StepResult {
  return chainSteps(text, [stripFrontMatter, stripMarkup, stripBbcode, stripJammer, replaceNbspMarks, repairTableRemnants, keepForumPost, stripGluedChrome, dropJunkLines]);
}
