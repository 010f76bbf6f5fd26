import { internStrings } from './intern.js';

describe('interned lists', () => {
  it('share one frozen array for equal lists, in order', () => {
    const owners = internStrings(['kommun:1904', 'region:19']);
    expect(internStrings(['kommun:1904', 'region:19'])).toBe(owners);
    expect(owners).toEqual(['kommun:1904', 'region:19']);
    expect(Object.isFrozen(owners)).toBe(true);
    expect(internStrings(['region:19', 'kommun:1904'])).toEqual(['region:19', 'kommun:1904']);
    expect(internStrings(['region:19', 'kommun:1904'])).not.toBe(owners);
  });

  it('never take one list for another, whatever the items hold', () => {
    expect(internStrings(['a\u0000b'])).toEqual(['a\u0000b']);
    expect(internStrings(['a', 'b'])).toEqual(['a', 'b']);
    expect(internStrings(['a,b'])).toEqual(['a,b']);
    expect(internStrings(['a"', 'b'])).toEqual(['a"', 'b']);
  });

  it('give an empty list for nothing, and leave lists of other things as they are', () => {
    expect(internStrings(null)).toEqual([]);
    expect(internStrings(undefined)).toEqual([]);
    expect(internStrings([1, 'a'] as unknown as string[])).toEqual([1, 'a']);
  });
});
