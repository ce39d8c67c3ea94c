import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { NewTemplatePage } from './template-form-page';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };

function renderForm() {
  return render(
    <StaticAuthProvider value={auth}>
      <MemoryRouter>
        <NewTemplatePage />
      </MemoryRouter>
    </StaticAuthProvider>,
  );
}

describe('NewTemplatePage', () => {
  it('keeps what was typed across a re-login (session expiry) and binds server errors to fields', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async (request: Request) =>
      request.url.endsWith('/templates')
        ? new Response(JSON.stringify({ type: 't', title: 'Invalid input', status: 400, detail: 'bad', errors: [{ field: 'title', message: 'must not be blank' }] }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } })
        : new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const first = renderForm();
    await userEvent.type(screen.getByLabelText(/^概要/), '学童保育の申込管理');
    first.unmount();

    renderForm();
    expect(screen.getByLabelText(/^概要/)).toHaveValue('学童保育の申込管理');
    await userEvent.click(screen.getByRole('button', { name: '下書きを保存' }));
    const title = screen.getByLabelText(/^タイトル/);
    expect(await screen.findByText('＊must not be blank')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title.getAttribute('aria-describedby')).toContain(screen.getByText('＊must not be blank').id);
    vi.unstubAllGlobals();
  });
});
