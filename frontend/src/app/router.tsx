import { createBrowserRouter, useOutletContext } from 'react-router';
import { Layout } from './layout';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import type { Me } from '../features/account/use-me';

function Home() {
  const { me } = useOutletContext<{ me: Me | null }>();
  return <HomePage me={me} />;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
