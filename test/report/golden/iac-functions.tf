# Least-privilege policies written by iamgen.

# OrderFunction: template.yaml:42 Resources.OrderFunction
data "aws_iam_policy_document" "OrderFunction" {
  statement {
    sid       = "DynamoDB"
    actions   = ["dynamodb:PutItem", "dynamodb:Query"]
    resources = ["arn:aws:dynamodb:us-east-1:123456789012:table/orders", "arn:aws:dynamodb:us-east-1:123456789012:table/orders/index/*"]
  }

  statement {
    sid       = "Kms"
    actions   = ["kms:Decrypt"]
    resources = ["arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.us-east-1.amazonaws.com"]
    }
  }

  statement {
    sid       = "S3"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::invoices/*"]
  }

  statement {
    sid       = "Sns"
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:us-east-1:123456789012:orders"]
  }

  statement {
    sid       = "Sqs"
    actions   = ["sqs:SendMessage"]
    resources = ["arn:aws:sqs:us-east-1:999999999999:partner-intake"]
  }

  statement {
    sid       = "Ssm"
    actions   = ["ssm:GetParameter"]
    resources = ["arn:aws:ssm:us-east-1:123456789012:parameter/users/$${aws:username}/*"]
  }
}

# report: infra/lambda.tf:7 aws_lambda_function.report
data "aws_iam_policy_document" "report" {
  statement {
    sid       = "ReadOrders"
    actions   = ["dynamodb:Query"]
    resources = [aws_dynamodb_table.orders.arn, "${aws_dynamodb_table.orders.arn}/index/*"]
  }

  statement {
    sid       = "Reports"
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::reports/$${aws:username}/*"]
  }
}

# health: functions/health/index.ts
# needs no AWS permission
