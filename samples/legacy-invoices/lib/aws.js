'use strict';

const AWS = require('aws-sdk');

AWS.config.update({ maxRetries: 3, httpOptions: { timeout: 5000 } });

module.exports = {
  s3: new AWS.S3({ signatureVersion: 'v4' }),
  db: new AWS.DynamoDB.DocumentClient({ convertEmptyValues: true }),
  sns: new AWS.SNS(),
};
