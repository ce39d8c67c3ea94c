import { useTranslation } from 'react-i18next';
import { PrizeBadges } from '../../../components/prize-badges';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { renderMarkdown } from '../../../lib/markdown';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import type { StorySummary } from '../../../types/schemas';
import { storiesApi } from '../api';

/** A success story: its figures and its Markdown body, rendered and sanitised here (the API returns it as written). */
export function StoryPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, error } = useQuery(id ? (api) => storiesApi.get(api, id) : null, [id]);
  const story = data?.data;
  if (error) return <ProblemAlert error={error} />;
  if (!story) return <p role="status">{t('auth.loading')}</p>;
  return (
    <article aria-labelledby="story-title" className="max-w-3xl space-y-6">
      <h1 id="story-title" className="text-std-32B-150">
        {story.title}
      </h1>
      <PrizeBadges prizes={story.prizes} />
      <p>
        {labels.ward(story.ownerWard)} ・ {t(`status.${story.status}`)}
      </p>
      {story.byCertifiedDeveloper && (
        <p className="inline-block rounded-4 border border-green-900 px-2 text-green-1000" data-testid="certified-mark">{t('certifications.mark')}</p>
      )}
      <StoryFigures story={story} />
      <div className="prose space-y-2" data-testid="story-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(story.body) }} />
      {(story.templates?.length ?? 0) > 0 && (
        <section aria-labelledby="story-templates" className="space-y-2">
          <h2 id="story-templates" className="text-std-24B-150">
            {t('stories.templates')}
          </h2>
          <ul className="list-disc pl-6">
            {story.templates!.map((tpl) => (
              <li key={tpl.id}>
                <Link to={`/templates/${tpl.id}`}>{tpl.title}</Link>（{labels.ward(tpl.ownerWard)}）
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Before/after figures as a definition list (read aloud as label and value). */
export function StoryFigures({ story }: { story: StorySummary }) {
  const { t } = useTranslation();
  const figures: [string, number | null, string][] = [
    ['stories.hours', story.hoursSavedPerYear, 'stories.hoursUnit'],
    ['stories.cost', story.costSavedYen, 'stories.costUnit'],
    ['stories.days', story.developmentDays, 'stories.daysUnit'],
    ['stories.residents', story.residentsReached, 'stories.residentsUnit'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2">
      {figures.filter(([, v]) => v != null).map(([label, value, unit]) => (
        <div key={label}>
          <dt className="text-solid-gray-700">{t(label)}</dt>
          <dd className="text-std-20B-160">
            {value!.toLocaleString()} {t(unit)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
