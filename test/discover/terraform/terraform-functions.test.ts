import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTerraform } from '../../../src/discover/terraform/read-terraform.js';
import { projectOnDisk } from '../serverless/project-on-disk.js';

function lambda(name: string, handler: string, archive: string, extra = ''): string {
  return `resource "aws_lambda_function" "${name}" {
  function_name = "${name}"
  handler       = "${handler}"
  filename      = data.archive_file.${archive}.output_path
${extra}}
`;
}

function archive(name: string, source: string): string {
  return `data "archive_file" "${name}" {
  type        = "zip"
  ${source}
  output_path = "\${path.module}/build/${name}.zip"
}
`;
}

describe('readTerraform: handler to source file', () => {
  it.each([
    ['source_dir holding the TypeScript source', 'source_dir = "${path.module}/fn"', 'index.handler', { 'fn/index.ts': '' }, 'fn/index.ts', 'handler'],
    ['source_dir holding JavaScript', 'source_dir = "fn"', 'app.main', { 'fn/app.mjs': '' }, 'fn/app.mjs', 'main'],
    ['a handler in a subfolder of source_dir', 'source_dir = "${path.module}/fn"', 'handlers/order.handler', { 'fn/handlers/order.ts': '' }, 'fn/handlers/order.ts', 'handler'],
    ['source_file of a build output, whose source is in src/', 'source_file = "${path.module}/fn/dist/index.js"', 'index.handler', { 'fn/src/index.ts': '' }, 'fn/src/index.ts', 'handler'],
    ['source_file that is the source', 'source_file = "${path.module}/fn/main.js"', 'main.handler', { 'fn/main.js': '' }, 'fn/main.js', 'handler'],
  ])('%s', (_what, source, handler, files, entry, handlerExport) => {
    const dir = projectOnDisk({ 'main.tf': archive('fn', source) + lambda('fn', handler, 'fn'), ...files });
    const result = readTerraform(dir);
    expect(result.findings).toEqual([]);
    expect(result.functions.map((fn) => [fn.name, path.relative(dir, fn.entry), fn.handlerExport, fn.at])).toEqual([
      ['fn', entry, handlerExport, { kind: 'terraform', file: path.join(dir, 'main.tf'), path: 'aws_lambda_function.fn', line: 6 }],
    ]);
  });

  it('a filename written out that is the output_path of an archive_file', () => {
    const dir = projectOnDisk({
      'main.tf': `${archive('fn', 'source_dir = "src"')}resource "aws_lambda_function" "fn" {\n  handler  = "index.handler"\n  filename = "build/fn.zip"\n}\n`,
      'src/index.js': '',
    });
    expect(readTerraform(dir).functions.map((fn) => path.relative(dir, fn.entry))).toEqual(['src/index.js']);
  });
});

describe('readTerraform: problems', () => {
  it('a file that does not parse is a finding with its file and line; the other files are still read', () => {
    const dir = projectOnDisk({
      'broken.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q\n}\n',
      'main.tf': archive('fn', 'source_dir = "fn"') + lambda('fn', 'index.handler', 'fn'),
      'fn/index.ts': '',
    });
    const result = readTerraform(dir);
    expect(result.findings.map((finding) => [finding.code, finding.at])).toEqual([['parse-error', { file: path.join(dir, 'broken.tf'), line: 2, column: 1 }]]);
    expect(result.functions.map((fn) => fn.name)).toEqual(['fn']);
  });

  it('a handler without a source file is a finding at its line; the other functions are still read', () => {
    const dir = projectOnDisk({
      'main.tf': archive('a', 'source_dir = "a"') + archive('b', 'source_dir = "b"') + lambda('gone', 'missing.handler', 'a') + lambda('kept', 'index.handler', 'b'),
      'a/index.ts': '',
      'b/index.ts': '',
    });
    const result = readTerraform(dir);
    expect(result.functions.map((fn) => fn.name)).toEqual(['kept']);
    expect(result.findings.map((finding) => [finding.code, finding.at?.line, finding.message])).toEqual([
      ['missing-handler-file', 13, `${path.join(dir, 'main.tf')}:13: aws_lambda_function.gone has the handler missing.handler with no source file (looked for a/missing.js, a/missing.mjs, ...)`],
    ]);
  });

  it.each([
    ['no filename', 'resource "aws_lambda_function" "fn" {\n  handler   = "index.handler"\n  s3_bucket = "code"\n}\n', 1, 'has no filename (code from S3 or an image is not analysed)'],
    ['a zip built elsewhere', 'resource "aws_lambda_function" "fn" {\n  handler  = "index.handler"\n  filename = "prebuilt.zip"\n}\n', 3, 'has a filename that no data "archive_file" of this folder builds'],
    ['an image', 'resource "aws_lambda_function" "fn" {\n  package_type = "Image"\n  image_uri    = "x"\n}\n', 1, 'has no handler iamgen can read (container image functions are not analysed)'],
  ])('a function with %s is a finding', (_what, source, line, problem) => {
    const dir = projectOnDisk({ 'main.tf': source });
    const result = readTerraform(dir);
    expect(result.functions).toEqual([]);
    expect(result.findings.map((finding) => finding.message)).toEqual([`${path.join(dir, 'main.tf')}:${line}: aws_lambda_function.fn ${problem}`]);
  });

  it('a path that is not a folder is a finding', () => {
    expect(readTerraform('/nonexistent/infra').findings.map((finding) => finding.code)).toEqual(['unreadable-file']);
  });
});
