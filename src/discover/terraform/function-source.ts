import path from 'node:path';
import { handlerSource, type HandlerSource } from '../serverless/handler-source.js';
import type { Evaluator } from './evaluate-expression.js';
import type { HclBlock } from './hcl/hcl-ast.js';
import { attributeOf, type Declared } from './terraform-module.js';

export type FunctionSourceResult = { source: HandlerSource & { entry: string }; handler: string } | { problem: string; line: number };

/**
 * The source file of an `aws_lambda_function`: its `filename` is the `output_path` of a
 * `data "archive_file"` whose `source_dir` (or `source_file`) holds the module its `handler` names.
 */
export function functionSource(evaluator: Evaluator, lambda: Declared<HclBlock>): FunctionSourceResult {
  const handlerExpression = attributeOf(lambda.value, 'handler');
  const handler = handlerExpression ? evaluator.evaluate(handlerExpression, lambda.file) : undefined;
  if (typeof handler !== 'string' || handler.includes('*')) {
    return { problem: 'has no handler iamgen can read (container image functions are not analysed)', line: handlerExpression?.line ?? lambda.line };
  }
  const filename = attributeOf(lambda.value, 'filename');
  if (!filename) return { problem: 'has no filename (code from S3 or an image is not analysed)', line: lambda.line };
  const archive = archiveOf(evaluator, filename, lambda.file);
  if (!archive) return { problem: 'has a filename that no data "archive_file" of this folder builds', line: filename.line };
  const sourceDir = attributeOf(archive.value, 'source_dir');
  const sourceFile = attributeOf(archive.value, 'source_file');
  const base = sourceDir ?? sourceFile;
  const baseValue = base ? evaluator.evaluate(base, archive.file) : undefined;
  if (typeof baseValue !== 'string' || baseValue.includes('*')) return { problem: 'is built by an archive_file without a source_dir or source_file iamgen can read', line: archive.line };
  const absolute = path.resolve(evaluator.module.dir, baseValue);
  const baseDir = sourceDir ? absolute : path.dirname(absolute);
  const source = handlerSource(baseDir, handler, false, evaluator.module.dir);
  if (!source.entry) {
    const looked = source.tried.slice(0, 2).map((tried) => path.relative(evaluator.module.dir, tried)).join(', ');
    return { problem: `has the handler ${handler} with no source file (looked for ${looked}, ...)`, line: handlerExpression!.line };
  }
  return { source: { ...source, entry: source.entry }, handler };
}

/** The archive_file whose output_path `filename` is, by reference or by value. */
function archiveOf(evaluator: Evaluator, filename: NonNullable<ReturnType<typeof attributeOf>>, file: string): Declared<HclBlock> | undefined {
  const [typeStep, nameStep] = filename.kind === 'traversal' && filename.root === 'data' ? filename.steps : [];
  if (typeStep?.kind === 'attribute' && typeStep.name === 'archive_file' && nameStep?.kind === 'attribute') {
    return evaluator.module.data.get(`archive_file.${nameStep.name}`);
  }
  const wanted = evaluator.evaluate(filename, file);
  if (typeof wanted !== 'string') return undefined;
  for (const [address, declared] of evaluator.module.data) {
    if (!address.startsWith('archive_file.')) continue;
    const output = attributeOf(declared.value, 'output_path');
    const outputValue = output ? evaluator.evaluate(output, declared.file) : undefined;
    if (typeof outputValue === 'string' && path.resolve(evaluator.module.dir, outputValue) === path.resolve(evaluator.module.dir, wanted)) return declared;
  }
  return undefined;
}
