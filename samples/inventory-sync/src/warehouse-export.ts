import { Client as MinioClient } from 'minio';

const minio = new MinioClient({
  endPoint: process.env.MINIO_ENDPOINT ?? 'localhost',
  port: 9000,
  useSSL: true,
  accessKey: process.env.MINIO_ACCESS_KEY ?? '',
  secretKey: process.env.MINIO_SECRET_KEY ?? '',
});

const EXPORT_BUCKET = 'stock-exports';

export interface StockRow {
  sku: string;
  warehouse: string;
  onHand: number;
}

export async function readLatestExport(): Promise<StockRow[]> {
  const stream = await minio.getObject(EXPORT_BUCKET, 'latest/stock.csv');
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [sku = '', warehouse = '', onHand = '0'] = line.split(',');
      return { sku, warehouse, onHand: Number(onHand) };
    });
}

export async function archiveExport(runId: string): Promise<void> {
  await minio.copyObject(EXPORT_BUCKET, `archive/${runId}.csv`, `/${EXPORT_BUCKET}/latest/stock.csv`);
  await minio.putObject(EXPORT_BUCKET, `archive/${runId}.done`, Buffer.from(new Date().toISOString()));
  await minio.removeObject(EXPORT_BUCKET, 'latest/stock.csv');
}
