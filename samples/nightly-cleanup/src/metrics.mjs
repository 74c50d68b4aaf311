import { CloudWatch } from '@aws-sdk/client-cloudwatch';
import { STS } from '@aws-sdk/client-sts';
import { METRIC_NAMESPACE } from './config.mjs';

const cloudwatch = new CloudWatch({});
const sts = new STS({});

export async function whoAmI() {
  const { Account, Arn } = await sts.getCallerIdentity({});
  return { account: Account, principal: Arn };
}

export async function reportCounts(counts) {
  await cloudwatch.putMetricData({
    Namespace: METRIC_NAMESPACE,
    MetricData: Object.entries(counts).map(([name, value]) => ({
      MetricName: name,
      Value: value,
      Unit: 'Count',
      Timestamp: new Date(),
    })),
  });
}
