import { ts } from 'ts-morph';
import type { SdkCall, Value } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { classify } from './classify-expression.js';
import { propertyOf } from './finders/finder.js';
import { EMPTY_CONTEXT } from './sdk-values.js';
import { evaluateArg } from './to-sdk-call.js';

// The finders whose calls are made by v2 service objects (`new AWS.S3()`).
const V2_FINDERS = new Set(['v2-client', 'v2-document-client']);

const regionsByFile = new WeakMap<AnalysisRun, WeakMap<ts.SourceFile, Value[]>>();

/**
 * SDK v2 reads the region of a service object made without one from the global configuration:
 * `AWS.config.update({ region: 'eu-west-1' })` or `AWS.config.region = ...`, run when a file of the
 * function is loaded (https://docs.aws.amazon.com/sdk-for-javascript/v2/developer-guide/setting-region.html).
 * The function's v2 calls without a region of their own get the one region its files set; when
 * they set several, the calls keep theirs (the account's `--region`, or `*`).
 */
export function withV2GlobalRegion(calls: SdkCall[], files: readonly ts.SourceFile[], run: AnalysisRun): SdkCall[] {
  if (!calls.some((call) => V2_FINDERS.has(call.via) && call.clientConfig?.region === undefined)) return calls;
  const regions = new Map<string, Value>();
  for (const file of files) for (const region of globalRegionsOf(file, run)) regions.set(JSON.stringify(region), region);
  if (regions.size !== 1) return calls;
  const [region] = regions.values();
  return calls.map((call) =>
    V2_FINDERS.has(call.via) && call.clientConfig?.region === undefined ? { ...call, clientConfig: { ...call.clientConfig, region: region! } } : call,
  );
}

function globalRegionsOf(file: ts.SourceFile, run: AnalysisRun): Value[] {
  let byFile = regionsByFile.get(run);
  if (!byFile) regionsByFile.set(run, (byFile = new WeakMap()));
  let regions = byFile.get(file);
  if (regions) return regions;
  regions = [];
  const found = regions;
  // Only files that write the global configuration need the walk.
  if (file.text.includes('config')) {
    const visit = (node: ts.Node): void => {
      const region = regionWritten(node, run);
      if (region) found.push(evaluateArg({ expr: region, ctx: EMPTY_CONTEXT }, run));
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  byFile.set(file, regions);
  return regions;
}

/** The region expression of `AWS.config.update({ region })` or `AWS.config.region = region`. */
function regionWritten(node: ts.Node, run: AnalysisRun): ts.Expression | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'update') {
    return isV2Config(node.expression.expression, run) ? propertyOf(node.arguments[0], 'region') : undefined;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'region') {
    return isV2Config(node.left.expression, run) ? node.right : undefined;
  }
  return undefined;
}

/** `AWS.config` of the v2 SDK (`require('aws-sdk')`, `import AWS from 'aws-sdk'`). */
function isV2Config(expr: ts.Expression, run: AnalysisRun): boolean {
  if (!ts.isPropertyAccessExpression(expr) || expr.name.text !== 'config') return false;
  const sdk = classify(expr.expression, EMPTY_CONTEXT, run);
  return sdk?.kind === 'aws-module' && sdk.module === 'aws-sdk';
}
