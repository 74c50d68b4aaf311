export const REMINDERS_TABLE = process.env.REMINDERS_TABLE!;
export const NOTIFIER_FUNCTION_ARN = process.env.NOTIFIER_FUNCTION_ARN!;
export const SCHEDULER_ROLE_ARN = process.env.SCHEDULER_ROLE_ARN!;
export const SCHEDULE_GROUP = 'reminders';
