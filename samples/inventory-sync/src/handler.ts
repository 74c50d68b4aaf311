import type { ScheduledEvent } from 'aws-lambda';
import { currentLevels, writeLevels } from './inventory-table.js';
import { SkuCache } from './sku-cache.js';
import { publishChanges } from './stock-events.js';
import { archiveExport, readLatestExport } from './warehouse-export.js';

const cache = new SkuCache();

export async function handler(event: ScheduledEvent) {
  const rows = await readLatestExport();
  const unknown = rows.filter((r) => cache.getItem(`${r.sku}|${r.warehouse}`) === undefined);
  const stored = await currentLevels(unknown);

  const changed = rows.filter((r) => {
    const known = cache.getItem(`${r.sku}|${r.warehouse}`) ?? stored.get(`SKU#${r.sku}|WH#${r.warehouse}`);
    return known !== r.onHand;
  });

  await writeLevels(changed);
  for (const r of changed) cache.putItem(`${r.sku}|${r.warehouse}`, r.onHand);

  await publishChanges(changed.map(({ sku, onHand }) => ({ sku, onHand })));
  await archiveExport(event.id);
  return { rows: rows.length, changed: changed.length };
}
