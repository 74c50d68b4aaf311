import middy from '@middy/core';
import secretsManager from '@middy/secrets-manager';
import ssm from '@middy/ssm';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { SETTINGS_PARAMETER, SIGNING_SECRET_NAME } from './config.js';
import { forward, type ProviderEvent } from './forward.js';
import { verifySignature } from './signature.js';

type WebhookContext = Context & { signingSecret: string; settings: string };

async function receive(event: APIGatewayProxyEvent, context: WebhookContext): Promise<APIGatewayProxyResult> {
  const body = event.body ?? '';
  if (!verifySignature(event.headers['x-signature'], body, context.signingSecret)) {
    return { statusCode: 401, body: 'bad signature' };
  }

  const settings = JSON.parse(context.settings) as { ignoredTypes?: string[] };
  const payload = JSON.parse(body) as { events?: ProviderEvent[] } | ProviderEvent;
  const events = ('events' in payload ? payload.events ?? [] : [payload as ProviderEvent]).filter(
    (e) => !settings.ignoredTypes?.includes(e.type),
  );

  const failed = await forward(events);
  return { statusCode: 202, body: JSON.stringify({ accepted: events.length - failed, failed }) };
}

export const handler = middy(receive)
  .use(
    secretsManager({
      fetchData: { signingSecret: SIGNING_SECRET_NAME },
      setToContext: true,
      cacheExpiry: 15 * 60 * 1000,
    }),
  )
  .use(
    ssm({
      fetchData: { settings: SETTINGS_PARAMETER },
      setToContext: true,
      cacheExpiry: 5 * 60 * 1000,
    }),
  );
