// Makes sure a Chromium is there for the browser tests: CHROME_PATH, else /usr/bin/chromium.
// As root on Debian it installs Debian's chromium package; otherwise it says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${wanted}, but there is no file there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('Chromium is missing: installing Debian’s chromium package for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(wanted)) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and none was found.',
    '- On Debian or Ubuntu: sudo apt-get install chromium',
    '- Elsewhere: install Chrome or Chromium and set CHROME_PATH to its executable,',
    '  e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  ].join('\n'),
);
process.exit(1);
