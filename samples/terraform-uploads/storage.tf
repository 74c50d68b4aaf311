resource "aws_s3_bucket" "uploads" {
  bucket = "${local.name_prefix}-uploads"
  tags   = local.tags
}

resource "aws_dynamodb_table" "uploads" {
  name         = "${local.name_prefix}-uploads"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_sqs_queue" "thumbnails" {
  name                       = "${local.name_prefix}-thumbnails"
  visibility_timeout_seconds = 60
}

# No name: the provider adds a unique suffix to the prefix.
resource "aws_sns_topic" "processed" {
  name_prefix = "${local.name_prefix}-processed-"
}
