import type { Finder } from './finder.js';
import { libDynamodb } from './lib-dynamodb.js';
import { libStorage } from './lib-storage.js';
import { methodReference } from './method-reference.js';
import { middy } from './middy.js';
import { paginator } from './paginator.js';
import { powertoolsIdempotency } from './powertools-idempotency.js';
import { powertoolsParameters } from './powertools-parameters.js';
import { presigner } from './presigner.js';
import { rdsSigner } from './rds-signer.js';
import { s3PresignedPost } from './s3-presigned-post.js';
import { v2Client } from './v2-client.js';
import { v2DocumentClient } from './v2-document-client.js';
import { v3Aggregated } from './v3-aggregated.js';
import { v3Send } from './v3-send.js';
import { waiter } from './waiter.js';

/** Every SDK shape the analyzer recognises. Each call and `new` of reachable code is shown to each. */
export const FINDERS: readonly Finder[] = [
  v3Send,
  v3Aggregated,
  methodReference,
  libDynamodb,
  paginator,
  waiter,
  presigner,
  s3PresignedPost,
  libStorage,
  rdsSigner,
  v2Client,
  v2DocumentClient,
  powertoolsParameters,
  powertoolsIdempotency,
  middy,
];
