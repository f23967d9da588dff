/**
 * Events from the main process to the window. Until the window says it is ready (it has
 * subscribed), events wait here: a file given on the command line arrives before the page has
 * loaded, and must not be lost.
 */
import type { EventChannel, EventMessages } from './api';

export type SendToWindow = <C extends EventChannel>(channel: C, payload: EventMessages[C]) => void;

export class RendererChannel {
  private ready = false;
  private pending: (() => void)[] = [];

  constructor(private readonly send: SendToWindow) {}

  post<C extends EventChannel>(channel: C, payload: EventMessages[C]): void {
    const deliver = () => this.send(channel, payload);
    if (this.ready) deliver();
    else this.pending.push(deliver);
  }

  markReady(): void {
    this.ready = true;
    const pending = this.pending;
    this.pending = [];
    pending.forEach((deliver) => deliver());
  }

  /** The page is reloading (or its process died): hold events until it is ready again. */
  markNotReady(): void {
    this.ready = false;
  }
}
