export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Order {
  orderId: string;
  customerId: string;
  lines: OrderLine[];
  totalCents: number;
  status: 'PLACED' | 'SHIPPED' | 'CANCELLED';
  createdAt: string;
}
