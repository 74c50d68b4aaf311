import type { ParserName } from '../format.js';
import type { ValueParser } from './value-parser.js';
import { parseApigwEndpoint } from './apigw-endpoint.js';
import { parseAthenaQueryTables } from './athena-query-tables.js';
import { parseArnOrName } from './arn-or-name.js';
import { parseBedrockModelId } from './bedrock-model-id.js';
import { parseDsqlHostname } from './dsql-hostname.js';
import { parseEmailIdentity } from './email-identity.js';
import { parseEventBusName } from './event-bus-name.js';
import { parseKmsKeyId } from './kms-key-id.js';
import { parseLambdaFunctionName } from './lambda-function-name.js';
import { parsePartiqlStatement } from './partiql-statement.js';
import { parseS3CopySource } from './s3-copy-source.js';
import { parseS3Uri } from './s3-uri.js';
import { parseSecretId } from './secret-id.js';
import { parseSqsQueueUrl } from './sqs-queue-url.js';
import { parseSsmParameterName } from './ssm-parameter-name.js';

export type { ParsedValue, ValueParser } from './value-parser.js';

/** Every value parser an action map may name, by its ParserName. */
export const valueParsers: Record<ParserName, ValueParser> = {
  'sqs-queue-url': parseSqsQueueUrl,
  's3-copy-source': parseS3CopySource,
  'secret-id': parseSecretId,
  'lambda-function-name': parseLambdaFunctionName,
  'ssm-parameter-name': parseSsmParameterName,
  'event-bus-name': parseEventBusName,
  'kms-key-id': parseKmsKeyId,
  'email-identity': parseEmailIdentity,
  'apigw-endpoint': parseApigwEndpoint,
  'partiql-statement': parsePartiqlStatement,
  'bedrock-model-id': parseBedrockModelId,
  'dsql-hostname': parseDsqlHostname,
  'arn-or-name': parseArnOrName,
  's3-uri': parseS3Uri,
  'athena-query-tables': parseAthenaQueryTables,
};
