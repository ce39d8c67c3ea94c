import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { changeLanguage } from '../../../lib/i18n';
import { renderAt } from '../../../testing/render';
import { StoryPage } from './story-page';

const story = {
  id: 's1', status: 'published', ownerWard: 'koto', title: '避難所の集計を自動化',
  body: '## 効果\n集計が**3時間→10分**に。\n\n<script>window.pwned = true</script>\n<img src=x onerror="window.pwned = true">\n[危険](javascript:window.pwned=true)',
  templates: [], hoursSavedPerYear: 120.5, costSavedYen: 1200000,
};

describe('StoryPage', () => {
  it('renders the Markdown body as written by the API, with scripts, handlers and javascript: links inert', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async (request: Request) =>
      new Response(JSON.stringify(request.url.endsWith('/wards') ? [] : story), { status: 200, headers: { 'Content-Type': 'application/json' } })));
    renderAt('/stories/s1', { '/stories/:id': <StoryPage /> }, 'koto-staff');
    expect(await screen.findByRole('heading', { name: '避難所の集計を自動化' })).toBeInTheDocument();
    const body = screen.getByTestId('story-body');
    expect(body.querySelector('h2')?.textContent).toBe('効果');
    expect(body.querySelector('strong')?.textContent).toBe('3時間→10分');
    // No element of the body can run anything: no script, no iframe or object, no on* handler attribute of any
    // name (each fails if the renderer ever parses the raw HTML).
    expect(body.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
    const handlers = [...body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n));
    expect(handlers).toEqual([]);
    // The javascript: link keeps its text but loses the link (an anchor-free body, so no href to check).
    expect(body.querySelectorAll('a, [href], [src]')).toHaveLength(0);
    expect(body).toHaveTextContent('危険');
    // Raw HTML is shown as written, not turned into elements.
    expect(body).toHaveTextContent('<script>window.pwned = true</script>');
    expect(body).toHaveTextContent('<img src=x onerror="window.pwned = true">');
    expect(body.querySelector('img')).toBeNull();
    expect(screen.getByText('年間削減時間')).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
