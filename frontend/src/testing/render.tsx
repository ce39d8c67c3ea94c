import { vi } from 'vitest';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../lib/auth';

/** A signed-in user for StaticAuthProvider (the token is a constant; login and logout are spies). */
export function signedIn(username: string): Auth {
  return { state: { status: 'authenticated', username }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
}

/** A JSON answer as the API sends it; a status of 400 or more is problem+json. */
export function jsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}) {
  const type = status < 400 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

/**
 * Renders pages as the router would at `path`, signed in as `username`: `routes` maps route patterns to elements
 * (e.g. { '/stories/:id': <StoryPage /> }).
 */
export function renderAt(path: string, routes: Record<string, ReactNode>, username = 'koto-publisher') {
  return render(
    <StaticAuthProvider value={signedIn(username)}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {Object.entries(routes).map(([route, element]) => <Route key={route} path={route} element={element} />)}
        </Routes>
      </MemoryRouter>
    </StaticAuthProvider>,
  );
}
