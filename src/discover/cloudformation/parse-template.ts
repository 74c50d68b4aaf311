import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Finding } from '../../model.js';

/** A template as plain JSON (short-form tags turned into their long form), with the line of every value. */
export interface ParsedTemplate {
  body: Record<string, unknown>;
  /** 1-based line of the value at a dotted path (`Resources.OrderFunction.Properties.Handler`), or of its nearest parent. */
  lineOf(path: string): number | undefined;
}

export type ParseTemplateResult = { template: ParsedTemplate; findings: [] } | { template?: undefined; findings: Finding[] };

// The short forms CloudFormation accepts in YAML, and the long form each stands for.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
const shortFormNames = [
  'Ref', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap',
  'ImportValue', 'GetAZs', 'Base64', 'Cidr', 'Condition', 'Length', 'ToJsonString', 'Transform',
];

// Each tag resolves to its own node: the walk below reads the tag and keeps the line numbers.
const customTags = shortFormNames.flatMap((name) => [
  { tag: `!${name}`, resolve: (text: string) => text },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (node: unknown) => node },
  { tag: `!${name}`, collection: 'map' as const, resolve: (node: unknown) => node },
]);

/** Parses a YAML or JSON (a subset of YAML) CloudFormation template; a syntax error becomes a finding with its line. */
export function parseTemplate(file: string, text: string): ParseTemplateResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, customTags, keepSourceTokens: true, uniqueKeys: true });
  const [firstError] = document.errors;
  if (firstError) {
    const line = firstError.linePos?.[0].line ?? 1;
    const column = firstError.linePos?.[0].col ?? 1;
    const message = firstError.message.split('\n')[0] ?? firstError.message;
    return { findings: [{ severity: 'error', code: 'parse-error', message: `${file}:${line}: the template does not parse: ${message}`, at: { file, line, column } }] };
  }
  const lines = new Map<string, number>();
  const body = toPlain(document, document.contents, '', lines, lineCounter);
  if (!isRecord(body)) {
    return { findings: [{ severity: 'error', code: 'parse-error', message: `${file}:1: not a CloudFormation template (the top level is not a mapping)`, at: { file, line: 1, column: 1 } }] };
  }
  const lineOf = (path: string): number | undefined => {
    for (let current = path; current; current = current.slice(0, Math.max(0, current.lastIndexOf('.')))) {
      const line = lines.get(current);
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return { template: { body, lineOf }, findings: [] };
}

function toPlain(document: Document, node: unknown, path: string, lines: Map<string, number>, lineCounter: LineCounter): unknown {
  if (isAlias(node)) return toPlain(document, node.resolve(document), path, lines, lineCounter);
  const yamlNode = node as YamlNode | null;
  if (yamlNode?.range && path && !lines.has(path)) lines.set(path, lineCounter.linePos(yamlNode.range[0]).line);
  let value: unknown;
  if (isMap(node)) {
    const result: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const childPath = path ? `${path}.${key}` : key;
      const keyRange = (pair.key as YamlNode | null)?.range;
      if (keyRange) lines.set(childPath, lineCounter.linePos(keyRange[0]).line);
      result[key] = toPlain(document, pair.value, childPath, lines, lineCounter);
    }
    value = result;
  } else if (isSeq(node)) {
    value = node.items.map((item, index) => toPlain(document, item, path ? `${path}.${index}` : String(index), lines, lineCounter));
  } else if (isScalar(node)) {
    value = node.value;
  } else {
    value = node ?? null;
  }
  const tag = (yamlNode as { tag?: string } | null)?.tag;
  return tag && tag.startsWith('!') ? longForm(tag.slice(1), value) : value;
}

/** `!GetAtt A.B` -> `{"Fn::GetAtt": ["A", "B"]}`, `!Ref X` -> `{"Ref": "X"}`, `!Sub s` -> `{"Fn::Sub": s}`. */
export function longForm(name: string, value: unknown): unknown {
  if (!shortFormNames.includes(name)) return value;
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
