import { type User, type UserManager } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { claimsOf, type Claims } from './claims';

export interface Auth {
  readonly user: User | null;
  readonly claims: Claims | undefined;
  /** True once the session could not be renewed: the page stays, with a sign-in prompt. */
  readonly expired: boolean;
  accessToken(): string | undefined;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export function AuthProvider(props: { manager: UserManager; initialUser: User | null; children: ReactNode }) {
  const { manager } = props;
  const [user, setUser] = useState<User | null>(props.initialUser);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    const loaded = (u: User) => {
      setUser(u);
      setExpired(false);
    };
    const gone = () => setExpired(true);
    const unloaded = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addAccessTokenExpired(gone);
    manager.events.addSilentRenewError(gone);
    manager.events.addUserUnloaded(unloaded);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeAccessTokenExpired(gone);
      manager.events.removeSilentRenewError(gone);
      manager.events.removeUserUnloaded(unloaded);
    };
  }, [manager]);

  const value = useMemo<Auth>(
    () => ({
      user,
      claims: user ? claimsOf(user.access_token) : undefined,
      expired: expired || (user?.expired ?? false),
      accessToken: () => user?.access_token,
      // The current address comes back after sign-in; drafts are on this device meanwhile.
      signIn: () => manager.signinRedirect({ state: window.location.pathname + window.location.search }),
      signOut: async () => {
        await manager.removeUser();
        await manager.signoutRedirect().catch(() => window.location.assign('/'));
      },
    }),
    [user, expired, manager],
  );
  return <AuthContext.Provider value={value}>{props.children}</AuthContext.Provider>;
}
