data "archive_file" "create_upload" {
  type        = "zip"
  source_dir  = "${path.module}/functions/create-upload"
  output_path = "${path.module}/build/create-upload.zip"
}

# Built by `npm run build` into dist/; the zip holds only the bundled file.
data "archive_file" "process_upload" {
  type        = "zip"
  source_file = "${path.module}/functions/process-upload/dist/handler.js"
  output_path = "${path.module}/build/process-upload.zip"
}

resource "aws_lambda_function" "create_upload" {
  function_name    = "${local.name_prefix}-create-upload"
  role             = aws_iam_role.create_upload.arn
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = data.archive_file.create_upload.output_path
  source_code_hash = data.archive_file.create_upload.output_base64sha256

  environment {
    variables = {
      BUCKET_NAME   = aws_s3_bucket.uploads.bucket
      TABLE_NAME    = aws_dynamodb_table.uploads.name
      UPLOAD_PREFIX = "incoming/"
    }
  }
}

resource "aws_lambda_function" "process_upload" {
  function_name = "${local.name_prefix}-process-upload"
  role          = aws_iam_role.process_upload.arn
  runtime       = "nodejs20.x"
  handler       = "handler.handler"
  filename      = "${path.module}/build/process-upload.zip"
  timeout       = 60

  environment {
    variables = {
      BUCKET_NAME = aws_s3_bucket.uploads.id
      TABLE_NAME  = aws_dynamodb_table.uploads.name
      QUEUE_URL   = aws_sqs_queue.thumbnails.url
      TOPIC_ARN   = aws_sns_topic.processed.arn
    }
  }
}

/*
resource "aws_lambda_function" "reindex" {
  function_name = "${local.name_prefix}-reindex"
  handler       = "reindex.handler"
}
*/
