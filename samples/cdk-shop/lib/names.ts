// Names shared by the stack and the dashboards repo.
export const SERVICE_NAME = 'shop-orders';
