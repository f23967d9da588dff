import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { MenuCommand } from '../platform/types';
import type { AppStore, Store } from '../store/store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing: render inside <StoreContext.Provider>');
  return store;
}

/** Reads the least it can from the store: pass a selector that picks one value. */
export function useApp<T>(select: (s: Store) => T): T {
  return useStore(useAppStoreApi(), select);
}

/** Runs a menu command (File > Open…, Run > Step…): toolbar buttons do what the menu does. */
export const CommandContext = createContext<((command: MenuCommand) => void) | null>(null);

export function useCommand(): (command: MenuCommand) => void {
  const run = useContext(CommandContext);
  if (!run) throw new Error('CommandContext is missing: render inside <CommandContext.Provider>');
  return run;
}
