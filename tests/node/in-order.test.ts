import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/node/in-order.js';

describe('documents finished out of order', () => {
  it('are handed on in input order, each as soon as the ones before it are', () => {
    const released: string[] = [];
    const order = new InOrder<string>((v, at) => released.push(`${at}:${v}`));
    order.put(2, 'c');
    order.put(1, 'b');
    expect(released).toEqual([]);
    expect(order.held).toBe(2);
    order.put(0, 'a');
    expect(released).toEqual(['0:a', '1:b', '2:c']);
    order.put(3, 'd');
    expect(released).toEqual(['0:a', '1:b', '2:c', '3:d']);
    expect(order.held).toBe(0);
  });
});
