variable "region" {
  type    = string
  default = "us-east-1"
}

variable "prefix" {
  description = "Prefix of every resource name"
  type        = string
  default     = "acme"
}

variable "environment" {
  type    = string
  default = "prod"
}
