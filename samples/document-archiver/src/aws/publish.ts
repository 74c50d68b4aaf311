import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { eventBridge } from './clients.js';

type EventBridgeCommand = Parameters<EventBridgeClient['send']>[0];

/** Sends any EventBridge command with the shared client (one place to add tracing). */
export async function publish<C extends EventBridgeCommand>(command: C) {
  return eventBridge.send(command);
}
