import { useTranslation } from 'react-i18next';
import { useAuth } from '../../lib/auth';
import type { Me } from '../../features/account/use-me';

export function HomePage({ me }: { me: Me | null }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const english = i18n.language === 'en';

  return (
    <section aria-labelledby="home-title" className="space-y-6">
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
    </section>
  );
}
