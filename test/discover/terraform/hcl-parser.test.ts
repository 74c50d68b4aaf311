import { describe, expect, it } from 'vitest';
import { HclSyntaxError, type HclExpression } from '../../../src/discover/terraform/hcl/hcl-ast.js';
import { parseHcl } from '../../../src/discover/terraform/hcl/hcl-parser.js';

function valueOf(source: string): HclExpression {
  return parseHcl(`x = ${source}\n`).attributes[0]!.value;
}

function syntaxErrorOf(source: string): [string, number] {
  try {
    parseHcl(source);
  } catch (error) {
    if (error instanceof HclSyntaxError) return [error.message, error.line];
  }
  throw new Error('expected a syntax error');
}

describe('parseHcl', () => {
  it('reads blocks with labels, nested blocks and attributes with their lines', () => {
    const body = parseHcl('# a comment\nresource "aws_sqs_queue" "jobs" {\n  name = "jobs" // why\n  redrive {\n    max = 3\n  }\n}\n');
    expect(body.blocks.map((block) => [block.type, block.labels, block.line])).toEqual([['resource', ['aws_sqs_queue', 'jobs'], 2]]);
    const queue = body.blocks[0]!.body;
    expect(queue.attributes).toEqual([{ name: 'name', value: { kind: 'literal', value: 'jobs', line: 3 }, line: 3 }]);
    expect(queue.blocks[0]!.body.attributes[0]).toEqual({ name: 'max', value: { kind: 'literal', value: 3, line: 5 }, line: 5 });
  });

  it.each([
    ['"a\\"b\\n"', { kind: 'literal', value: 'a"b\n', line: 1 }],
    ['true', { kind: 'literal', value: true, line: 1 }],
    ['null', { kind: 'literal', value: null, line: 1 }],
    ['1.5', { kind: 'literal', value: 1.5, line: 1 }],
    ['"$${literal}"', { kind: 'literal', value: '${literal}', line: 1 }],
    ['var.prefix', { kind: 'traversal', root: 'var', steps: [{ kind: 'attribute', name: 'prefix' }], line: 1 }],
    [
      'aws_sqs_queue.q[0].url',
      {
        kind: 'traversal',
        root: 'aws_sqs_queue',
        steps: [{ kind: 'attribute', name: 'q' }, { kind: 'index', key: { kind: 'literal', value: 0, line: 1 } }, { kind: 'attribute', name: 'url' }],
        line: 1,
      },
    ],
    [
      '"${var.prefix}-orders"',
      { kind: 'template', parts: [{ kind: 'traversal', root: 'var', steps: [{ kind: 'attribute', name: 'prefix' }], line: 1 }, '-orders'], line: 1 },
    ],
    ['[1,\n  2, ]', { kind: 'tuple', items: [{ kind: 'literal', value: 1, line: 1 }, { kind: 'literal', value: 2, line: 2 }], line: 1 }],
    [
      '{ a = 1, "b c" : 2 }',
      {
        kind: 'object',
        entries: [
          { key: { kind: 'literal', value: 'a', line: 1 }, value: { kind: 'literal', value: 1, line: 1 } },
          { key: { kind: 'literal', value: 'b c', line: 1 }, value: { kind: 'literal', value: 2, line: 1 } },
        ],
        line: 1,
      },
    ],
    ['upper("a")', { kind: 'call', name: 'upper', args: [{ kind: 'literal', value: 'a', line: 1 }], line: 1 }],
    [
      'var.a == "x" ? 1 : 2',
      {
        kind: 'conditional',
        condition: { kind: 'operation', operator: '==', operands: [{ kind: 'traversal', root: 'var', steps: [{ kind: 'attribute', name: 'a' }], line: 1 }, { kind: 'literal', value: 'x', line: 1 }], line: 1 },
        whenTrue: { kind: 'literal', value: 1, line: 1 },
        whenFalse: { kind: 'literal', value: 2, line: 1 },
        line: 1,
      },
    ],
    ['[for s in var.list : upper(s)]', { kind: 'unsupported', what: 'a for expression', line: 1 }],
  ] as Array<[string, HclExpression]>)('%s', (source, expected) => {
    expect(valueOf(source)).toEqual(expected);
  });

  it('reads a heredoc as a template, and <<- strips the common indentation', () => {
    expect(parseHcl('x = <<EOF\n{"a": 1}\nEOF\ny = 2\n').attributes.map((attribute) => [attribute.name, attribute.line])).toEqual([['x', 1], ['y', 4]]);
    expect(valueOf('<<-EOT\n    a\n      b\n    EOT')).toEqual({ kind: 'literal', value: 'a\n  b\n', line: 1 });
  });

  it('parses an interpolation holding strings and braces', () => {
    expect(valueOf('"${jsonencode({ a = "}" })}"')).toEqual({
      kind: 'template',
      parts: [{ kind: 'call', name: 'jsonencode', args: [{ kind: 'object', entries: [{ key: { kind: 'literal', value: 'a', line: 1 }, value: { kind: 'literal', value: '}', line: 1 } }], line: 1 }], line: 1 }],
      line: 1,
    });
  });

  it('skips /* */ comments, counting their lines', () => {
    expect(parseHcl('/*\nresource "x" "y" {}\n*/\nz = 1\n').attributes[0]!.line).toBe(4);
  });

  it.each([
    ['a = "open\nb = 1\n', 'a string is not closed on its line', 1],
    ['resource "x" "y" {\n  a = \n}\n', 'expected an expression, found a newline', 2],
    ['resource "x" "y" {\n  a = 1\n', 'expected "}", found the end', 3],
    ['a = 1 b = 2\n', 'expected a new line, found "b"', 1],
    ['x = <<EOF\nnever closed\n', 'heredoc EOF is not closed', 1],
    ['\n\nx = [1, 2\ny = 3', 'expected "," or "]", found "="', 4],
  ])('%j does not parse: %s at line %i', (source, message, line) => {
    expect(syntaxErrorOf(source)).toEqual([message, line]);
  });
});
