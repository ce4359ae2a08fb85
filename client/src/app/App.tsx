import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { preferredLang } from './lang';
import { PageSkeleton } from './Skeleton';

// Every page but the home page is its own chunk: the home page's first load stays small.
const ProjectsPage = lazy(() => import('../features/project/ProjectsPage'));
const ProjectPage = lazy(() => import('../features/project-page/ProjectPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const MunicipalityPage = lazy(() => import('../features/municipality/MunicipalityPage'));
const OrganisationPage = lazy(() => import('../features/organisation/OrganisationPage'));

export function App() {
  return (
    <Routes>
      <Route index element={<Navigate to={`/${preferredLang()}/`} replace />} />
      <Route path=":lang" element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<Page element={<SearchPage />} />} />
        <Route path="projects" element={<Page element={<ProjectsPage />} />} />
        <Route path="projects/:slug" element={<Page element={<ProjectPage />} />} />
        <Route path="municipalities/:code" element={<Page element={<MunicipalityPage />} />} />
        <Route path="organisations/:id" element={<Page element={<OrganisationPage />} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Page({ element }: { element: React.ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{element}</Suspense>;
}
