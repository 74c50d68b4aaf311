// A small parser for the HCL subset the terraform report writes (blocks, attributes, strings with
// templates, lists, traversals), strict enough to fail on what Terraform would reject: an unclosed
// string or block, a `${` that does not hold a reference, an unknown escape. It also checks the
// layout `terraform fmt` gives: two spaces per level and the `=` of consecutive attributes aligned.

export type HclValue = string | { template: Array<string | { ref: string }> } | { ref: string } | HclValue[];
export interface HclBody {
  attributes: Record<string, HclValue>;
  blocks: Array<{ type: string; labels: string[]; body: HclBody }>;
}

export function parseHcl(text: string): HclBody {
  const lines = text.split('\n');
  let row = 0;
  const fail = (message: string): never => {
    throw new Error(`line ${row + 1}: ${message}: ${lines[row] ?? ''}`);
  };

  const parseBody = (depth: number): HclBody => {
    const body: HclBody = { attributes: {}, blocks: [] };
    // `terraform fmt` puts the `=` of a run of consecutive attributes one space after the longest name.
    let run: Array<{ name: string; column: number; row: number }> = [];
    const endRun = () => {
      const width = Math.max(0, ...run.map((entry) => entry.name.length));
      const misplaced = run.find((entry) => entry.column !== depth * 2 + width + 1);
      if (misplaced !== undefined) {
        row = misplaced.row;
        fail('= not aligned as terraform fmt aligns it');
      }
      run = [];
    };
    for (; row < lines.length; row++) {
      const line = lines[row]!;
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) {
        endRun();
        continue;
      }
      if (trimmed === '}') {
        endRun();
        if (depth === 0) fail('unexpected }');
        if (line !== `${'  '.repeat(depth - 1)}}`) fail('closing brace indented wrongly');
        return body;
      }
      if (!line.startsWith('  '.repeat(depth)) || line[depth * 2] === ' ') fail(`expected indent of ${depth * 2}`);
      const attribute = /^([A-Za-z_][\w-]*) *= (.*)$/.exec(trimmed);
      if (attribute) {
        run.push({ name: attribute[1]!, column: line.indexOf('='), row });
        const [value, rest] = parseValue(attribute[2]!, fail);
        if (rest.trim() !== '') fail(`trailing text ${rest}`);
        body.attributes[attribute[1]!] = value;
        continue;
      }
      endRun();
      const block = /^([A-Za-z_][\w-]*)((?: "[^"]*")*) \{$/.exec(trimmed);
      if (!block) fail('neither an attribute nor a block');
      const labels = [...block![2]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
      row++;
      body.blocks.push({ type: block![1]!, labels, body: parseBody(depth + 1) });
    }
    endRun();
    if (depth > 0) fail('unclosed block');
    return body;
  };
  return parseBody(0);
}

function parseValue(text: string, fail: (message: string) => never): [HclValue, string] {
  if (text.startsWith('"')) return parseString(text, fail);
  if (text.startsWith('[')) {
    const items: HclValue[] = [];
    let rest = text.slice(1);
    while (!rest.startsWith(']')) {
      const [item, after] = parseValue(rest, fail);
      items.push(item);
      rest = after.startsWith(', ') ? after.slice(2) : after;
      if (rest === '') fail('unclosed list');
    }
    return [items, rest.slice(1)];
  }
  const traversal = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+/.exec(text);
  if (!traversal) fail(`not a value: ${text}`);
  return [{ ref: traversal![0] }, text.slice(traversal![0].length)];
}

function parseString(text: string, fail: (message: string) => never): [HclValue, string] {
  const parts: Array<string | { ref: string }> = [''];
  const append = (literal: string) => (parts[parts.length - 1] = `${parts[parts.length - 1]}${literal}`);
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
  let index = 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      const rest = text.slice(index + 1);
      const value = parts.length === 1 ? parts[0]! : { template: parts.filter((part) => part !== '') };
      return [value, rest];
    }
    if (char === '\\') {
      const escaped = escapes[text[index + 1] ?? ''];
      if (escaped === undefined) fail(`unknown escape \\${text[index + 1]}`);
      append(escaped!);
      index += 2;
    } else if (text.startsWith('$${', index) || text.startsWith('%%{', index)) {
      append(`${char}{`);
      index += 3;
    } else if (text.startsWith('${', index)) {
      const end = text.indexOf('}', index);
      const ref = text.slice(index + 2, end);
      if (end < 0 || !/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+$/.test(ref)) fail(`an interpolation that is not a reference: ${text.slice(index)}`);
      parts.push({ ref }, '');
      index = end + 1;
    } else if (text.startsWith('%{', index)) {
      fail('a template directive');
    } else {
      append(char);
      index++;
    }
  }
  return fail('unclosed string');
}
