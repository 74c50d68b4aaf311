import type { SuggestResult } from '../model.js';
import { renderCdk } from './render-cdk.js';
import { renderCloudFormation } from './render-cloudformation.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSam } from './render-sam.js';
import { renderServerless } from './render-serverless.js';
import { renderTerraform } from './render-terraform.js';
import { renderText } from './render-text.js';
import { renderYaml } from './render-yaml.js';
import type { RenderOptions } from './report-shape.js';

export { renderExplain } from './render-explain.js';
export type { RenderOptions } from './report-shape.js';

/** A report: a pure function from a saved result to the text to print. */
export type Renderer = (result: SuggestResult, options?: RenderOptions) => string;

/**
 * Every `--format` by name. `--explain` is not a format: it changes what json and yaml print and
 * adds renderExplain's text on stderr.
 */
export const renderers = {
  json: renderJson,
  yaml: renderYaml,
  markdown: renderMarkdown,
  text: renderText,
  sam: renderSam,
  cloudformation: renderCloudFormation,
  serverless: renderServerless,
  cdk: renderCdk,
  terraform: renderTerraform,
} as const satisfies Record<string, Renderer>;

export type ReportFormat = keyof typeof renderers;

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(renderers, name);
}
