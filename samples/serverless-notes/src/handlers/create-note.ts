import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { documentClient, notesTable } from '../lib/clients.js';

const s3 = new S3Client({});
const sns = new SNSClient({});
const sqs = new SQSClient({});

interface NewNote {
  owner: string;
  title: string;
  body: string;
}

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const note: NewNote = JSON.parse(event.body ?? '{}');
  const id = randomUUID();

  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.ATTACHMENTS_BUCKET,
      Key: `notes/${id}.md`,
      Body: note.body,
      ContentType: 'text/markdown',
    }),
  );
  await documentClient.send(new PutCommand({ TableName: notesTable, Item: { id, owner: note.owner, title: note.title } }));
  await sns.send(new PublishCommand({ TopicArn: process.env.NOTE_EVENTS_TOPIC_ARN, Message: JSON.stringify({ type: 'NoteCreated', id }) }));
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.INDEX_QUEUE_URL, MessageBody: id }));

  return { statusCode: 201, body: JSON.stringify({ id }) };
};
