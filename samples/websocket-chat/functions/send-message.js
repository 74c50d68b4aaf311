'use strict';

const { listRoom } = require('../lib/connections');
const { broadcast } = require('../lib/broadcast');
const analytics = require('../lib/analytics');

exports.handler = async (event) => {
  const { room, text } = JSON.parse(event.body || '{}');
  if (!room || !text) return { statusCode: 400, body: 'room and text are required' };

  const message = {
    room,
    text: String(text).slice(0, 2000),
    from: event.requestContext.connectionId,
    at: new Date().toISOString(),
  };

  const connections = await listRoom(room);
  const delivered = await broadcast(connections, message);
  await analytics.publish(room, message);

  return { statusCode: 200, body: JSON.stringify({ delivered }) };
};
