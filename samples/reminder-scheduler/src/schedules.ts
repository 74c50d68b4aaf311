import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { NOTIFIER_FUNCTION_ARN, SCHEDULER_ROLE_ARN, SCHEDULE_GROUP } from './config.js';

const scheduler = new SchedulerClient({});

const scheduleName = (reminderId: string) => `reminder-${reminderId}`;

/** `at` is an ISO date in UTC without the trailing Z, as Scheduler's `at()` expression expects. */
export async function scheduleReminder(reminderId: string, at: string, payload: object): Promise<string> {
  const res = await scheduler.send(
    new CreateScheduleCommand({
      Name: scheduleName(reminderId),
      GroupName: SCHEDULE_GROUP,
      ScheduleExpression: `at(${at})`,
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: NOTIFIER_FUNCTION_ARN,
        RoleArn: SCHEDULER_ROLE_ARN,
        Input: JSON.stringify(payload),
        RetryPolicy: { MaximumRetryAttempts: 3 },
      },
    }),
  );
  return res.ScheduleArn!;
}

export async function cancelReminder(reminderId: string): Promise<void> {
  await scheduler.send(new DeleteScheduleCommand({ Name: scheduleName(reminderId), GroupName: SCHEDULE_GROUP }));
}
