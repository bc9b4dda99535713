import { describe, expect, test } from 'vitest';
import { listAddress, listFromAddress } from '../../../src/lib/list-address';

describe('listAddress and listFromAddress', () => {
  test('carry a list id there and back, with the practice page’s tab after it', () => {
    const address = listAddress('/practice/', 'list-a&b', '#mock');
    expect(address).toBe('/practice/?list=list-a%26b#mock');
    expect(listFromAddress(new URL(address, 'http://x').search)).toBe('list-a&b');
  });

  test('ask for no list when the query has none', () => {
    expect(listFromAddress('')).toBeUndefined();
    expect(listFromAddress('?list=')).toBeUndefined();
    expect(listFromAddress('?testclock=60')).toBeUndefined();
  });
});
