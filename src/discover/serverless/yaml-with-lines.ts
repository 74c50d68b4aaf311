import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../../model.js';
import { isRecord, longForm } from '../cloudformation/parse-template.js';

export { isRecord };

export type YamlPath = ReadonlyArray<string | number>;

/** A YAML file as plain data, with the line every value starts on. */
export interface YamlWithLines {
  value: unknown;
  /** The 1-based line of the value at `path`, or of its nearest ancestor that has one. */
  lineOf(path: YamlPath): number;
}

/**
 * Parses YAML into plain data; CloudFormation short-form tags (`!Ref X`, `!GetAtt X.Arn`,
 * `!Sub ...`) become their long form (`{Ref: X}`, `{'Fn::GetAtt': 'X.Arn'}`), as the Serverless
 * Framework reads them. A file that does not parse gives a finding with its line and no value.
 */
export function parseYamlWithLines(text: string, file: string): { parsed?: YamlWithLines; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { findings: [{ severity: 'error', code: 'parse-error', message: `${file}:${line}: not valid YAML: ${message}`, at: { file, line, column: error.linePos?.[0].col ?? 1 } }] };
  }
  const lines = new Map<string, number>();
  const value = toPlain(doc, doc.contents, [], lines, lineCounter);
  return {
    parsed: {
      value,
      lineOf(path) {
        for (let length = path.length; length >= 0; length--) {
          const line = lines.get(pathKey(path.slice(0, length)));
          if (line !== undefined) return line;
        }
        return 1;
      },
    },
    findings: [],
  };
}

function pathKey(path: YamlPath): string {
  return JSON.stringify(path);
}

function toPlain(doc: Document, node: unknown, path: YamlPath, lines: Map<string, number>, lineCounter: LineCounter): unknown {
  if (isAlias(node)) return toPlain(doc, node.resolve(doc), path, lines, lineCounter);
  if (!node || typeof node !== 'object') return node ?? null;
  const yamlNode = node as Node;
  if (yamlNode.range && !lines.has(pathKey(path))) lines.set(pathKey(path), lineCounter.linePos(yamlNode.range[0]).line);
  let plain: unknown;
  if (isScalar(yamlNode)) plain = yamlNode.tag?.startsWith('!') ? String(yamlNode.source ?? yamlNode.value) : yamlNode.value;
  else if (isSeq(yamlNode)) plain = yamlNode.items.map((item, index) => toPlain(doc, item, [...path, index], lines, lineCounter));
  else if (isMap(yamlNode)) plain = mapToPlain(doc, yamlNode.items, path, lines, lineCounter);
  else plain = null;
  return yamlNode.tag?.startsWith('!') ? withShortFormTag(yamlNode.tag, plain) : plain;
}

function mapToPlain(
  doc: Document,
  pairs: Array<{ key: unknown; value: unknown }>,
  path: YamlPath,
  lines: Map<string, number>,
  lineCounter: LineCounter,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const merged: Array<Record<string, unknown>> = [];
  for (const pair of pairs) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (key === '<<') {
      const source = toPlain(doc, pair.value, path, lines, lineCounter);
      for (const part of Array.isArray(source) ? source : [source]) if (isRecord(part)) merged.push(part);
      continue;
    }
    // A value's line is its key's: `createNote:` rather than the first line of its body.
    const keyRange = (pair.key as Node | null)?.range;
    if (keyRange) lines.set(pathKey([...path, key]), lineCounter.linePos(keyRange[0]).line);
    result[key] = toPlain(doc, pair.value, [...path, key], lines, lineCounter);
  }
  // YAML merge keys (`<<: *defaults`) give the keys the map does not set itself.
  for (const source of merged) for (const [key, value] of Object.entries(source)) if (!(key in result)) result[key] = value;
  return result;
}

function withShortFormTag(tag: string, value: unknown): unknown {
  return longForm(tag.slice(1), value);
}
