// The part of HCL2 (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md) that Terraform
// configurations of Lambda functions use. Every node keeps the 1-based line it starts on.

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  value: HclExpression;
  line: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  line: number;
}

/** `aws_sqs_queue.jobs.url`, `var.names[0]`, `local.tags["team"]`: a root name and the steps after it. */
export type TraversalStep = { kind: 'attribute'; name: string } | { kind: 'index'; key: HclExpression } | { kind: 'splat' };

export type HclExpression =
  | { kind: 'literal'; value: string | number | boolean | null; line: number }
  | { kind: 'template'; parts: Array<string | HclExpression>; line: number }
  | { kind: 'tuple'; items: HclExpression[]; line: number }
  | { kind: 'object'; entries: Array<{ key: HclExpression; value: HclExpression }>; line: number }
  | { kind: 'traversal'; root: string; steps: TraversalStep[]; line: number }
  | { kind: 'index'; target: HclExpression; steps: TraversalStep[]; line: number }
  | { kind: 'call'; name: string; args: HclExpression[]; line: number }
  | { kind: 'conditional'; condition: HclExpression; whenTrue: HclExpression; whenFalse: HclExpression; line: number }
  | { kind: 'operation'; operator: string; operands: HclExpression[]; line: number }
  /** `for` expressions and template directives: parsed over, never evaluated. */
  | { kind: 'unsupported'; what: string; line: number };

/** A syntax error at a line of the file. */
export class HclSyntaxError extends Error {
  override readonly name = 'HclSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}
