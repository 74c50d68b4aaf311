import type { Finder } from './finder.js';
import { awsExportCalled, operationOf } from './finder.js';

/** `createPresignedPost(client, { Bucket, Key })`: the form uploads with the signer's s3:PutObject. */
export const s3PresignedPost: Finder = {
  name: 's3-presigned-post',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, (module) => module === '@aws-sdk/s3-presigned-post');
    if (called?.name !== 'createPresignedPost') return [];
    const [clientExpr, input] = node.arguments ?? [];
    const client = clientExpr ? ctx.classify(clientExpr) : undefined;
    return [{ node, service: 's3', operation: operationOf('s3', 'PutObject'), spelled: 'createPresignedPost', input: input && ctx.arg(input), client: client?.kind === 'client' ? client : undefined }];
  },
};
