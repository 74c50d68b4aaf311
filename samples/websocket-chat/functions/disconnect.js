'use strict';

const { removeConnection } = require('../lib/connections');

exports.handler = async (event) => {
  await removeConnection(event.requestContext.connectionId);
  return { statusCode: 200, body: 'bye' };
};
