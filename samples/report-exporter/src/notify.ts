import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { PDF_RENDERER_ALIAS, PDF_RENDERER_FUNCTION, REPORT_READY_TOPIC_ARN } from './config.js';

const lambda = new LambdaClient({});
const sns = new SNSClient({});

export async function renderSummary(tenantId: string, month: string, totalCents: number): Promise<string | undefined> {
  const res = await lambda.send(
    new InvokeCommand({
      FunctionName: PDF_RENDERER_FUNCTION,
      Qualifier: PDF_RENDERER_ALIAS,
      InvocationType: 'RequestResponse',
      Payload: Buffer.from(JSON.stringify({ template: 'monthly-summary', tenantId, month, totalCents })),
    }),
  );
  if (res.FunctionError) return undefined;
  return (JSON.parse(Buffer.from(res.Payload ?? []).toString()) as { url?: string }).url;
}

export async function announce(tenantId: string, month: string, csvUrl: string, pdfUrl?: string): Promise<void> {
  await sns.send(
    new PublishCommand({
      TopicArn: REPORT_READY_TOPIC_ARN,
      Subject: `Invoice export ${month}`,
      Message: JSON.stringify({ tenantId, month, csvUrl, pdfUrl }),
      MessageAttributes: { tenantId: { DataType: 'String', StringValue: tenantId } },
    }),
  );
}
