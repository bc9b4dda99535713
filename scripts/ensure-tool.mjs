// Makes sure a program the tests need is installed. As root on Debian it installs the Debian
// package that provides it; anywhere else it says how to get it and exits with an error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Exits the process with instructions unless `isThere()` holds, after installing
 * `debianPackage` when this is Debian and we are root.
 * @param {{ name: string, isThere: () => boolean, debianPackage: string, instructions: string[] }} tool
 */
export function ensureTool({ name, isThere, debianPackage, instructions }) {
  if (isThere()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(`${name} is missing: installing Debian’s ${debianPackage} package for the tests…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      console.error(`Installing ${debianPackage} failed: ${String(error)}`);
    }
    if (isThere()) return;
  }
  console.error(instructions.join('\n'));
  process.exit(1);
}
