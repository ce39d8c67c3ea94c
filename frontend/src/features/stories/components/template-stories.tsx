import { useTranslation } from 'react-i18next';
import { LinkingItems } from '../../../components/publication-lists';
import { storiesApi } from '../api';

/** Published stories linking a template, on its detail page. */
export function TemplateStories({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  return (
    <LinkingItems templateId={templateId} ofTemplate={storiesApi.ofTemplate} base="/stories"
      titleId="stories-title" heading={t('stories.title')} testId="template-stories" none={t('stories.none')} />
  );
}
