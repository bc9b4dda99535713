// The Chromium the site tests and the bench drive: where it is, and the flags that keep a
// headless run quiet (no calls home, no GPU, no sandbox inside containers).

/** The Chromium executable: CHROME_PATH, else Debian's. */
export const chromePath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a headless run with the network quiet (no background calls home). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
