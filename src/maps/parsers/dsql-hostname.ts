import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// Aurora DSQL endpoints are "<cluster-id>.dsql.<region>.on.aws"; IAM names the cluster by its id.
// https://docs.aws.amazon.com/aurora-dsql/latest/userguide/using-database-and-iam-roles.html

/** Cluster endpoint (or cluster ARN) -> Identifier (= ClusterId) and Region. */
export const parseDsqlHostname: ValueParser = (value) => {
  if (value === undefined) return [];
  const arn = splitArn(value);
  if (arn) {
    const id = /^cluster\/([^/]+)$/.exec(arn.resource)?.[1] ?? '*';
    return [{ arn: value, vars: { Partition: arn.partition, Region: arn.region, Account: arn.account, Identifier: id, ClusterId: id } }];
  }
  const host = value.replace(/^[a-z]+:\/\//, '').replace(/[:/].*$/, '');
  const endpoint = /^([^.]+)\.dsql(?:-[a-z0-9]+)?\.([^.]+)\.on\.aws$/.exec(host);
  if (!endpoint) return [{ vars: { Identifier: '*', ClusterId: '*', Region: '*' } }];
  const id = endpoint[1] ?? '*';
  return [{ vars: { Identifier: id, ClusterId: id, Region: endpoint[2] ?? '*' } }];
};
