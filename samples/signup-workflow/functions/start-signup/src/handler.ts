import { CognitoIdentityProviderClient, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { SIGNUP_STATE_MACHINE_ARN, USER_POOL_CLIENT_ID } from '../../../shared/config.mjs';
import { parseSignup } from './validate.js';

const cognito = new CognitoIdentityProviderClient({});
const sfn = new SFNClient({});

export async function handler(event: APIGatewayProxyEventV2) {
  const form = parseSignup(event.body);
  if ('error' in form) return { statusCode: 400, body: JSON.stringify(form) };

  // A public API: the app client authenticates the call, not the function's role.
  const { UserSub } = await cognito.send(
    new SignUpCommand({
      ClientId: USER_POOL_CLIENT_ID,
      Username: form.email,
      Password: form.password,
      UserAttributes: [
        { Name: 'email', Value: form.email },
        { Name: 'preferred_username', Value: form.username },
      ],
    }),
  );

  await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: SIGNUP_STATE_MACHINE_ARN,
      name: `signup-${UserSub}`,
      input: JSON.stringify({ sub: UserSub, email: form.email, username: form.username }),
    }),
  );
  return { statusCode: 202, body: JSON.stringify({ sub: UserSub }) };
}
