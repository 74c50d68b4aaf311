import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MapIndex, ServiceMap } from './format.js';

// action-maps/ sits at the package root, two levels above both src/maps/ and dist/maps/.
const actionMapsDir = fileURLToPath(new URL('../../action-maps/', import.meta.url));

let index: MapIndex | undefined;
const serviceMaps = new Map<string, ServiceMap>();

/** The index of every client and alias, read on first use. */
export function loadMapIndex(): MapIndex {
  index ??= JSON.parse(readFileSync(actionMapsDir + 'index.json', 'utf8')) as MapIndex;
  return index;
}

/** One client's operations, read on first use; undefined for an unknown client id. */
export function loadServiceMap(clientId: string): ServiceMap | undefined {
  const cached = serviceMaps.get(clientId);
  if (cached) return cached;
  const entry = loadMapIndex().clients[clientId];
  if (!entry) return undefined;
  const map = JSON.parse(readFileSync(actionMapsDir + entry.file, 'utf8')) as ServiceMap;
  serviceMaps.set(clientId, map);
  return map;
}
