import { resumePosition, sseComment, sseMessage, sseRetry } from './sse.js';

describe('server-sent events format', () => {
  it('writes an id, an event name and one line of JSON, ended by a blank line', () => {
    expect(sseMessage({ id: '42', event: 'ledger', data: { text: 'rad 1\nrad 2' } })).toBe(
      'id: 42\nevent: ledger\ndata: {"text":"rad 1\\nrad 2"}\n\n',
    );
  });

  it('keeps a comment on one line', () => {
    expect(sseComment('håller\nuppe')).toBe(': håller uppe\n\n');
    expect(sseRetry(2000)).toBe('retry: 2000\n\n');
  });

  it('resumes from the Last-Event-ID header before the query parameter', () => {
    expect(resumePosition('17', '3')).toBe(17);
    expect(resumePosition(undefined, '3')).toBe(3);
    expect(resumePosition('', '')).toBeNull();
    expect(resumePosition(undefined, undefined)).toBeNull();
  });

  it('tells a malformed position apart from a missing one', () => {
    expect(resumePosition('abc', undefined)).toBeUndefined();
    expect(resumePosition(undefined, '-1')).toBeUndefined();
  });
});
