import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Rejection } from './rejection';
import { changeLanguage } from '../lib/i18n';

describe('Rejection', () => {
  it('lists the reasons in Japanese and the reviewer comment after a rejection', async () => {
    await changeLanguage('ja');
    render(<Rejection review={{ decision: 'reject', reasons: ['personal-data', 'licence'], comment: '氏名の列を削除してください', version: '1.0.0',
      decidedByName: '審査 由美', decidedAt: '2026-04-01T10:00:00+09:00' }} />);
    const box = screen.getByTestId('rejection');
    expect(box.textContent).toContain('氏名の列を削除してください');
    expect(box.textContent).toMatch(/、/);
    expect(box.textContent).not.toContain('personal-data');
  });

  it('shows nothing after an approval or before any review', () => {
    const { container } = render(<><Rejection review={{ decision: 'approve', reasons: [], comment: null, version: '1.0.0',
      decidedByName: '審査 由美', decidedAt: '2026-04-01T10:00:00+09:00' }} /><Rejection review={null} /></>);
    expect(container.textContent).toBe('');
  });
});
