import type { ValueParser } from './value-parser.js';

// The Management API's endpoint is "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>".
// A custom domain hides the API id and the stage behind a mapping, so both are unknown; the
// region is still the client's, because the request is signed for it.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html

/** Client endpoint -> ApiId, Region, Stage. */
export const parseApigwEndpoint: ValueParser = (value, context) => {
  if (value === undefined) return [{ vars: { ApiId: '*', Region: context.region, Stage: '*' } }];
  const url = /^(?:[a-z*]+:\/\/)?([^/?#]*)(?:\/([^/?#]*))?/.exec(value);
  const host = url?.[1] ?? '';
  const stage = url?.[2] ?? '';
  const executeApiHost = /^([^.]+)\.execute-api\.([^.]+)\.amazonaws\.com(?:\.cn)?$/.exec(host);
  if (!executeApiHost) return [{ vars: { ApiId: '*', Region: context.region, Stage: '*' } }];
  return [
    {
      vars: {
        ApiId: executeApiHost[1] ?? '*',
        Region: executeApiHost[2] ?? '*',
        Stage: stage === '' ? '*' : stage,
      },
    },
  ];
};
