// The long-lived services every view needs: the database and the platform. Provided once at
// the root; components read persistent state from the database through live queries.

import { createContext, useContext } from 'react';
import type { HamishDb } from '../db/HamishDb';
import type { Platform } from './Platform';

export interface AppServices {
  db: HamishDb;
  platform: Platform;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (services === null) throw new Error('useServices() outside <AppServicesContext.Provider>');
  return services;
}
