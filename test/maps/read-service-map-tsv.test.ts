import { describe, expect, it } from 'vitest';
import { parseServiceMapTsv } from '../../scripts/generate/read-service-map-tsv.js';

const header = 'v3_package\tv2_class\tboto3\tserviceId\tsigning_name\tendpoint_prefix\tiam_prefix';

describe('parseServiceMapTsv', () => {
  it.each([
    {
      name: 'a plain row',
      lines: ['@aws-sdk/client-sfn\tStepFunctions\tstepfunctions\tSFN\tstates\tstates\tstates'],
      expected: [{ id: 'sfn', package: '@aws-sdk/client-sfn', v2Class: 'StepFunctions', boto3: ['stepfunctions'], serviceId: 'SFN', signingName: 'states', endpointPrefix: 'states', iamPrefix: 'states' }],
    },
    {
      name: 'no v2 class, empty IAM prefix kept empty',
      lines: ['@aws-sdk/client-backupsearch\t\tbackupsearch\tBackupSearch\tbackup-search\tbackup-search\t'],
      expected: [{ id: 'backupsearch', package: '@aws-sdk/client-backupsearch', boto3: ['backupsearch'], serviceId: 'BackupSearch', signingName: 'backup-search', endpointPrefix: 'backup-search', iamPrefix: '' }],
    },
    {
      name: 'one package on two rows becomes one client with both boto3 names, sorted by id',
      lines: [
        '@aws-sdk/client-s3\tS3\ts3\tS3\ts3\ts3\ts3',
        '@aws-sdk/client-pinpoint-sms-voice\tPinpointSMSVoice\tsms-voice\tPinpoint SMS Voice\tsms-voice\tsms-voice.pinpoint\tsms-voice',
        '@aws-sdk/client-pinpoint-sms-voice\tPinpointSMSVoice\tpinpoint-sms-voice\tPinpoint SMS Voice\tsms-voice\tsms-voice.pinpoint\tsms-voice',
        '',
      ],
      expected: [
        { id: 'pinpoint-sms-voice', package: '@aws-sdk/client-pinpoint-sms-voice', v2Class: 'PinpointSMSVoice', boto3: ['pinpoint-sms-voice', 'sms-voice'], serviceId: 'Pinpoint SMS Voice', signingName: 'sms-voice', endpointPrefix: 'sms-voice.pinpoint', iamPrefix: 'sms-voice' },
        { id: 's3', package: '@aws-sdk/client-s3', v2Class: 'S3', boto3: ['s3'], serviceId: 'S3', signingName: 's3', endpointPrefix: 's3', iamPrefix: 's3' },
      ],
    },
  ])('$name', ({ lines, expected }) => {
    expect(parseServiceMapTsv([header, ...lines].join('\n'))).toEqual(expected);
  });

  it.each([
    { name: 'a wrong header', text: 'package\tv2\n', message: 'sdk-service-map.tsv: expected header v3_package, v2_class, boto3, serviceId, signing_name, endpoint_prefix, iam_prefix, got package, v2' },
    { name: 'a row without a client package', text: `${header}\n@aws-sdk/lib-dynamodb\t\tx\tX\tx\tx\tx`, message: 'sdk-service-map.tsv line 2: expected an @aws-sdk/client-* package and a boto3 name' },
  ])('rejects $name', ({ text, message }) => {
    expect(() => parseServiceMapTsv(text)).toThrow(message);
  });
});
