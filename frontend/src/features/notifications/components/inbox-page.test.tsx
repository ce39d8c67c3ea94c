import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { InboxPage } from './inbox-page';
import { NotificationBell } from './notification-bell';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };

const page = {
  items: [
    { id: 'n2', kind: 'template.rejected', objectType: 'template', objectId: 't1', title: '避難所運営', link: '/publish/t1', actorName: '審査 太郎',
      detail: { version: '1.0.0', reasons: ['personal-data', 'licence'] }, createdAt: '2026-12-03T23:30:00Z', read: false },
    { id: 'n1', kind: 'award.phase', objectType: 'award', objectId: 'a1', title: 'アワード2026', link: '/awards/a1', actorName: '運営',
      detail: { status: 'open' }, createdAt: '2026-12-02T01:00:00Z', read: true },
  ],
  page: 0, size: 20, total: 2, unreadCount: 1,
};

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('notifications', () => {
  it('lists notifications in Japanese with translated reasons, a generic text for unknown kinds, and marks one read on opening', async () => {
    await changeLanguage('ja');
    const posts: { url: string; body: unknown }[] = [];
    const fetch = vi.fn(async (request: Request) => {
      if (request.method !== 'POST') return json(page);
      posts.push({ url: request.url, body: await request.json() });
      return json({ unreadCount: 0 });
    });
    vi.stubGlobal('fetch', fetch);
    render(
      <StaticAuthProvider value={auth}>
        <MemoryRouter initialEntries={['/notifications']}>
          <Routes>
            <Route path="/notifications" element={<InboxPage />} />
            <Route path="/publish/:id" element={<p>manage page</p>} />
          </Routes>
        </MemoryRouter>
      </StaticAuthProvider>,
    );
    const first = await screen.findByRole('link', { name: /避難所運営」（バージョン 1.0.0）が差し戻されました。理由: 個人情報、ライセンス/ });
    expect(screen.getByRole('link', { name: '「アワード2026」に更新があります（運営）。' })).toBeInTheDocument();
    expect(screen.getByTestId('inbox-unread')).toHaveTextContent('未読 1 件');
    fireEvent.click(first);
    await screen.findByText('manage page');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toMatch(/\/notifications\/read$/);
    expect(posts[0].body).toEqual({ ids: ['n2'] });
  });

  it('shows the unread count on the bell with an accessible name', async () => {
    await changeLanguage('en');
    vi.stubGlobal('fetch', vi.fn(async () => json({ ...page, unreadCount: 3 })));
    render(
      <StaticAuthProvider value={auth}>
        <MemoryRouter>
          <NotificationBell />
        </MemoryRouter>
      </StaticAuthProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('3'));
    expect(screen.getByRole('link', { name: 'Notifications (3 unread)' })).toHaveAttribute('href', '/notifications');
  });
});
