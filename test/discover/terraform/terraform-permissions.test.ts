import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../../src/model.js';
import { readTerraform } from '../../../src/discover/terraform/read-terraform.js';
import { projectOnDisk } from '../serverless/project-on-disk.js';

const base = `data "archive_file" "fn" {
  type        = "zip"
  source_dir  = "fn"
  output_path = "fn.zip"
}
resource "aws_lambda_function" "fn" {
  handler  = "index.handler"
  filename = data.archive_file.fn.output_path
  role     = ROLE
}
resource "aws_iam_role" "fn" {
  name = "fn-role"
}
resource "aws_iam_role" "other" {
  name = "other-role"
}
resource "aws_s3_bucket" "files" {
  bucket = "acme-files"
}
`;

function declared(role: string, iam: string) {
  const dir = projectOnDisk({ 'main.tf': base.replace('ROLE', role) + iam, 'fn/index.ts': '' });
  const fn = readTerraform(dir, { account: '123456789012', region: 'us-east-1' }).functions[0]!;
  return { policies: fn.declaredPolicies, managed: fn.managedPolicyArns, findings: fn.findings.map((finding) => finding.code) };
}

const readFiles: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-files/*' }] };
const jsonencoded = `jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.files.arn}/*" }]
  })`;

describe('readTerraform: declared permissions', () => {
  it.each([
    ['aws_iam_role.fn.arn', 'role = aws_iam_role.fn.id'],
    ['aws_iam_role.fn.arn', 'role = aws_iam_role.fn.name'],
    ['aws_iam_role.fn.arn', 'role = "fn-role"'],
    ['"arn:aws:iam::123456789012:role/fn-role"', 'role = aws_iam_role.fn.name'],
  ])('role = %s and an aws_iam_role_policy with %s', (role, policyRole) => {
    const iam = `resource "aws_iam_role_policy" "p" {\n  ${policyRole}\n  policy = ${jsonencoded}\n}\nresource "aws_iam_role_policy" "not_mine" {\n  role   = aws_iam_role.other.id\n  policy = ${jsonencoded}\n}\n`;
    expect(declared(role, iam)).toEqual({ policies: [readFiles], managed: [], findings: [] });
  });

  it('a policy from data "aws_iam_policy_document" with conditions', () => {
    const iam = `data "aws_iam_policy_document" "p" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.files.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "s3:ExistingObjectTag/team"
      values   = ["a", "b"]
    }
  }
  statement {
    effect        = "Deny"
    not_actions   = ["s3:*"]
    not_resources = ["*"]
  }
}
resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.fn.id
  policy = data.aws_iam_policy_document.p.json
}
`;
    expect(declared('aws_iam_role.fn.arn', iam).policies).toEqual([
      {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::acme-files/*'], Condition: { StringEquals: { 's3:ExistingObjectTag/team': ['a', 'b'] } } },
          { Effect: 'Deny', NotAction: ['s3:*'], NotResource: ['*'] },
        ],
      },
    ]);
  });

  it('a heredoc policy whose Statement is one object', () => {
    const iam = `resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.fn.id
  policy = <<EOF
{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"}}
EOF
}
`;
    expect(declared('aws_iam_role.fn.arn', iam).policies).toEqual([{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }]);
  });

  it('inline_policy and managed_policy_arns of the role itself', () => {
    const role = `resource "aws_iam_role" "fn" {\n  name = "fn-role"\n  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]\n  inline_policy {\n    name   = "files"\n    policy = ${jsonencoded}\n  }\n}\n`;
    const main = base.replace('ROLE', 'aws_iam_role.fn.arn').replace('resource "aws_iam_role" "fn" {\n  name = "fn-role"\n}\n', role);
    const dir = projectOnDisk({ 'main.tf': main, 'fn/index.ts': '' });
    const fn = readTerraform(dir, { account: '123456789012' }).functions[0]!;
    expect([fn.declaredPolicies, fn.managedPolicyArns]).toEqual([[readFiles], ['arn:aws:iam::aws:policy/ReadOnlyAccess']]);
  });

  it('attachments: an AWS managed policy by ARN, a policy of the folder expanded', () => {
    const iam = `resource "aws_iam_policy" "files" {
  name   = "files"
  policy = ${jsonencoded}
}
resource "aws_iam_role_policy_attachment" "files" {
  role       = aws_iam_role.fn.name
  policy_arn = aws_iam_policy.files.arn
}
resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.fn.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}
resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  roles      = [aws_iam_role.other.name, aws_iam_role.fn.name]
  policy_arn = "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"
}
`;
    expect(declared('aws_iam_role.fn.arn', iam)).toEqual({
      policies: [readFiles],
      managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'],
      findings: [],
    });
  });

  it('a role outside the folder is a note, and nothing is declared', () => {
    expect(declared('var.role_arn', 'variable "role_arn" {\n  default = "arn:aws:iam::123456789012:role/shared"\n}\n')).toEqual({ policies: [], managed: [], findings: ['role-not-in-folder'] });
  });

  it('a policy document that cannot be evaluated is a finding', () => {
    const iam = 'resource "aws_iam_role_policy" "p" {\n  role   = aws_iam_role.fn.id\n  policy = templatefile("policy.tpl", {})\n}\n';
    expect(declared('aws_iam_role.fn.arn', iam)).toEqual({ policies: [], managed: [], findings: ['unresolved-reference', 'unresolved-reference'] });
  });
});
