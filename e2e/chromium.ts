/**
 * How every headless Chromium of ours is launched: the e2e specs (playwright.config.ts), the
 * conformance suite's browser model (interpreter/conformance/chromium.test.ts) and the bench's app
 * suite. Debian's chromium unless CHROMIUM_PATH names another; no sandbox (containers), no GPU,
 * and none of the background work (updates, sync, QUIC) that would talk to the network.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
