import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from '../components/header';
import { LoginServiceAlert } from '../components/login-service-alert';
import { MeProvider, useMe } from '../lib/me';
import { NotificationBell } from '../features/notifications/components/notification-bell';

export function Layout() {
  return (
    <MeProvider>
      <Page />
    </MeProvider>
  );
}

function Page() {
  const { t } = useTranslation();
  const { me, error } = useMe();
  return (
    <div className="flex min-h-screen flex-col">
      <Header me={me} actions={me ? <NotificationBell /> : null} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <LoginServiceAlert />
        {error && (
          <div role="alert" className="mb-6 rounded-8 border-2 border-red-900 bg-red-50 p-4 text-red-1000">
            <p className="text-std-16B-170">{t('errors.title')}</p>
            <p>{error.status === 0 ? t('errors.network') : error.message}</p>
          </div>
        )}
        <Outlet />
      </main>
      <footer className="border-t border-solid-gray-420 bg-solid-gray-50">
        <p className="mx-auto max-w-6xl px-4 py-4 text-solid-gray-700">{t('footer.note')}</p>
      </footer>
    </div>
  );
}
