'use strict';

const { saveConnection } = require('../lib/connections');

exports.handler = async (event) => {
  const { connectionId } = event.requestContext;
  const { room, name } = event.queryStringParameters || {};
  if (!room) return { statusCode: 400, body: 'room is required' };

  await saveConnection(connectionId, room, name || 'anonymous');
  return { statusCode: 200, body: 'connected' };
};
