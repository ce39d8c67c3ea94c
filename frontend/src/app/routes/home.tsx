import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { buttonPrimary, inputClass } from '../../components/field';
import { useAuth } from '../../lib/auth';
import { useMe } from '../../lib/me';
import { useQuery } from '../../lib/use-api';
import { adoptionApi } from '../../features/adoption/api';
import { templatesApi } from '../../features/templates/api';
import { TemplateCard } from '../../features/templates/components/template-card';

export function HomePage() {
  const { me } = useMe();
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const english = i18n.language === 'en';
  const signedIn = auth.state.status === 'authenticated';
  const ward = me?.ward?.slug;
  const newest = useQuery((api) => templatesApi.search(api, { sort: 'newest', size: 5 }), []);
  const popular = useQuery((api) => templatesApi.search(api, { sort: 'adopted', size: 5 }), []);
  const mine = useQuery(ward ? (api) => adoptionApi.ofWard(api, ward, 5) : null, [ward]);

  return (
    <section aria-labelledby="home-title" className="space-y-8">
      <h1 id="home-title" className="text-std-32B-150 text-solid-gray-900">
        {t('home.title')}
      </h1>
      <p className="max-w-3xl">{t('home.lead')}</p>
      {auth.state.status === 'anonymous' && (
        <div className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
          <p>{t('home.signInPrompt')}</p>
        </div>
      )}
      {auth.state.status === 'loading' && <p role="status">{t('auth.loading')}</p>}
      {me && (
        <div className="rounded-8 border border-solid-gray-420 p-4" data-testid="welcome">
          <p className="text-std-20B-160">{t('home.welcome', { name: me.name })}</p>
          <p>{t('home.yourWard', { ward: me.ward ? (english ? me.ward.nameEn : me.ward.nameJa) : t('auth.noWard') })}</p>
          <p>{t('home.yourRoles', { roles: (me.roles ?? []).map((r) => t(`roles.${r}`)).join(english ? ', ' : '、') })}</p>
        </div>
      )}
      {signedIn && (
        <form role="search" className="flex max-w-2xl gap-2" onSubmit={(e) => { e.preventDefault(); navigate(`/search?q=${encodeURIComponent(q)}`); }}>
          <label htmlFor="home-q" className="sr-only">{t('search.label')}</label>
          <input id="home-q" type="search" className={inputClass} value={q} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className={buttonPrimary + ' shrink-0 whitespace-nowrap'}>{t('home.searchButton')}</button>
        </form>
      )}
      {signedIn && (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="newest-title" className="space-y-3">
            <h2 id="newest-title" className="text-std-24B-150">{t('home.newest')}</h2>
            <ul className="space-y-3">{newest.data?.items?.map((x) => <TemplateCard key={x.id} t={x} />)}</ul>
          </section>
          <section aria-labelledby="popular-title" className="space-y-3">
            <h2 id="popular-title" className="text-std-24B-150">{t('home.popular')}</h2>
            <ul className="space-y-3">{popular.data?.items?.map((x) => <TemplateCard key={x.id} t={x} />)}</ul>
          </section>
        </div>
      )}
      {me?.ward && (
        <section aria-labelledby="mine-title" className="space-y-3">
          <h2 id="mine-title" className="text-std-24B-150">{t('home.myWard')}</h2>
          <ul className="space-y-1">
            {mine.data?.items?.map((a) => (
              <li key={a.templateId}>
                <Link to={`/templates/${a.templateId}`}>{a.templateTitle}</Link>（{t(`adoptionStatus.${a.status}`)}）
                {a.updateAvailable && <span className="ml-2 rounded-4 bg-yellow-100 px-2">{t('home.updateAvailable')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
