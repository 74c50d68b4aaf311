/** Per-container cache of the last known stock level, so unchanged rows are not rewritten. */
export class SkuCache {
  private readonly items = new Map<string, { onHand: number; at: number }>();

  constructor(private readonly ttlMs = 10 * 60 * 1000) {}

  getItem(key: string): number | undefined {
    const hit = this.items.get(key);
    if (!hit || Date.now() - hit.at > this.ttlMs) return undefined;
    return hit.onHand;
  }

  putItem(key: string, onHand: number): void {
    this.items.set(key, { onHand, at: Date.now() });
  }
}
