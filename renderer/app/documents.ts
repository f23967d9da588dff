/**
 * Wiring between the store and the platform (renderer/platform/README-platform.md): the
 * document the editor holds, File / View / Run commands from the menu (desktop) or its keys
 * (web), files opened from outside or dropped, the title, autosave and recovery.
 */
// The modules, not '../platform' itself: that one picks the platform of this window at import.
import { startAutosave } from '../platform/autosave';
import { openFind } from '../view/editor/codemirror';
import {
  createDocumentCommands,
  type DocumentCommands,
  type DocumentHost,
} from '../platform/document-commands';
import { acceptFileDrops } from '../platform/drop';
import type { MenuCommand, Platform } from '../platform/types';
import { THEME_NAMES, type ThemeName } from '../scene/theme';
import { isDirty } from '../store/documentSlice';
import { watch, type AppStore } from '../store/store';

/** The store as the platform's document commands see it. */
export function documentHost(store: AppStore): DocumentHost {
  return {
    document: () => {
      const s = store.getState();
      return { name: s.docName, handle: s.docHandle, kind: s.docKind, dirty: isDirty(s) };
    },
    session: () => {
      const s = store.getState();
      return { code: s.source, model: s.model, options: { stepLimit: s.stepLimit }, step: s.step };
    },
    load: (document, contents) => store.getState().loadDocument(document, contents),
    saved: (document) => store.getState().markSaved(document),
    notify: (message) => store.getState().showNotice(message),
  };
}

/** What each menu command does. Toolbar buttons call the same document commands. */
export function menuActions(
  store: AppStore,
  documents: DocumentCommands,
): Record<MenuCommand, () => void> {
  const s = () => store.getState();
  // Projector mode toggles back to the theme it replaced.
  let themeBeforeProjector: ThemeName = 'light';
  return {
    'file.new': () => void documents.newDocument(),
    'file.open': () => void documents.open(),
    'file.save': () => void documents.save(),
    'file.save-as': () => void documents.saveAs(),
    'file.export': () => s().openExport(),
    'file.save-then-close': () => void documents.saveThenClose(),
    'edit.find': () => void openFind(),
    'view.toggle-theme': () =>
      s().setTheme(THEME_NAMES[(THEME_NAMES.indexOf(s().theme) + 1) % THEME_NAMES.length]),
    'view.projector-mode': () => {
      const theme = s().theme;
      if (theme === 'projector') return s().setTheme(themeBeforeProjector);
      themeBeforeProjector = theme;
      s().setTheme('projector');
    },
    'view.font-bigger': () => s().stepFontScale(1),
    'view.font-smaller': () => s().stepFontScale(-1),
    'view.font-reset': () => s().setFontScale(1),
    'view.toggle-editor': () => s().togglePanel('editor'),
    'view.toggle-console': () => s().togglePanel('console'),
    'view.toggle-timeline': () => s().togglePanel('timeline'),
    'run.run': () => void s().runProgram({ play: true }),
    'run.stop': () => {
      if (s().runStatus === 'running') s().cancelRun();
      else s().pause();
    },
    'run.step-forward': () => s().stepForward(),
    'run.step-back': () => s().stepBack(),
    'run.play-pause': () => s().togglePlay(),
    'run.to-start': () => s().jumpToStart(),
    'run.to-end': () => s().jumpToEnd(),
    'run.model-browser': () => s().setModel('browser'),
    'run.model-node': () => s().setModel('node'),
    'help.shortcuts': () => s().openOverlay('help'),
  };
}

/**
 * Connects the store to the platform, in the order the README gives; the platform's `ready()`
 * comes last, once every listener is in place and any recovery is offered. Returns what runs a
 * menu command, for the toolbar's buttons.
 */
export function connectPlatform(
  store: AppStore,
  platform: Platform,
  page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
): (command: MenuCommand) => void {
  const host = documentHost(store);
  const documents = createDocumentCommands(platform, host);

  const actions = menuActions(store, documents);
  platform.onMenuCommand((command) => actions[command]());

  platform.onFileOpened((outcome) => void documents.openedFromOutside(outcome));
  acceptFileDrops(page, (file) => void documents.openDropped(file));

  watch(
    store,
    (s) => [s.docName ?? '', s.docHandle?.path ?? '', isDirty(s), s.model].join('|'),
    () => documents.publishStatus(),
  );
  documents.publishStatus();

  startAutosave({
    autosave: platform.autosave,
    snapshot: documents.autosaveSnapshot,
    page,
    onError: (error) => host.notify(`Autosave failed: ${String(error)}`),
  });

  void offerRecoveryThenReady(store, platform, documents);
  return (command) => actions[command]();
}

async function offerRecoveryThenReady(
  store: AppStore,
  platform: Platform,
  documents: DocumentCommands,
): Promise<void> {
  try {
    const [recovery] = await platform.autosave.recoveries();
    if (recovery) {
      store.getState().offerRecovery({
        savedAt: recovery.savedAt,
        name: recovery.documentName,
        restore: async () => {
          // The offer stays when the person keeps the work typed since (restore asks first).
          if (await documents.restore(recovery)) store.getState().offerRecovery(null);
        },
        discard: () => {
          store.getState().offerRecovery(null);
          void platform.autosave.discardRecovery(recovery.id);
        },
      });
    }
  } catch (error) {
    store.getState().showNotice(`Unsaved work from last time could not be read: ${String(error)}`);
  }

  platform.ready();
}
