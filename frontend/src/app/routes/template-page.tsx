import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { useDownload } from '../../lib/download';
import { useMe } from '../../lib/me';
import { useQuery } from '../../lib/use-api';
import { templatesApi } from '../../features/templates/api';
import { TemplateOverview } from '../../features/templates/components/template-overview';
import { VersionsTable } from '../../features/templates/components/versions-table';
import { adoptionApi } from '../../features/adoption/api';
import { AdoptingWards } from '../../features/adoption/components/adopting-wards';
import { ImportPanel } from '../../features/adoption/components/import-panel';
import { Ratings } from '../../features/rating/components/ratings';
import { TemplateStories } from '../../features/stories/components/template-stories';
import { TemplateArticles } from '../../features/articles/components/template-articles';

/**
 * Template detail, composed of five features: the catalog (description, versions, download), adoption
 * (import into my ward, adopting wards), stories and know-how articles that link it, and ratings.
 */
export function TemplatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  const { data: tpl, error, reload } = useQuery((api) => templatesApi.get(api, id), [id]);
  const versions = useQuery((api) => templatesApi.versions(api, id), [id]);
  const adoptions = useQuery((api) => adoptionApi.ofTemplate(api, id), [id]);
  const importDownload = useDownload();

  if (error) return <ProblemAlert error={error} />;
  if (!tpl) return <p role="status">{t('auth.loading')}</p>;
  const ownWard = me?.ward?.slug === tpl.ownerWard;
  const latest = versions.data?.items?.find((v) => v.status === 'approved');
  const latestVersion = latest?.version;

  return (
    <article aria-labelledby="tpl-title" className="space-y-8">
      <TemplateOverview tpl={tpl} />
      <VersionsTable templateId={id} versions={versions.data?.items ?? []} />
      {tpl.status === 'published' && latestVersion && me?.ward && (
        <ImportPanel templateId={id} version={latestVersion} downloadError={importDownload.error}
          download={() => importDownload.download((api) => templatesApi.file(api, id, latestVersion), latest.fileName ?? 'download')}
          onDone={() => { adoptions.reload(); reload(); }} />
      )}
      <TemplateStories templateId={id} />
      <TemplateArticles templateId={id} />
      <AdoptingWards adoptions={adoptions.data?.items ?? []} total={adoptions.data?.total} />
      <Ratings templateId={id} canRate={tpl.status === 'published' && !ownWard} onRated={reload} />
    </article>
  );
}
