import AWS from 'aws-sdk';
import { DEFAULT_GROUP, TABLES, USER_POOL_ID } from '../../shared/config.mjs';

const cognito = new AWS.CognitoIdentityServiceProvider();
const documents = new AWS.DynamoDB.DocumentClient();

/** Step Functions task: { sub, email, username } -> confirmed user with a claimed username. */
export const handler = async ({ sub, email, username }) => {
  await documents
    .transactWrite({
      TransactItems: [
        {
          Put: {
            TableName: TABLES.usernames,
            Item: { username, sub },
            ConditionExpression: 'attribute_not_exists(username)',
          },
        },
        {
          Put: {
            TableName: TABLES.users,
            Item: { sub, email, username, createdAt: new Date().toISOString() },
          },
        },
      ],
    })
    .promise();

  await cognito.adminConfirmSignUp({ UserPoolId: USER_POOL_ID, Username: email }).promise();
  await cognito.adminAddUserToGroup({ UserPoolId: USER_POOL_ID, Username: email, GroupName: DEFAULT_GROUP }).promise();

  return { sub, confirmed: true };
};
