// Makes sure a Chromium is there for the browser tests: CHROME_PATH, else /usr/bin/chromium.
// As root on Debian it installs Debian's chromium package; otherwise it says how to get one.
import { existsSync } from 'node:fs';
import { chromePath } from './chromium.mjs';
import { ensureTool } from './ensure-tool.mjs';

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}

ensureTool({
  name: 'Chromium',
  isThere: () => existsSync(chromePath()),
  debianPackage: 'chromium',
  instructions: [
    'The browser tests need Chromium and none was found.',
    '- On Debian or Ubuntu: sudo apt-get install chromium',
    '- Elsewhere: install Chrome or Chromium and set CHROME_PATH to its executable,',
    '  e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  ],
});
