import type { SuggestResult } from '../model.js';
import { type RenderOptions, reportValue } from './report-shape.js';

/** JSON with 2-space indentation and a final newline; the shape is chosen by report-shape.ts. */
export function renderJson(result: SuggestResult, options: RenderOptions = {}): string {
  return `${JSON.stringify(reportValue(result, options), null, 2)}\n`;
}
