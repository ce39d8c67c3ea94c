import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { PublishPage } from './routes/publish';
import { ReviewRoute } from './routes/review';
import { TemplatePage } from './routes/template-page';
import { SearchPage } from '../features/templates/components/search-page';
import { NewTemplatePage } from '../features/publish/components/template-form-page';
import { ManagePage } from '../features/publish/components/manage-page';
import { CommitteePage } from '../features/committee/components/committee-page';
import { StoryPage } from '../features/stories/components/story-page';
import { StoryEditPage } from '../features/stories/components/story-edit-page';
import { ArticlesPage } from '../features/articles/components/articles-page';
import { ArticlePage } from '../features/articles/components/article-page';
import { ArticleEditPage } from '../features/articles/components/article-edit-page';
import { InboxPage } from '../features/notifications/components/inbox-page';
import { PreferencesPage } from '../features/notifications/components/preferences-page';
import { AwardsPage } from '../features/awards/components/awards-page';
import { RoundPage } from '../features/awards/components/round-page';
import { ProposalsPage } from '../features/proposals/components/proposals-page';
import { ProposalPage } from '../features/proposals/components/proposal-page';
import { CertificationsPage } from '../features/certifications/components/certifications-page';
import { ProjectsPage } from '../features/projects/components/projects-page';
import { ProjectPage } from '../features/projects/components/project-page';
import { BoardPage } from '../features/projects/components/board-page';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/templates/:id', element: <TemplatePage /> },
      { path: '/stories/:id', element: <StoryPage /> },
      { path: '/articles', element: <ArticlesPage /> },
      { path: '/articles/:id', element: <ArticlePage /> },
      { path: '/publish', element: <PublishPage /> },
      { path: '/publish/new', element: <NewTemplatePage /> },
      { path: '/publish/stories/new', element: <StoryEditPage /> },
      { path: '/publish/stories/:id', element: <StoryEditPage /> },
      { path: '/publish/articles/new', element: <ArticleEditPage /> },
      { path: '/publish/articles/:id', element: <ArticleEditPage /> },
      { path: '/publish/:id', element: <ManagePage /> },
      { path: '/publish/:id/edit', element: <NewTemplatePage /> },
      { path: '/reviews', element: <ReviewRoute /> },
      { path: '/committee', element: <CommitteePage /> },
      { path: '/notifications', element: <InboxPage /> },
      { path: '/notifications/settings', element: <PreferencesPage /> },
      { path: '/awards', element: <AwardsPage /> },
      { path: '/awards/:id', element: <RoundPage /> },
      { path: '/proposals', element: <ProposalsPage /> },
      { path: '/proposals/:id', element: <ProposalPage /> },
      { path: '/certifications', element: <CertificationsPage /> },
      { path: '/standardisation', element: <ProjectsPage /> },
      { path: '/projects/:id', element: <ProjectPage /> },
      { path: '/processes/:id/board', element: <BoardPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
