import { AnswerCache, answerKey } from './answer-cache.js';

describe('the answer cache', () => {
  it('answers again from the cache until the checkpoint moves', () => {
    const cache = new AnswerCache();
    let computed = 0;
    const answer = () => ({ n: ++computed });
    expect(cache.get('a', 5, answer).toString()).toBe('{"n":1}');
    expect(cache.get('a', 5, answer).toString()).toBe('{"n":1}');
    expect(cache.get('a', 6, answer).toString()).toBe('{"n":2}');
    expect(cache.get('b', 6, answer).toString()).toBe('{"n":3}');
  });

  it('keeps the UTF-8 bytes sent, encoded once per checkpoint', () => {
    const cache = new AnswerCache();
    const answer = () => ({ title: 'Målbild, Västerås' });
    const bytes = cache.get('a', 5, answer);
    expect(bytes.toString('utf8')).toBe('{"title":"Målbild, Västerås"}');
    expect(bytes.length).toBe(Buffer.byteLength('{"title":"Målbild, Västerås"}'));
    expect(cache.get('a', 5, answer)).toBe(bytes);
    expect(cache.get('a', 6, answer)).not.toBe(bytes);
  });

  it('starts over when full', () => {
    const cache = new AnswerCache(2);
    let computed = 0;
    const answer = () => ++computed;
    cache.get('a', 1, answer);
    cache.get('b', 1, answer);
    cache.get('c', 1, answer);
    expect(cache.get('a', 1, answer).toString()).toBe('4');
  });

  it('keys a query whatever the order of its parameters, without minPosition', () => {
    expect(answerKey('/t', { lan: '17', kind: 'malbild', minPosition: '9' })).toBe(answerKey('/t', { kind: 'malbild', lan: '17' }));
    expect(answerKey('/t', { lan: '17' })).not.toBe(answerKey('/t', { lan: '18' }));
  });
});
