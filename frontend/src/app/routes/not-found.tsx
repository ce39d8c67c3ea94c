import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="nf-title" className="space-y-4">
      <h1 id="nf-title" className="text-std-28B-150">{t('errors.notFound')}</h1>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}
