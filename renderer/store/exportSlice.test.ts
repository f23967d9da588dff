import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import type { ExportFile, ExportJob, ExportProgress } from '../export/job';
import { DEFAULT_EXPORT_OPTIONS } from '../export/options';
import type { Exporter, ExportOutcome } from '../export/service';
import type { ProgramRunner } from '../worker/runner';
import { createAppStore, type AppStore } from './store';

const runner: ProgramRunner = {
  run: async (source, model, stepLimit) => ({
    kind: 'trace',
    trace: run(source, { model, stepLimit }),
    millis: 1,
  }),
  cancel: () => {},
};

/** An exporter the test drives by hand: it records jobs, and finishes them when told. */
function manualExporter() {
  const jobs: ExportJob[] = [];
  const saved: ExportFile[] = [];
  let finish: (outcome: ExportOutcome) => void = () => {};
  let progress: (p: ExportProgress) => void = () => {};
  let cancelled = 0;
  const exporter: Exporter = {
    start(job, onProgress) {
      jobs.push(job);
      progress = onProgress;
      const result = new Promise<ExportOutcome>((resolve) => (finish = resolve));
      return {
        result,
        cancel: () => {
          cancelled++;
          finish({ kind: 'cancelled' });
        },
      };
    },
    async save(file) {
      saved.push(file);
      return { kind: 'saved', name: file.name };
    },
    async copyImage(png) {
      await png;
    },
  };
  return {
    exporter,
    jobs,
    saved,
    finish: (o: ExportOutcome) => finish(o),
    progress: (p: ExportProgress) => progress(p),
    cancelled: () => cancelled,
  };
}

/** A Storage that lives in a Map. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const file: ExportFile = { name: 'classic.gif', mime: 'image/gif', bytes: new Uint8Array(10) };
const tick = () => new Promise((r) => setTimeout(r, 0));

let manual: ReturnType<typeof manualExporter>;
let store: AppStore;

beforeEach(async () => {
  manual = manualExporter();
  store = createAppStore(runner, manual.exporter, memoryStorage());
  await store.getState().runProgram();
});

describe('the export slice', () => {
  it('makes a job from the trace and the choices, reports progress, and saves the file', async () => {
    const s = store.getState();
    s.setTheme('dark');
    s.setExportOptions({
      format: 'gif',
      resolution: '720p',
      fps: 60,
      panels: ['stack', 'console'],
    });
    s.openExport();
    expect(store.getState().overlay).toBe('export');
    const done = s.startExport();
    const job = manual.jobs[0];
    expect(job).toMatchObject({
      format: 'gif',
      output: { width: 1280, height: 720 },
      fps: 50,
      theme: 'dark',
      parts: ['caption', 'stack', 'console'],
      range: { from: 0, to: store.getState().index!.stepCount - 1 },
      name: 'classic',
    });
    expect(job.trace).toBe(store.getState().trace);
    manual.progress({ done: 3, total: 12 });
    expect(store.getState().exportStatus).toMatchObject({ kind: 'running', done: 3, total: 12 });
    manual.finish({ kind: 'done', file: { ...file, frames: 40 } });
    await done;
    expect(manual.saved).toHaveLength(1);
    expect(store.getState().exportStatus).toMatchObject({
      kind: 'done',
      name: 'classic.gif',
      size: 10,
      frames: 40,
    });
  });

  it('a cancelled export saves nothing', async () => {
    const done = store.getState().startExport();
    store.getState().cancelExport();
    await done;
    expect(manual.cancelled()).toBe(1);
    expect(manual.saved).toHaveLength(0);
    expect(store.getState().exportStatus.kind).toBe('cancelled');
  });

  it('a failed export says why and saves nothing', async () => {
    const done = store.getState().startExport();
    manual.finish({ kind: 'failed', error: 'This browser cannot encode video for WEBM' });
    await done;
    expect(manual.saved).toHaveLength(0);
    expect(store.getState().exportStatus).toMatchObject({
      kind: 'failed',
      error: 'This browser cannot encode video for WEBM',
    });
  });

  it('starts from the timeline selection, and names the file after the range', async () => {
    const s = store.getState();
    s.setTimelineSelection({ from: 4, to: 9 });
    s.openExport();
    expect(store.getState().exportRange).toEqual({ from: 4, to: 9 });
    void s.startExport();
    expect(manual.jobs[0].range).toEqual({ from: 4, to: 9 });
    expect(manual.jobs[0].name).toBe('classic-steps-5-10');
    manual.finish({ kind: 'cancelled' });
    await tick();
  });

  it('a single frame shows the current step', async () => {
    const s = store.getState();
    s.seek(7);
    s.setExportOptions({ format: 'svg' });
    void s.startExport();
    expect(manual.jobs[0]).toMatchObject({ format: 'svg', step: 7, name: 'classic-step-8' });
    manual.finish({ kind: 'cancelled' });
    await tick();
  });

  it('remembers the choices', () => {
    const storage = memoryStorage();
    const first = createAppStore(runner, manual.exporter, storage);
    first
      .getState()
      .setExportOptions({ format: 'mp4', speed: 2, theme: 'projector', captions: false });
    const second = createAppStore(runner, manual.exporter, storage);
    expect(second.getState().exportOptions).toEqual({
      ...DEFAULT_EXPORT_OPTIONS,
      format: 'mp4',
      speed: 2,
      theme: 'projector',
      captions: false,
    });
  });

  it('copies the current frame as a PNG', async () => {
    store.getState().seek(3);
    const done = store.getState().copyFrame();
    expect(manual.jobs[0]).toMatchObject({ format: 'png', step: 3 });
    manual.finish({ kind: 'done', file: { ...file, mime: 'image/png' } });
    await done;
    expect(store.getState().exportStatus.kind).toBe('copied');
    expect(manual.saved).toHaveLength(0);
  });
});
