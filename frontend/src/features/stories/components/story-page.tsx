import { useTranslation } from 'react-i18next';
import { PrizeBadges } from '../../../components/prize-badges';
import { PublicationView } from '../../../components/publication-view';
import { storiesApi } from '../api';
import { StoryFigures } from './story-figures';

/** A success story: its prizes and before/after figures on the shared publication page. */
export function StoryPage() {
  const { t } = useTranslation();
  return (
    <PublicationView name="story" load={storiesApi.get} templatesHeading={t('stories.templates')}
      badges={(story) => <PrizeBadges prizes={story.prizes} />} details={(story) => <StoryFigures story={story} />} />
  );
}
