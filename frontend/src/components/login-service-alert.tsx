import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth';
import { buttonPrimary } from './field';

/** Shown instead of a browser error page when Keycloak cannot be reached; the retry tries again. */
export function LoginServiceAlert() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.state.status !== 'unreachable') return null;
  return (
    <div className="mb-6 rounded-8 border-2 border-red-900 bg-red-50 p-4 text-red-1000" data-testid="login-service-unreachable">
      <div role="alert">
        <p className="text-std-16B-170">{t('auth.unreachable.title')}</p>
        <p>{t('auth.unreachable.detail')}</p>
      </div>
      <button type="button" className={`${buttonPrimary} mt-4`} onClick={auth.retry}>
        {t('auth.unreachable.retry')}
      </button>
    </div>
  );
}
