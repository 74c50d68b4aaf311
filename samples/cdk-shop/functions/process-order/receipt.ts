export function renderReceipt(orderId: string): string {
  return [`Receipt for order ${orderId}`, `Paid at ${new Date().toISOString()}`].join('\n');
}
