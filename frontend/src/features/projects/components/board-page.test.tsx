import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { StaticMeProvider } from '../../../lib/me';
import { currentFiscalYear } from '../api';
import { BoardPage } from './board-page';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
const me = { subject: 's', username: 'koto-publisher', name: '江東 花子', roles: ['staff', 'publisher'],
  ward: { slug: 'koto', code: '131083', nameJa: '江東区', nameEn: 'Koto City' } };
const cell = (ward: string, nameJa: string, status: string, extra = {}) => ({ ward, wardNameJa: nameJa, wardNameEn: ward, status, ...extra });
const board = {
  fiscalYear: 2026, threshold: 12, templates: [{ id: 't1', title: '待機児童管理', ownerWard: 'koto' }],
  figures: { processId: 'p1', nameJa: '待機児童関連事務', production: 1, trial: 0, planned: 1, notStarted: 1, hearing: 1, wardRate: 0.0435,
    leadingTemplateWards: 1, standardised: false },
  wards: [cell('chiyoda', '千代田区', 'production', { templateTitle: '待機児童管理', adoptedOn: '2026-05-01', source: 'hearing' }),
    cell('chuo', '中央区', 'planned', { planTargetOn: '2027-10-01' }), cell('minato', '港区', 'not_started')],
};

function renderBoard() {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(board), { status: 200, headers: { 'Content-Type': 'application/json' } })));
  render(
    <StaticAuthProvider value={auth}>
      <StaticMeProvider me={me}>
        <MemoryRouter initialEntries={['/processes/p1/board']}>
          <Routes>
            <Route path="/processes/:id/board" element={<BoardPage />} />
          </Routes>
        </MemoryRouter>
      </StaticMeProvider>
    </StaticAuthProvider>,
  );
}

describe('BoardPage', () => {
  it('says each ward status in words beside its colour, with hearing and plan details', async () => {
    await changeLanguage('ja');
    renderBoard();
    const grid = await screen.findByTestId('board-grid');
    const chiyoda = within(grid).getByText('千代田区').closest('li')!;
    expect(chiyoda).toHaveTextContent('本番運用');
    expect(chiyoda).toHaveTextContent('ヒアリング調査による登録');
    expect(within(grid).getByText('中央区').closest('li')).toHaveTextContent('計画移行目標 2027-10-01');
    expect(within(grid).getByText('港区').closest('li')).toHaveTextContent('未着手');
    expect(screen.getByTestId('board-summary')).toHaveTextContent('本番 1区・試行 0区・計画 1区・未着手 1区（導入区の割合 4.35%）');
  });

  it('offers the plan form to a publisher and not the hearing form', async () => {
    await changeLanguage('ja');
    renderBoard();
    expect(await screen.findByRole('heading', { name: '自区の移行計画を登録' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'ヒアリング調査による導入の登録' })).not.toBeInTheDocument();
  });
});

describe('currentFiscalYear', () => {
  it('changes on April 1 in Japan, not in UTC', () => {
    expect(currentFiscalYear(new Date('2026-03-31T14:30:00Z'))).toBe(2025); // 23:30 JST on March 31
    expect(currentFiscalYear(new Date('2026-03-31T15:10:00Z'))).toBe(2026); // 00:10 JST on April 1
  });
});
