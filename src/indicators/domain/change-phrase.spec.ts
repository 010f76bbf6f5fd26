import { describeChange } from './change-phrase.js';

describe('the words for a change between two years', () => {
  it.each([
    [6, 13, 'fördubblats', true],
    [6, 12, 'fördubblats', false],
    [10, 20, 'fördubblats', false],
    [10, 29, 'fördubblats', true],
    [10, 30, 'tredubblats', false],
    [4, 13, 'tredubblats', true],
    [10, 11, 'ökat', false],
    [0, 3, 'ökat', false],
    [7, 7, 'oförändrat', false],
    [0, 0, 'oförändrat', false],
    [10, 6, 'minskat', false],
    [10, 0, 'minskat', false],
    [10, 5, 'halverats', false],
    [22, 11, 'halverats', false],
    [21, 11, 'minskat', false],
    [10, 4, 'halverats', true],
  ])('%i to %i has "%s" (mer än: %s)', (previous, current, phrase, moreThan) => {
    expect(describeChange(previous, current)).toEqual({ phrase, moreThan });
  });
});
