import { SecretsManager } from 'aws-sdk';

// The carrier credentials are shared by every region's workers and kept in eu-west-1.
const secrets = new SecretsManager({ region: 'eu-west-1' });
const CARRIER_SECRET = 'shipping/carrier-api-key';

let apiKey: Promise<string> | undefined;

function key(): Promise<string> {
  apiKey ??= secrets
    .getSecretValue({ SecretId: CARRIER_SECRET })
    .promise()
    .then((s) => s.SecretString ?? '');
  return apiKey;
}

export interface Label {
  trackingNumber: string;
  labelUrl: string;
  rateCents: number;
}

export class RetryableCarrierError extends Error {}

/** HTTP client of the carrier's REST API (not AWS). */
export const carrier = {
  async getRate(parcel: { weightGrams: number; toCountry: string }): Promise<number> {
    const res = await fetch('https://api.parcel-carrier.example/v2/rates', {
      method: 'POST',
      headers: { authorization: `Bearer ${await key()}`, 'content-type': 'application/json' },
      body: JSON.stringify(parcel),
    });
    if (res.status >= 500 || res.status === 429) throw new RetryableCarrierError(`rate: ${res.status}`);
    return ((await res.json()) as { cents: number }).cents;
  },

  async putLabel(orderId: string, parcel: { weightGrams: number; toCountry: string }): Promise<Label> {
    const res = await fetch('https://api.parcel-carrier.example/v2/labels', {
      method: 'PUT',
      headers: { authorization: `Bearer ${await key()}`, 'content-type': 'application/json', 'idempotency-key': orderId },
      body: JSON.stringify(parcel),
    });
    if (res.status >= 500 || res.status === 429) throw new RetryableCarrierError(`label: ${res.status}`);
    return (await res.json()) as Label;
  },
};
