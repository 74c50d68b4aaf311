import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../model.js';
import { HclSyntaxError, type HclBlock, type HclBody, type HclExpression } from './hcl/hcl-ast.js';
import { parseHcl } from './hcl/hcl-parser.js';

/** Something declared in a file of the module, with where. */
export interface Declared<T> {
  value: T;
  file: string;
  line: number;
}

/** The declarations of one Terraform root module (the `*.tf` files of one folder). */
export interface TerraformModule {
  dir: string;
  /** `variable` blocks by name: their `default`, when they have one. */
  variables: Map<string, Declared<HclExpression | undefined>>;
  /** Values given to variables by `terraform.tfvars` and `*.auto.tfvars`. */
  variableValues: Map<string, Declared<HclExpression>>;
  locals: Map<string, Declared<HclExpression>>;
  /** `resource` blocks by address (`aws_sqs_queue.jobs`). */
  resources: Map<string, Declared<HclBlock>>;
  /** `data` blocks by address without the `data.` prefix (`archive_file.uploads`). */
  data: Map<string, Declared<HclBlock>>;
  /** `region` of the default `provider "aws"` block. */
  providerRegion?: Declared<HclExpression>;
}

/** Parses the `.tf` files of `dir`; a file that does not parse is a finding and the others are still read. */
export function readTerraformModule(dir: string): { module: TerraformModule; findings: Finding[] } {
  const module: TerraformModule = { dir, variables: new Map(), variableValues: new Map(), locals: new Map(), resources: new Map(), data: new Map() };
  const findings: Finding[] = [];
  const names = readdirSync(dir).sort();
  // terraform.tfvars first so that *.auto.tfvars, which Terraform reads after it, win.
  const variableFiles = [...names.filter((name) => name === 'terraform.tfvars'), ...names.filter((name) => name.endsWith('.auto.tfvars'))];
  for (const name of names.filter((name) => name.endsWith('.tf'))) {
    const file = path.join(dir, name);
    const body = parseFile(file, findings);
    if (body) addDeclarations(module, body, file);
  }
  for (const name of variableFiles) {
    const file = path.join(dir, name);
    const body = parseFile(file, findings);
    for (const attribute of body?.attributes ?? []) module.variableValues.set(attribute.name, { value: attribute.value, file, line: attribute.line });
  }
  return { module, findings };
}

function parseFile(file: string, findings: Finding[]): HclBody | undefined {
  try {
    return parseHcl(readFileSync(file, 'utf8'));
  } catch (error) {
    if (!(error instanceof HclSyntaxError)) throw error;
    findings.push({
      severity: 'error',
      code: 'parse-error',
      message: `${file}:${error.line}: does not parse as HCL: ${error.message}`,
      at: { file, line: error.line, column: 1 },
    });
    return undefined;
  }
}

function addDeclarations(module: TerraformModule, body: HclBody, file: string): void {
  for (const block of body.blocks) {
    const [first, second] = block.labels;
    if (block.type === 'variable' && first) {
      const fallback = block.body.attributes.find((attribute) => attribute.name === 'default');
      module.variables.set(first, { value: fallback?.value, file, line: block.line });
    } else if (block.type === 'locals') {
      for (const attribute of block.body.attributes) module.locals.set(attribute.name, { value: attribute.value, file, line: attribute.line });
    } else if (block.type === 'resource' && first && second) {
      module.resources.set(`${first}.${second}`, { value: block, file, line: block.line });
    } else if (block.type === 'data' && first && second) {
      module.data.set(`${first}.${second}`, { value: block, file, line: block.line });
    } else if (block.type === 'provider' && first === 'aws' && !attributeOf(block, 'alias')) {
      const region = block.body.attributes.find((attribute) => attribute.name === 'region');
      if (region) module.providerRegion = { value: region.value, file, line: region.line };
    }
  }
}

/** The expression of attribute `name` of a block, if it has one. */
export function attributeOf(block: HclBlock, name: string): HclExpression | undefined {
  return block.body.attributes.find((attribute) => attribute.name === name)?.value;
}

/** The nested blocks of type `type` (`environment`, `statement`, ...). */
export function blocksOf(block: HclBlock, type: string): HclBlock[] {
  return block.body.blocks.filter((nested) => nested.type === type);
}
