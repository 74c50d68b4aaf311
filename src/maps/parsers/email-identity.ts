import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// SES authorizes sending on the identity that verifies the sender: the address itself or its
// domain. The code cannot tell which one is verified, so a sender gives both readings.
// https://docs.aws.amazon.com/ses/latest/dg/control-user-access.html

/** "Name <user@example.com>" | "user@example.com" | identity ARN -> IdentityName readings. */
export const parseEmailIdentity: ValueParser = (value) => {
  if (value === undefined) return [];
  const arn = splitArn(value);
  if (arn) {
    const identity = /^identity\/(.+)$/.exec(arn.resource)?.[1] ?? '*';
    return [{ arn: value, vars: { Partition: arn.partition, Region: arn.region, Account: arn.account, IdentityName: identity } }];
  }
  const address = (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim();
  const at = address.lastIndexOf('@');
  if (at === -1) {
    // A bare domain is an identity of its own; anything else unreadable is unknown.
    return [{ vars: { IdentityName: address === '' || /\s/.test(address) ? '*' : address } }];
  }
  const domain = address.slice(at + 1);
  const readings = [address, domain === '' ? '*' : domain];
  return [...new Set(readings)].map((identity) => ({ vars: { IdentityName: identity } }));
};
