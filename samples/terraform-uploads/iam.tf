data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "create_upload" {
  name               = "${local.name_prefix}-create-upload"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

resource "aws_iam_role_policy" "create_upload" {
  name = "uploads"
  role = aws_iam_role.create_upload.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:PutObject"]
        Resource = "${aws_s3_bucket.uploads.arn}/incoming/*"
      },
      {
        Effect   = "Allow"
        Action   = "dynamodb:PutItem"
        Resource = aws_dynamodb_table.uploads.arn
      },
    ]
  })
}

resource "aws_iam_role" "process_upload" {
  name               = "${local.name_prefix}-process-upload"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

# Grants far more than the function uses: every S3 and DynamoDB action, any topic.
data "aws_iam_policy_document" "process_upload" {
  statement {
    sid       = "Storage"
    actions   = ["s3:*", "dynamodb:*"]
    resources = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*", aws_dynamodb_table.uploads.arn]
  }
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.thumbnails.arn]
  }
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "process_upload" {
  name   = "process-upload"
  role   = aws_iam_role.process_upload.name
  policy = data.aws_iam_policy_document.process_upload.json
}

resource "aws_iam_role_policy_attachment" "process_upload_logs" {
  role       = aws_iam_role.process_upload.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}
