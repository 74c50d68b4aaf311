import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTerraform, type TerraformOptions } from '../../../src/discover/terraform/read-terraform.js';
import { projectOnDisk } from '../serverless/project-on-disk.js';

const declarations = `provider "aws" {
  region = var.region
}

variable "region" {
  default = "eu-central-1"
}
variable "prefix" {
  default = "acme"
}
variable "stage" {
  default = "dev"
}
variable "no_default" {
  type = string
}
variable "names" {
  default = { orders = "orders-v2" }
}

locals {
  base   = "\${var.prefix}-\${var.stage}"
  orders = "\${local.base}-orders"
  loop_a = local.loop_b
  loop_b = local.loop_a
}

data "aws_caller_identity" "me" {}
data "aws_region" "here" {}

resource "aws_dynamodb_table" "orders" {
  name     = local.orders
  hash_key = "id"
}
resource "aws_sqs_queue" "jobs" {
  name = "\${local.base}-jobs"
}
resource "aws_sqs_queue" "anonymous" {
  visibility_timeout_seconds = 30
}
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_sns_topic" "prefixed" {
  name_prefix = "events-"
}
resource "aws_s3_bucket" "files" {
  bucket = "\${var.prefix}-files"
}
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs-"
}
resource "aws_secretsmanager_secret" "api" {
  name = "api-key"
}
resource "aws_sfn_state_machine" "flow" {
  name = "flow"
}
resource "aws_ssm_parameter" "config" {
  name = "/acme/config"
}
resource "aws_ecr_repository" "images" {
  name = "images"
}
`;

function lambdaWith(value: string): string {
  return `data "archive_file" "fn" {
  type        = "zip"
  source_dir  = "\${path.module}/src"
  output_path = "\${path.module}/fn.zip"
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  handler       = "index.handler"
  filename      = data.archive_file.fn.output_path
  role          = "arn:aws:iam::123456789012:role/elsewhere"
  environment {
    variables = {
      VALUE = ${value}
    }
  }
}
`;
}

function resolve(value: string, options: TerraformOptions = { account: '123456789012' }, files: Record<string, string> = {}) {
  const dir = projectOnDisk({ 'main.tf': declarations, 'lambda.tf': lambdaWith(value), 'src/index.ts': 'export const handler = () => 1;\n', ...files });
  const result = readTerraform(dir, options);
  const fn = result.functions[0]!;
  const findings = fn.findings.filter((finding) => finding.code !== 'role-not-in-folder').map((finding) => `${finding.code} ${path.basename(finding.at!.file)}:${finding.at!.line}`);
  return { value: fn.env.VALUE, findings };
}

describe('readTerraform: references', () => {
  it.each([
    ['"plain"', 'plain'],
    ['42', '42'],
    ['var.prefix', 'acme'],
    ['"${var.prefix}-orders"', 'acme-orders'],
    ['var.names["orders"]', 'orders-v2'],
    ['var.names.orders', 'orders-v2'],
    ['local.orders', 'acme-dev-orders'],
    ['aws_dynamodb_table.orders.name', 'acme-dev-orders'],
    ['aws_dynamodb_table.orders.id', 'acme-dev-orders'],
    ['aws_dynamodb_table.orders.arn', 'arn:aws:dynamodb:eu-central-1:123456789012:table/acme-dev-orders'],
    ['aws_dynamodb_table.orders.stream_arn', 'arn:aws:dynamodb:eu-central-1:123456789012:table/acme-dev-orders/stream/*'],
    ['aws_sqs_queue.jobs.url', 'https://sqs.eu-central-1.amazonaws.com/123456789012/acme-dev-jobs'],
    ['aws_sqs_queue.jobs.id', 'https://sqs.eu-central-1.amazonaws.com/123456789012/acme-dev-jobs'],
    ['aws_sqs_queue.jobs.arn', 'arn:aws:sqs:eu-central-1:123456789012:acme-dev-jobs'],
    ['aws_sqs_queue.jobs.name', 'acme-dev-jobs'],
    ['aws_sqs_queue.anonymous.arn', 'arn:aws:sqs:eu-central-1:123456789012:terraform-*'],
    ['aws_sns_topic.alerts.arn', 'arn:aws:sns:eu-central-1:123456789012:alerts'],
    ['aws_sns_topic.alerts.id', 'arn:aws:sns:eu-central-1:123456789012:alerts'],
    ['aws_sns_topic.prefixed.arn', 'arn:aws:sns:eu-central-1:123456789012:events-*'],
    ['aws_s3_bucket.files.bucket', 'acme-files'],
    ['aws_s3_bucket.files.id', 'acme-files'],
    ['aws_s3_bucket.files.arn', 'arn:aws:s3:::acme-files'],
    ['aws_s3_bucket.logs.id', 'logs-*'],
    ['aws_secretsmanager_secret.api.arn', 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:api-key-??????'],
    ['aws_sfn_state_machine.flow.arn', 'arn:aws:states:eu-central-1:123456789012:stateMachine:flow'],
    ['aws_ssm_parameter.config.arn', 'arn:aws:ssm:eu-central-1:123456789012:parameter/acme/config'],
    ['data.aws_caller_identity.me.account_id', '123456789012'],
    ['data.aws_region.here.name', 'eu-central-1'],
    ['format("%s-%s", var.prefix, "x")', 'acme-x'],
    ['join("-", [var.prefix, "y"])', 'acme-y'],
    ['upper(var.prefix)', 'ACME'],
    ['replace(local.base, "-", "_")', 'acme_dev'],
    ['lookup(var.names, "orders", "none")', 'orders-v2'],
    ['var.stage == "prod" ? "big" : "small"', 'small'],
    ['try(var.no_default, "fallback")', 'fallback'],
    ['jsonencode({ b = 1, a = [var.prefix] })', '{"a":["acme"],"b":1}'],
  ])('%s is %s', (written, expected) => {
    expect(resolve(written)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['var.prefix', { parameters: { prefix: 'given' } }, {}, 'given'],
    ['var.prefix', {}, { 'terraform.tfvars': 'prefix = "from-tfvars"\n' }, 'from-tfvars'],
    ['var.prefix', {}, { 'terraform.tfvars': 'prefix = "from-tfvars"\n', 'prod.auto.tfvars': 'prefix = "from-auto"\n' }, 'from-auto'],
    ['var.prefix', { parameters: { prefix: 'given' } }, { 'terraform.tfvars': 'prefix = "from-tfvars"\n' }, 'given'],
    ['data.aws_region.here.name', { region: 'ap-south-1' }, {}, 'ap-south-1'],
    ['terraform.workspace', { stage: 'prod' }, {}, 'prod'],
    ['aws_sqs_queue.jobs.arn', { partition: 'aws-cn', account: '1' }, {}, 'arn:aws-cn:sqs:eu-central-1:1:acme-dev-jobs'],
  ] as Array<[string, TerraformOptions, Record<string, string>, string]>)('%s with %j and %j is %s', (written, options, files, expected) => {
    expect(resolve(written, options, files)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['data.aws_caller_identity.me.account_id', {}, '*'],
    ['"arn:aws:sqs:${data.aws_region.here.name}:x"', { region: undefined }, 'arn:aws:sqs:eu-central-1:x'],
    ['terraform.workspace', {}, '*'],
  ] as Array<[string, TerraformOptions, string]>)('%s with %j is %s without a problem: where it runs is not a property of the code', (written, options, expected) => {
    expect(resolve(written, options)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['var.no_default', '*'],
    ['var.undeclared', '*'],
    ['local.missing', '*'],
    ['"${var.no_default}-orders"', '*-orders'],
    ['aws_dynamodb_table.missing.arn', '*'],
    ['aws_ecr_repository.images.repository_url', '*'],
    ['module.shared.table_name', '*'],
    ['templatefile("x.tpl", {})', '*'],
    ['[for s in ["a"] : s]', '*'],
    ['var.stage == var.no_default ? "a" : "b"', '*'],
  ])('%s cannot be evaluated: %s and a finding at its line', (written, expected) => {
    const { value, findings } = resolve(written);
    expect(value).toBe(expected);
    expect(findings[0]).toBe('unresolved-reference lambda.tf:14');
  });

  it('a local that leads back to itself ends as "*"', () => {
    expect(resolve('local.loop_a').value).toBe('*');
  });
});
