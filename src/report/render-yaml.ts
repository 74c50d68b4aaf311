import { stringify } from 'yaml';
import type { SuggestResult } from '../model.js';
import { type RenderOptions, reportValue } from './report-shape.js';

/**
 * The same value as render-json.ts in YAML, ready to paste under a SAM or CloudFormation
 * `PolicyDocument:`. Written as YAML 1.1 so that strings a 1.1 reader would take for something
 * else (`Version: 2012-10-17` as a date, `yes`, `0123`) come out quoted; long ARNs are never folded
 * and repeated objects are written out again, never as anchors and aliases.
 */
export function renderYaml(result: SuggestResult, options: RenderOptions = {}): string {
  return stringify(reportValue(result, options), {
    version: '1.1',
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}
