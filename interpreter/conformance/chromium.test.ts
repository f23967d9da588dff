/**
 * Differential testing against real Chromium: every program whose header names `browser`
 * (`// @runtimes node browser`, `// @runtimes browser`) runs in a blank page of Chromium,
 * driven by Playwright, and in Loopscope with the browser model; the console output must match
 * line for line. Chromium is the oracle, at test time.
 *
 * Node-only programs run in Chromium too, to check their header: each must print something other
 * than what the node model prints, or it belongs in both runtimes.
 *
 * Each program is the one classic <script> of its page, so it runs as the page's first task.
 * Console calls and uncaught errors are read from the DevTools protocol in the order Chromium
 * reports them (Runtime.consoleAPICalled, Runtime.exceptionThrown). A tiny HTTP server on
 * 127.0.0.1 serves the pages and answers each program's `// @fetch` pragmas with their latency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
import {
  DEFAULT_FETCH_LATENCY,
  lookupResponse,
  parseFetchPragmas,
  statusText,
  type FetchTable,
} from '../host/fetch';
import { decodeEvents, run } from '../index';
import type { Model } from '../trace/types';
import { listPrograms, readProgram, runtimesOf, TIMING_RETRIES } from './harness';

const CHROMIUM = CHROMIUM_LAUNCH.executablePath;
/** Pages running at once. Each has its own server, so each knows its program's @fetch table. */
const SLOTS = 3;
/** Real milliseconds to keep listening after the model's last event, for output the model lacks. */
const SETTLE_MS = 150;

const programs = listPrograms().filter((p) => runtimesOf(readProgram(p)).includes('browser'));
const nodeOnly = listPrograms().filter((p) => !runtimesOf(readProgram(p)).includes('browser'));
const known = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('./known-differences-chromium.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, string>;

/** The console as text: one entry per line, stack frames dropped (their paths differ). */
function normalizeLines(lines: string[]): string {
  return lines
    .flatMap((l) => l.split('\n'))
    .filter((l) => !/^\s+at /.test(l))
    .join('\n');
}

interface ModelRun {
  lines: string[];
  endTime: number;
}

/** What a model prints, and the virtual time of its last event. */
function fromModel(source: string, model: Model = 'browser'): ModelRun {
  const trace = run(source, { model });
  let endTime = 0;
  for (const e of decodeEvents(trace)) if (e.type === 'time') endTime = e.time;
  const lines = trace.console.map((l) => l.text);
  if (trace.outcome.kind !== 'completed') lines.push(`<${trace.outcome.kind}>`);
  return { lines, endTime };
}

interface RemoteObject {
  type: string;
  subtype?: string;
  value?: unknown;
  unserializableValue?: string;
  description?: string;
}

/** A console argument as text, the way Chromium's console shows primitives. */
function remoteText(o: RemoteObject | undefined): string {
  if (!o) return 'undefined';
  if (o.type === 'string') return String(o.value);
  if (o.unserializableValue !== undefined) return o.unserializableValue;
  if (o.type === 'undefined') return 'undefined';
  if (o.subtype === 'null') return 'null';
  if (o.type === 'number' || o.type === 'boolean') return o.description ?? String(o.value);
  return o.description ?? String(o.value);
}

class Slot {
  table: FetchTable = {};
  source = '';
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url.startsWith('/program.html')) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        // `</script` cannot appear inside the script element; programs do not use it.
        res.end(
          `<!doctype html><html><head><meta charset="utf-8"><script>\n${this.source}\n</script></head><body></body></html>`,
        );
        return;
      }
      const entry = lookupResponse(this.table, url);
      const latency = entry?.latency ?? DEFAULT_FETCH_LATENCY;
      setTimeout(() => {
        if (entry?.error) {
          req.socket.destroy();
          return;
        }
        const status = entry?.status ?? (entry ? 200 : 404);
        res.statusCode = status;
        res.statusMessage = statusText(status);
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(entry?.body ?? '');
      }, latency);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private page: Page | null = null;
  private lines: string[] = [];
  private runs = 0;

  /** One page per slot, reused: each program gets a new document (a new realm) by navigation. */
  async open(browser: Browser): Promise<void> {
    this.page = await browser.newPage();
    const cdp: CDPSession = await this.page.context().newCDPSession(this.page);
    cdp.on('Runtime.consoleAPICalled', (e: { args: RemoteObject[] }) =>
      this.lines.push(e.args.map(remoteText).join(' ')),
    );
    cdp.on(
      'Runtime.exceptionThrown',
      (e: { exceptionDetails: { text: string; exception?: RemoteObject } }) =>
        this.lines.push(`${e.exceptionDetails.text} ${remoteText(e.exceptionDetails.exception)}`),
    );
    await cdp.send('Runtime.enable');
  }

  /**
   * Runs one program and collects what the console shows, until the model's output has had time
   * to appear — or, when only a difference is looked for, until the output strays from the model's.
   */
  async runProgram(source: string, model: ModelRun, untilDifferent = false): Promise<string[]> {
    const page = this.page!;
    // Leaving the previous document stops its timers; what it printed is dropped with it.
    await page.goto('about:blank');
    this.source = source;
    this.table = parseFetchPragmas(source);
    const lines: string[] = [];
    this.lines = lines;
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${this.port}/program.html?run=${++this.runs}`);
    const deadline = started + Math.max(3000, model.endTime * 2 + 2000);
    const expected = `${normalizeLines(model.lines)}\n`;
    const strayed = () => lines.length > 0 && !expected.startsWith(`${normalizeLines(lines)}\n`);
    const enough = () =>
      (lines.length >= model.lines.length && Date.now() - started >= model.endTime + SETTLE_MS) ||
      (untilDifferent && strayed());
    while (!enough() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    this.lines = [];
    return lines;
  }
}

const fromChromium = new Map<string, string[]>();
const expected = new Map<string, string[]>();
/** Node-only programs as Chromium runs them, and as the node model runs them. */
const nodeOnlyInChromium = new Map<string, string[]>();
const nodeOnlyInModel = new Map<string, string[]>();
let browser: Browser | null = null;
const slots: Slot[] = [];
const available = existsSync(CHROMIUM);

describe.skipIf(!available)(`conformance with real Chromium (browser model; ${CHROMIUM})`, () => {
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    for (let i = 0; i < SLOTS; i++) {
      const slot = new Slot();
      await slot.start();
      await slot.open(browser);
      slots.push(slot);
    }
    const queue = programs.filter((p) => !known[p]);
    // The model runs first: while Chromium runs, this process must stay free to serve fetches on time.
    const models = new Map(queue.map((p) => [p, fromModel(readProgram(p))]));
    for (const [p, model] of models) expected.set(p, model.lines);
    const nodeQueue = [...nodeOnly];
    const nodeModels = new Map(nodeQueue.map((p) => [p, fromModel(readProgram(p), 'node')]));
    for (const [p, model] of nodeModels) nodeOnlyInModel.set(p, model.lines);
    await Promise.all(
      slots.map(async (slot) => {
        for (let p = queue.shift(); p; p = queue.shift())
          fromChromium.set(p, await slot.runProgram(readProgram(p), models.get(p)!));
        for (let p = nodeQueue.shift(); p; p = nodeQueue.shift())
          nodeOnlyInChromium.set(
            p,
            await slot.runProgram(readProgram(p), nodeModels.get(p)!, true),
          );
      }),
    );
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(slots.map((s) => s.stop()));
  });

  it('has programs to compare', () => expect(programs.length).toBeGreaterThan(0));
  for (const program of programs) {
    const test = known[program] ? it.skip : it;
    test(program, async () => {
      const model = normalizeLines(expected.get(program)!);
      let real = normalizeLines(fromChromium.get(program)!);
      // See TIMING_RETRIES: a difference counts only if it survives runs of the program alone.
      for (let retry = 0; retry < TIMING_RETRIES && model !== real; retry++) {
        const source = readProgram(program);
        real = normalizeLines(await slots[0].runProgram(source, fromModel(source)));
      }
      expect(model).toBe(real);
    });
  }

  // A program marked node-only must really differ in Chromium, or Chromium would be left
  // unchecked. Its node-model output stands for Node's: the Node suite proves them equal.
  describe('node-only programs (header check)', () => {
    for (const program of nodeOnly) {
      it(`${program} behaves differently in Chromium`, () => {
        const inNodeModel = normalizeLines(nodeOnlyInModel.get(program)!);
        expect(
          normalizeLines(nodeOnlyInChromium.get(program)!),
          'behaves the same in Chromium: mark it `// @runtimes node browser`',
        ).not.toBe(inNodeModel);
      });
    }
  });

  it('lists known differences only for browser programs, each with a reason', () => {
    for (const [program, reason] of Object.entries(known)) {
      expect(programs, program).toContain(program);
      expect(reason.length, program).toBeGreaterThan(10);
    }
  });
});

if (!available) {
  describe('conformance with real Chromium', () => {
    it.skip(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`, () => {});
  });
}
