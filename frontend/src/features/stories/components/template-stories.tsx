import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { storiesApi } from '../api';

/** Published stories linking a template, on its detail page. */
export function TemplateStories({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const stories = useQuery((api) => storiesApi.ofTemplate(api, templateId), [templateId]);
  return (
    <section aria-labelledby="stories-title" className="space-y-2">
      <h2 id="stories-title" className="text-std-24B-150">
        {t('stories.title')}
      </h2>
      <ul className="space-y-2" data-testid="template-stories">
        {stories.data?.items?.map((s) => (
          <li key={s.id}>
            <Link to={`/stories/${s.id}`}>{s.title}</Link>（{labels.ward(s.ownerWard)}）
          </li>
        ))}
        {stories.data?.total === 0 && <li>{t('stories.none')}</li>}
      </ul>
    </section>
  );
}
