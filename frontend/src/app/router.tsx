import { createBrowserRouter, useOutletContext } from 'react-router';
import { Layout } from './layout';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import type { Me } from '../features/account/use-me';
import { SearchPage } from '../features/templates/components/search-page';
import { TemplatePage } from '../features/templates/components/template-page';
import { NewTemplatePage, PublishPage } from '../features/publish/components/publish-page';
import { ManagePage } from '../features/publish/components/manage-page';
import { ReviewPage } from '../features/review/components/review-page';
import { CommitteePage } from '../features/committee/components/committee-page';
import { StoryPage } from '../features/stories/components/story-page';
import { StoryEditPage } from '../features/stories/components/story-edit-page';
import { ProjectsPage } from '../features/projects/components/projects-page';
import { ProjectPage } from '../features/projects/components/project-page';
import { BoardPage } from '../features/projects/components/board-page';

function Home() {
  const { me } = useOutletContext<{ me: Me | null }>();
  return <HomePage me={me} />;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/templates/:id', element: <TemplatePage /> },
      { path: '/stories/:id', element: <StoryPage /> },
      { path: '/publish', element: <PublishPage /> },
      { path: '/publish/new', element: <NewTemplatePage /> },
      { path: '/publish/stories/new', element: <StoryEditPage /> },
      { path: '/publish/stories/:id', element: <StoryEditPage /> },
      { path: '/publish/:id', element: <ManagePage /> },
      { path: '/publish/:id/edit', element: <NewTemplatePage /> },
      { path: '/reviews', element: <ReviewPage /> },
      { path: '/committee', element: <CommitteePage /> },
      { path: '/standardisation', element: <ProjectsPage /> },
      { path: '/projects/:id', element: <ProjectPage /> },
      { path: '/processes/:id/board', element: <BoardPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
