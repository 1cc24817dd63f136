import { type QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { NotFoundPage } from './components/not-found';
import { CaseListPage } from './pages/case-list';
import { CasePage } from './pages/case-page';
import { AgendaPage } from './pages/commission/agenda-page';
import { SessionPage } from './pages/commission/session-page';
import { DeskPage } from './pages/wellbeing-desk/desk-page';
import { DeskTaskPage } from './pages/wellbeing-desk/task-page';
import { DirectoryPage } from './pages/directory/directory-page';
import { InboxPage } from './pages/inbox';
import { ProtectionActPage } from './pages/protection-act/protection-act-page';
import { ReportPage } from './pages/report/report-page';
import { CheckInPage } from './pages/support/check-in-page';
import { WellbeingPage } from './pages/wellbeing';
import { CaseWorkPage } from './pages/case-work/case-work-page';
import { TaskListPage } from './pages/tasks/task-list-page';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing its redirect object
    throw redirect({ to: '/cases' });
  },
});
const casesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cases', component: CaseListPage });
const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/new',
  component: ReportPage,
});
export const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId',
  component: CasePage,
});
export const protectionActRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId/protection-act',
  component: ProtectionActPage,
});
const inboxRoute = createRoute({ getParentRoute: () => rootRoute, path: '/inbox', component: InboxPage });
const wellbeingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wellbeing',
  component: WellbeingPage,
});
const checkInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wellbeing/plans/$planId/check-in',
  component: CheckInPage,
});
const agendaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/commission',
  component: AgendaPage,
});
const sessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/commission/$caseId',
  component: SessionPage,
});
const deskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wellbeing-desk',
  component: DeskPage,
});
const deskTaskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wellbeing-desk/tasks/$taskId',
  component: DeskTaskPage,
});

const tasksRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tasks', component: TaskListPage });
export const caseWorkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/work/$caseId',
  component: CaseWorkPage,
});

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directory',
  component: DirectoryPage,
});

const routeTree = rootRoute.addChildren([
  directoryRoute,
  indexRoute,
  casesRoute,
  reportRoute,
  caseRoute,
  protectionActRoute,
  inboxRoute,
  wellbeingRoute,
  checkInRoute,
  tasksRoute,
  caseWorkRoute,
  agendaRoute,
  sessionRoute,
  deskRoute,
  deskTaskRoute,
]);

export const createAppRouter = (queryClient: QueryClient) =>
  createRouter({ routeTree, context: { queryClient }, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
