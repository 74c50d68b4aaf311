'use strict';

const apigw = require('@aws-sdk/client-apigatewaymanagementapi');
const { removeConnection } = require('./connections');

const client = new apigw.ApiGatewayManagementApiClient({ endpoint: process.env.WEBSOCKET_ENDPOINT });

/** Sends `payload` to every connection; connections that are gone are removed from the table. */
async function broadcast(connections, payload) {
  const data = Buffer.from(JSON.stringify(payload));
  const results = await Promise.allSettled(
    connections.map(({ connectionId }) =>
      client.send(new apigw.PostToConnectionCommand({ ConnectionId: connectionId, Data: data })),
    ),
  );

  let delivered = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.status === 'fulfilled') {
      delivered++;
    } else if (r.reason && r.reason.name === 'GoneException') {
      await removeConnection(connections[i].connectionId);
    } else {
      console.error('postToConnection failed', r.reason);
    }
  }
  return delivered;
}

module.exports = { broadcast };
