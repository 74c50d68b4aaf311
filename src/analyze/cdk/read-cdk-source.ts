import { ts } from 'ts-morph';
import type { Finding } from '../../model.js';
import { createProject } from '../create-project.js';
import { createFileGraph, importClosure } from '../import-closure.js';
import { parseErrorFinding } from '../parse-errors.js';
import type { CdkEvaluationHooks } from './cdk-evaluator.js';
import type { CdkSource, ConstructDescription, FunctionSource } from './cdk-source-model.js';
import { createConstructCatalog } from './construct-catalog.js';
import type { Creation } from './construct-creation.js';
import { functionSource } from './function-sources.js';
import { readRoleCalls } from './role-calls.js';
import { stackEnvironments } from './stack-environments.js';

/**
 * Reads a CDK app from its entry file (`bin/app.ts`) and the local files it imports, with one
 * project for the app: the Lambda functions it defines, what their props and the rest of the app
 * give them, and the constructs they refer to. A file that does not parse is read as far as the
 * parser recovered, and said so.
 */
export function readCdkSource(appFile: string, hooks: CdkEvaluationHooks): CdkSource & { findings: Finding[] } {
  const project = createProject();
  const { files, findings } = importClosure(appFile, createFileGraph(project));
  for (const file of files) {
    const finding = parseErrorFinding(file);
    if (finding) findings.push({ ...finding, severity: 'error', message: finding.message.replace('calls after it', 'constructs after it') });
  }
  const checker = project.checker();
  const catalog = createConstructCatalog(files, checker, hooks);
  const functions = new Map<Creation, FunctionSource>();
  for (const creation of catalog.creations) {
    const source = ts.isNewExpression(creation) ? functionSource(creation, catalog, checker) : undefined;
    if (source) functions.set(creation, source);
  }
  readRoleCalls(files, functions, catalog);
  const constructs = catalog.creations
    .map((creation) => catalog.describe(creation))
    .filter((description): description is ConstructDescription => description !== undefined);
  return { functions: [...functions.values()], constructs, stackEnvironments: stackEnvironments(files, catalog), findings };
}
