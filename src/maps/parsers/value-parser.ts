import type { CallContext } from '../../model.js';

/** One reading of an input value: ARN variables, or a whole ARN, and conditions it implies. */
export interface ParsedValue {
  /** ARN template variables this value fills ("QueueName", "Region", ...). */
  vars: Record<string, string>;
  /** The whole resource ARN when the value gives it (a value that already is an ARN). */
  arn?: string;
  /** Conditions the value implies (a KMS alias -> kms:RequestAlias). */
  conditions?: Array<{ op: string; key: string; value: string }>;
}

/**
 * Turns one input value into ARN parts. `value` is the value as a pattern string: parts the code
 * leaves unknown are `*` (a wholly unknown value is "*"); `undefined` means the input has no value
 * there. A parser returns one reading, or several when the value stands for several resources
 * (an e-mail address and its domain). It never throws: what it cannot read becomes "*".
 */
export type ValueParser = (value: string | undefined, context: CallContext) => ParsedValue[];
