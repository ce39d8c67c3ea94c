import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../lib/auth';
import { changeLanguage } from '../lib/i18n';
import type { Me } from '../lib/me';

const buttonBase =
  'inline-flex min-h-11 items-center rounded-8 px-4 text-std-16B-170 underline-offset-4 focus-visible:outline-4';

/** Site header: portal name, the user's name and ward, the layout's actions (the bell), language switch, login or logout. */
export function Header({ me, actions }: { me: Me | null; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const english = i18n.language === 'en';
  const wardName = me?.ward ? (english ? me.ward.nameEn : me.ward.nameJa) : null;
  const roles: string[] = me?.roles ?? [];

  return (
    <header className="border-b border-solid-gray-420 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:bg-yellow-300 focus:p-2">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link to="/" className="text-solid-gray-900 no-underline">
          <span className="block text-std-24B-150">{t('app.name')}</span>
          <span className="block text-std-16B-170 font-normal text-solid-gray-700">{t('app.tagline')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {me && (
            <p className="text-std-16B-170" aria-label={t('auth.signedInAs')} data-testid="current-user">
              <span>{me.name}</span>
              <span className="ml-2 rounded-4 bg-blue-50 px-2 py-1 text-blue-1000" data-testid="current-ward">
                {wardName ?? t('auth.noWard')}
              </span>
            </p>
          )}
          {actions}
          <button
            type="button"
            lang={english ? 'ja' : 'en'}
            aria-label={`${t('language.label')}: ${t('language.switchTo')}`}
            className={`${buttonBase} border border-blue-900 bg-white text-blue-900 hover:bg-blue-50`}
            onClick={() => void changeLanguage(english ? 'ja' : 'en')}
          >
            {t('language.switchTo')}
          </button>
          {auth.state.status === 'authenticated' ? (
            <button type="button" className={`${buttonBase} border border-blue-900 bg-white text-blue-900 hover:bg-blue-50`} onClick={auth.logout}>
              {t('auth.logout')}
            </button>
          ) : (
            <button
              type="button"
              className={`${buttonBase} bg-blue-900 text-white hover:bg-blue-1000`}
              onClick={auth.login}
              disabled={auth.state.status === 'loading' || auth.state.status === 'unreachable'}
            >
              {t('auth.login')}
            </button>
          )}
        </div>
      </div>
      {me && (
        <nav aria-label={t('nav.label')} className="border-t border-solid-gray-200 bg-solid-gray-50">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-6 px-4 py-2">
            <li><Link to="/search">{t('nav.search')}</Link></li>
            {roles.includes('staff') && <li><Link to="/articles">{t('articles.nav')}</Link></li>}
            {roles.includes('staff') && <li><Link to="/proposals">{t('proposals.nav')}</Link></li>}
            {roles.includes('staff') && <li><Link to="/standardisation">{t('projects.nav')}</Link></li>}
            {roles.includes('publisher') && me.ward && <li><Link to="/publish">{t('nav.publish')}</Link></li>}
            {roles.includes('reviewer') && <li><Link to="/reviews">{t('nav.review')}</Link></li>}
            {(roles.includes('award_committee') || roles.includes('admin')) && <li><Link to="/committee">{t('nav.committee')}</Link></li>}
            <li><Link to="/awards">{t('awards.nav')}</Link></li>
            {(roles.includes('admin') || (roles.includes('publisher') && me.ward)) && <li><Link to="/certifications">{t('certifications.nav')}</Link></li>}
          </ul>
        </nav>
      )}
    </header>
  );
}
