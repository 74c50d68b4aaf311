import type { FunctionTrigger } from '../../model.js';
import { kindOfArn } from '../cloudformation/event-sources.js';
import type { Evaluator } from './evaluate-expression.js';
import type { HclExpression } from './hcl/hcl-ast.js';
import { attributeOf, blocksOf } from './terraform-module.js';
import { isUnknown, toPattern } from './terraform-values.js';

/**
 * The `aws_lambda_event_source_mapping`s whose `function_name` refers to `aws_lambda_function.<name>`
 * (its `arn`, `function_name` or `qualified_arn`), with `destination_config.on_failure` and the
 * queue's `kms_master_key_id` when it is a queue of the folder.
 */
export function functionTriggers(evaluator: Evaluator, functionAddress: string): FunctionTrigger[] {
  const triggers: FunctionTrigger[] = [];
  for (const [address, declared] of evaluator.module.resources) {
    if (!address.startsWith('aws_lambda_event_source_mapping.')) continue;
    if (referencedResource(attributeOf(declared.value, 'function_name')) !== functionAddress) continue;
    const sourceExpression = attributeOf(declared.value, 'event_source_arn');
    const source = sourceExpression ? patternOf(evaluator, sourceExpression, declared.file) : '*';
    const selfManaged = blocksOf(declared.value, 'self_managed_event_source').length > 0;
    const kind = selfManaged ? 'kafka' : kindOfArn(source);
    if (!kind) continue;
    const trigger: FunctionTrigger = { kind, source, at: { kind: 'terraform', file: declared.file, path: address, line: declared.line } };
    for (const config of blocksOf(declared.value, 'destination_config')) {
      for (const onFailure of blocksOf(config, 'on_failure')) {
        const destination = attributeOf(onFailure, 'destination_arn');
        if (destination) trigger.onFailure = patternOf(evaluator, destination, declared.file);
      }
    }
    const kmsKey = kind === 'sqs' ? queueKey(evaluator, referencedResource(sourceExpression)) : undefined;
    if (kmsKey) trigger.kmsKey = kmsKey;
    triggers.push(trigger);
  }
  return triggers;
}

/** `aws_lambda_function.worker.arn` -> `aws_lambda_function.worker`. */
function referencedResource(expression: HclExpression | undefined): string | undefined {
  if (expression?.kind !== 'traversal') return undefined;
  const [first] = expression.steps;
  return first?.kind === 'attribute' ? `${expression.root}.${first.name}` : undefined;
}

function patternOf(evaluator: Evaluator, expression: HclExpression, file: string): string {
  const value = evaluator.evaluate(expression, file);
  return isUnknown(value) || typeof value === 'object' ? '*' : toPattern(value);
}

// A customer managed key; `alias/aws/sqs` is the AWS managed key, whose key policy already lets the
// account's principals use it through SQS.
function queueKey(evaluator: Evaluator, queueAddress: string | undefined): string | undefined {
  const queue = queueAddress?.startsWith('aws_sqs_queue.') ? evaluator.module.resources.get(queueAddress) : undefined;
  const keyExpression = queue && attributeOf(queue.value, 'kms_master_key_id');
  if (!queue || !keyExpression) return undefined;
  const key = patternOf(evaluator, keyExpression, queue.file);
  if (key === 'alias/aws/sqs') return undefined;
  if (key.startsWith('arn:')) return key;
  const { partition, region, account } = evaluator.context;
  return `arn:${partition}:kms:${region}:${account}:key/${key.startsWith('alias/') ? '*' : key}`;
}
