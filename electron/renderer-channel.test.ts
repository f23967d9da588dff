import { describe, expect, it, vi } from 'vitest';
import { RendererChannel } from './renderer-channel';

describe('events to the window', () => {
  it('wait until the window is ready, then arrive in order', () => {
    const send = vi.fn();
    const channel = new RendererChannel(send);
    channel.post('file:opened', { status: 'canceled' });
    channel.post('menu:command', 'run.run');
    expect(send).not.toHaveBeenCalled();
    channel.markReady();
    expect(send.mock.calls).toEqual([
      ['file:opened', { status: 'canceled' }],
      ['menu:command', 'run.run'],
    ]);
    channel.post('menu:command', 'run.stop');
    expect(send).toHaveBeenLastCalledWith('menu:command', 'run.stop');
  });

  it('wait again while the page reloads', () => {
    const send = vi.fn();
    const channel = new RendererChannel(send);
    channel.markReady();
    channel.markNotReady();
    channel.post('menu:command', 'file.new');
    expect(send).not.toHaveBeenCalled();
    channel.markReady();
    expect(send).toHaveBeenCalledWith('menu:command', 'file.new');
  });
});
