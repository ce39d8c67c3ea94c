import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/me';
import { MyTemplates, PublishHeading, STATUSES } from '../../features/publish/components/my-templates';
import { MyStories } from '../../features/stories/components/my-stories';
import { MyArticles } from '../../features/articles/components/my-articles';
import type { PublicationStatus } from '../../types/schemas';

/** A publisher's own ward's templates, stories and know-how articles by status (three features on one page). */
export function PublishPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [status, setStatus] = useState<PublicationStatus>('draft');
  const ward = me?.ward?.slug;
  return (
    <section aria-labelledby="publish-title" className="space-y-6">
      <PublishHeading />
      <div role="group" aria-label={t('templates.status')} className="flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}
            className={`rounded-8 border px-4 py-2 ${status === s ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-600'}`}>
            {t(`status.${s}`)}
          </button>
        ))}
      </div>
      <MyTemplates ward={ward} status={status} />
      <MyStories ward={ward} status={status} />
      <MyArticles ward={ward} status={status} />
    </section>
  );
}
