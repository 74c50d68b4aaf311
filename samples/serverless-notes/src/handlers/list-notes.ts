import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { documentClient, notesTable } from '../lib/clients.js';

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const owner = event.queryStringParameters?.owner;
  if (!owner) return { statusCode: 400, body: JSON.stringify({ message: 'owner is required' }) };

  const result = await documentClient.send(
    new QueryCommand({
      TableName: notesTable,
      IndexName: process.env.OWNER_INDEX,
      KeyConditionExpression: '#owner = :owner',
      ExpressionAttributeNames: { '#owner': 'owner' },
      ExpressionAttributeValues: { ':owner': owner },
    }),
  );
  return { statusCode: 200, body: JSON.stringify(result.Items ?? []) };
};
