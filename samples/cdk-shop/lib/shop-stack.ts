import * as path from 'path';
import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as lambda_nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SERVICE_NAME } from './names';

export class ShopStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const stage: string = this.node.tryGetContext('stage') ?? 'dev';

    const orders = new dynamodb.Table(this, 'Orders', {
      tableName: `${SERVICE_NAME}-${stage}`,
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    orders.addGlobalSecondaryIndex({
      indexName: 'byCustomer',
      partitionKey: { name: 'customerId', type: dynamodb.AttributeType.STRING },
    });

    const receipts = new s3.Bucket(this, 'Receipts', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    const orderQueue = new sqs.Queue(this, 'OrderQueue', {
      visibilityTimeout: Duration.seconds(90),
    });

    const alerts = new sns.Topic(this, 'Alerts');

    const common = {
      runtime: lambda.Runtime.NODEJS_20_X,
      memorySize: 512,
      timeout: Duration.seconds(15),
      bundling: { minify: true, sourceMap: true },
      logRetention: logs.RetentionDays.ONE_MONTH,
    };

    const createOrder = new lambda_nodejs.NodejsFunction(this, 'CreateOrder', {
      ...common,
      entry: path.join(__dirname, '../functions/create-order/index.ts'),
      handler: 'handler',
      environment: {
        TABLE_NAME: orders.tableName,
        QUEUE_URL: orderQueue.queueUrl,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      },
    });
    orders.grantWriteData(createOrder);
    orderQueue.grantSendMessages(createOrder);

    const processOrder = new NodejsFunction(this, 'ProcessOrder', {
      ...common,
      entry: `${__dirname}/../functions/process-order/handler.ts`,
      handler: 'main',
      environment: {
        TABLE_NAME: orders.tableName,
        RECEIPTS_BUCKET: receipts.bucketName,
        ALERTS_TOPIC_ARN: alerts.topicArn,
      },
    });
    // Broader than the handler needs: it only updates items and writes receipts.
    orders.grantReadWriteData(processOrder);
    receipts.grantPut(processOrder);
    alerts.grantPublish(processOrder);
    processOrder.addEventSource(new SqsEventSource(orderQueue, { batchSize: 10 }));

    // No entry: NodejsFunction bundles lib/shop-stack.DailyReport.ts.
    const dailyReport = new NodejsFunction(this, 'DailyReport', {
      ...common,
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: orders.tableName,
        REPORT_BUCKET: receipts.bucketName,
        REPORT_PREFIX: `reports/${stage}/`,
      },
    });
    orders.grantReadData(dailyReport);
    receipts.grantReadWrite(dailyReport);
    dailyReport.addToRolePolicy(new iam.PolicyStatement({
      actions: ['cloudwatch:PutMetricData'],
      resources: ['*'],
    }));
  }
}
