import { ChartMemo } from './chart-memo.js';

describe('charts drawn once per input', () => {
  it('draws an input once, draws a changed input anew and forgets the oldest past its capacity', async () => {
    const memo = new ChartMemo(2);
    let drawn = 0;
    const draw = async (input: { id: string }) => `<svg id="${input.id}-${++drawn}"/>`;
    expect(await memo.draw({ id: 'a' }, draw)).toBe('<svg id="a-1"/>');
    expect(await memo.draw({ id: 'a' }, draw)).toBe('<svg id="a-1"/>');
    expect(await memo.draw({ id: 'b' }, draw)).toBe('<svg id="b-2"/>');
    expect(await memo.draw({ id: 'c' }, draw)).toBe('<svg id="c-3"/>');
    expect(await memo.draw({ id: 'a' }, draw)).toBe('<svg id="a-4"/>');
  });

  it('does not keep a failed drawing', async () => {
    const memo = new ChartMemo();
    await expect(memo.draw({ id: 'a' }, () => Promise.reject(new Error('vega')))).rejects.toThrow('vega');
    expect(await memo.draw({ id: 'a' }, async () => '<svg/>')).toBe('<svg/>');
  });
});
