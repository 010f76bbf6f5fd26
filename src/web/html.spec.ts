import { escapeHtml, flag, html, trustedHtml } from './html.js';

describe('html template', () => {
  it('escapes interpolated text, including quotes for attributes', () => {
    const name = `<script>alert("x")</script> & 'Kils'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Kils&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Kils&#39;</p>',
    );
  });

  it('keeps nested templates and trusted markup as they are, and escapes each item of a list', () => {
    const items = ['Arvika', 'Kil<'].map((n) => html`<li>${n}</li>`);
    const svg = trustedHtml('<svg role="img"></svg>');
    expect(html`<ul>${items}</ul>${svg}`.value).toBe('<ul><li>Arvika</li><li>Kil&lt;</li></ul><svg role="img"></svg>');
  });

  it('renders nothing for null, undefined and booleans, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${true}${17}`.value).toBe('17');
  });

  it('writes boolean attributes only when on', () => {
    expect(html`<option${flag('selected', true)}>a</option><option${flag('selected', false)}>b</option>`.value).toBe(
      '<option selected>a</option><option>b</option>',
    );
  });

  it('escapes every special character once', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
