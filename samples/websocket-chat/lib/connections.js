'use strict';

const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocument } = require('@aws-sdk/lib-dynamodb');

const TABLE = process.env.CONNECTIONS_TABLE;
const ROOM_INDEX = 'room-index';
const TTL_SECONDS = 2 * 60 * 60;

const db = DynamoDBDocument.from(new DynamoDBClient({}));

async function saveConnection(connectionId, roomId, userName) {
  await db.put({
    TableName: TABLE,
    Item: {
      connectionId,
      roomId,
      userName,
      expiresAt: Math.floor(Date.now() / 1000) + TTL_SECONDS,
    },
  });
}

async function removeConnection(connectionId) {
  await db.delete({ TableName: TABLE, Key: { connectionId } });
}

async function listRoom(roomId) {
  const result = await db.query({
    TableName: TABLE,
    IndexName: ROOM_INDEX,
    KeyConditionExpression: 'roomId = :r',
    ExpressionAttributeValues: { ':r': roomId },
    ProjectionExpression: 'connectionId, userName',
  });
  return result.Items || [];
}

module.exports = { saveConnection, removeConnection, listRoom };
