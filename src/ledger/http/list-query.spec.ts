import { parseListQuery, textQuery } from './list-query.js';

describe('list query parameters', () => {
  it('reads known parameters and paging', () => {
    expect(parseListQuery({ kind: 'malbild', limit: '10' }, { kind: textQuery })).toEqual({ kind: 'malbild', limit: 10, offset: 0 });
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])('refuses %s as an unknown parameter, not a parser inherited from Object', (name) => {
    const query = JSON.parse(`{"${name}": "x"}`) as unknown;
    expect(() => parseListQuery(query, { kind: textQuery })).toThrow(expect.objectContaining({ code: 'QUERY.UNKNOWN_PARAMETER', field: name }));
  });
});
