import { describe, expect, it } from '@jest/globals'

import { groupDigits } from '../../src/admin/groupDigits'

describe('amounts are grouped as they are typed', () => {
  it.each([
    ['245000', '245,000'],
    ['1234567.891', '1,234,567.89'],
    ['245,0000', '2,450,000'],
    ['0012', '12'],
    ['.5', '0.5'],
    ['1.2.3', '1.23'],
    ['12 บาท', '12'],
    ['-300', '300'],
    ['', ''],
    ['999', '999'],
    ['1000', '1,000'],
  ])('%j → %j', (typed, shown) => {
    expect(groupDigits(typed)).toBe(shown)
  })
})
