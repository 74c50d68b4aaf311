// Fills the dev table with sample orders: `npx tsx scripts/seed-orders.ts`. Not deployed.
import { saveNewOrder } from '../src/lib/orders-table.js';

for (let index = 0; index < 20; index += 1) {
  await saveNewOrder({ orderId: `seed-${index}`, customerId: `customer-${index % 4}`, items: [{ sku: 'tea', quantity: 1 }], status: 'placed' });
}
