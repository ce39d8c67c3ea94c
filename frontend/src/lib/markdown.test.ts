import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('## 使い方\n\n- 申請を登録\n- [手順書](https://example.jp/manual)');
    expect(html).toContain('<h2>使い方</h2>');
    expect(html).toContain('<li>申請を登録</li>');
    expect(html).toContain('href="https://example.jp/manual"');
  });

  it('keeps scripts, event handlers and javascript: links inert', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="javascript:alert(4)">x</a>',
    );
    expect(html).not.toMatch(/<script/i);
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelectorAll('script,img,[onerror]').length).toBe(0);
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')).not.toContain('javascript:alert(3)');
    expect(box.querySelectorAll('a[href^="javascript:" i]').length).toBe(0);
  });

  it('shows raw HTML as the text that was written, inline and as a block', () => {
    const box = document.createElement('div');
    box.innerHTML = renderMarkdown('<img src=x onerror="alert(2)">\n\n文中の<b>太字</b>です');
    expect(box.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(box.textContent).toContain('文中の<b>太字</b>です');
    expect(box.querySelector('b')).toBeNull();
  });
});
