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
const DeliverablePage = lazy(() => import('../features/deliverable/DeliverablePage'));
const NationalServicePage = lazy(() => import('../features/national-service/NationalServicePage'));
const SpecificationPage = lazy(() => import('../features/specification/SpecificationPage'));
const FundingCallsPage = lazy(() => import('../features/funding/FundingCallsPage'));
const FundingCallPage = lazy(() => import('../features/funding/FundingCallPage'));
const AccessibilityPage = lazy(() => import('../features/accessibility/AccessibilityPage'));
const ApiPage = lazy(() => import('../features/api-docs/ApiPage'));
const RegionsPage = lazy(() => import('../features/map/RegionsPage'));
const GraphExplorerPage = lazy(() => import('../features/graph-explorer/GraphExplorerPage'));
const NodePage = lazy(() => import('../features/graph-explorer/NodePage'));
const StatisticsPage = lazy(() => import('../features/charts/StatisticsPage'));
const SignInPage = lazy(() => import('../features/account/SignInPage'));
const SignUpPage = lazy(() => import('../features/account/SignUpPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const ApiKeysPage = lazy(() => import('../features/api-keys/ApiKeysPage'));
const ProjectEditPage = lazy(() => import('../features/project-edit/ProjectEditPage'));
const AcceptInvitationPage = lazy(() => import('../features/invitation/AcceptInvitationPage'));
const NewDeliverablePage = lazy(() => import('../features/deliverable-edit/NewDeliverablePage'));
const EditDeliverablePage = lazy(() => import('../features/deliverable-edit/EditDeliverablePage'));
const NewReleasePage = lazy(() => import('../features/deliverable-edit/NewReleasePage'));
const ReleaseFilesPage = lazy(() => import('../features/upload/ReleaseFilesPage'));
const DeclareAdoptionPage = lazy(() => import('../features/adoption/DeclareAdoptionPage'));
const NotificationsPage = lazy(() => import('../features/follow/NotificationsPage'));
const WebhooksPage = lazy(() => import('../features/webhooks/WebhooksPage'));
const ThesaurusPage = lazy(() => import('../features/thesaurus/ThesaurusPage'));

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
        <Route path="deliverables/:id" element={<Page element={<DeliverablePage />} />} />
        <Route path="services/:slug" element={<Page element={<NationalServicePage />} />} />
        <Route path="specifications/:slug" element={<Page element={<SpecificationPage />} />} />
        <Route path="funding" element={<Page element={<FundingCallsPage />} />} />
        <Route path="funding/:call" element={<Page element={<FundingCallPage />} />} />
        <Route path="accessibility" element={<Page element={<AccessibilityPage />} />} />
        <Route path="api" element={<Page element={<ApiPage />} />} />
        <Route path="regions" element={<Page element={<RegionsPage />} />} />
        <Route path="explore/:id" element={<Page element={<GraphExplorerPage />} />} />
        <Route path="nodes/:id" element={<Page element={<NodePage />} />} />
        <Route path="statistics" element={<Page element={<StatisticsPage />} />} />
        <Route path="sign-in" element={<Page element={<SignInPage />} />} />
        <Route path="sign-up" element={<Page element={<SignUpPage />} />} />
        <Route path="account" element={<Page element={<AccountPage />} />} />
        <Route path="account/api-keys" element={<Page element={<ApiKeysPage />} />} />
        <Route path="projects/:slug/edit" element={<Page element={<ProjectEditPage />} />} />
        <Route path="invitations/:token" element={<Page element={<AcceptInvitationPage />} />} />
        <Route path="projects/:slug/deliverables/new" element={<Page element={<NewDeliverablePage />} />} />
        <Route path="deliverables/:id/edit" element={<Page element={<EditDeliverablePage />} />} />
        <Route path="deliverables/:id/releases/new" element={<Page element={<NewReleasePage />} />} />
        <Route path="deliverables/:id/adopt" element={<Page element={<DeclareAdoptionPage />} />} />
        <Route path="releases/:id/files" element={<Page element={<ReleaseFilesPage />} />} />
        <Route path="notifications" element={<Page element={<NotificationsPage />} />} />
        <Route path="webhooks" element={<Page element={<WebhooksPage />} />} />
        <Route path="thesaurus" element={<Page element={<ThesaurusPage />} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Page({ element }: { element: React.ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{element}</Suspense>;
}
