// action-maps/index.json: every client and every name a user may type for it. Aliases are
// lower-cased. When two clients claim one alias, the client whose id is the alias wins, then the
// stronger kind of name (package > client id > v2 class > boto3 > serviceId), then the smaller id.
import type { MapIndex, MapIndexEntry, ServiceMap } from '../../src/maps/format.js';

export interface AliasSource {
  client: string;
  /** Names for the client, strongest first; each is lower-cased here. */
  names: Array<{ alias: string; rank: number }>;
}

export const aliasRank = { package: 0, id: 1, v2Class: 2, boto3: 3, serviceId: 4 } as const;

export interface AliasCollision {
  alias: string;
  winner: string;
  losers: string[];
}

export function buildIndex(dataVersion: string, maps: ServiceMap[], sources: AliasSource[]): { index: MapIndex; collisions: AliasCollision[] } {
  const clients: Record<string, MapIndexEntry> = {};
  for (const map of maps) {
    clients[map.client] = {
      kind: map.kind,
      ...(map.package ? { package: map.package } : {}),
      ...(map.v2Class ? { v2Class: map.v2Class } : {}),
      iamPrefix: map.iamPrefix,
      file: `services/${map.client}.json`,
    };
  }
  const claims = new Map<string, Map<string, number>>();
  for (const source of sources) {
    for (const { alias, rank } of source.names) {
      const key = alias.toLowerCase();
      if (key === '') continue;
      const byClient = claims.get(key) ?? new Map<string, number>();
      byClient.set(source.client, Math.min(rank, byClient.get(source.client) ?? rank));
      claims.set(key, byClient);
    }
  }
  const aliases: Record<string, string> = {};
  const collisions: AliasCollision[] = [];
  for (const [alias, byClient] of [...claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ranked = [...byClient].sort(([ca, ra], [cb, rb]) => {
      const exact = Number(cb === alias) - Number(ca === alias);
      return exact !== 0 ? exact : ra !== rb ? ra - rb : ca < cb ? -1 : ca > cb ? 1 : 0;
    });
    const winner = ranked[0]?.[0];
    if (!winner) continue;
    aliases[alias] = winner;
    if (ranked.length > 1) collisions.push({ alias, winner, losers: ranked.slice(1).map(([c]) => c) });
  }
  return { index: { dataVersion, clients, aliases }, collisions };
}

/** The serviceId as users write it: "ACM PCA" -> "acmpca" and "acm-pca". */
export function serviceIdAliases(serviceId: string): string[] {
  const lower = serviceId.toLowerCase().trim();
  return [...new Set([lower.replace(/\s+/g, ''), lower.replace(/\s+/g, '-')])];
}
