import { describe, expect, it } from 'vitest';
import { handler } from './create-order.js';

describe('create-order', () => {
  it('is a function', () => {
    expect(typeof handler).toBe('function');
  });
});
