import { type QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { NotFoundPage } from './components/not-found';
import { CaseListPage } from './pages/case-list';
import { CasePage } from './pages/case-page';
import { InboxPage } from './pages/inbox';
import { ProtectionActPage } from './pages/protection-act/protection-act-page';
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

const tasksRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tasks', component: TaskListPage });
export const caseWorkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/work/$caseId',
  component: CaseWorkPage,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  casesRoute,
  caseRoute,
  protectionActRoute,
  inboxRoute,
  wellbeingRoute,
  tasksRoute,
  caseWorkRoute,
]);

export const createAppRouter = (queryClient: QueryClient) =>
  createRouter({ routeTree, context: { queryClient }, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
