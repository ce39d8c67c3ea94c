import { useTranslation } from 'react-i18next';
import { LinkingItems } from '../../../components/publication-lists';
import { articlesApi } from '../api';

/** Published know-how articles linking a template, on its detail page. */
export function TemplateArticles({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  return (
    <LinkingItems templateId={templateId} ofTemplate={articlesApi.ofTemplate} base="/articles"
      titleId="template-articles-title" heading={t('articles.ofTemplate')} testId="template-articles" none={t('articles.noneOfTemplate')} />
  );
}
