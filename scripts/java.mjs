// The Java that runs the W3C HTML checker (vnu-jar) in the site tests: JAVA_HOME's, else the
// `java` on the PATH. The checker needs Java 11 or later; Debian's default-jre-headless is 17.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The lowest Java the checker runs on. */
export const JAVA_MIN_VERSION = 11;

/** The java executable: JAVA_HOME's when it is set, else `java` from the PATH. */
export const javaPath = () =>
  process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/**
 * The major version of the Java at `javaPath()`, or undefined when there is none.
 * @returns {number | undefined}
 */
export function javaMajorVersion() {
  const run = spawnSync(javaPath(), ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_402").
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  if (!version) return undefined;
  const major = Number(version[1]);
  return major === 1 ? Number(version[2]) : major;
}

/** What to do when no Java is found, one line each. */
export const JAVA_INSTALL_STEPS = [
  `The HTML checker (vnu-jar) needs Java ${JAVA_MIN_VERSION} or later, and none was found.`,
  '- On Debian or Ubuntu: sudo apt-get install -y default-jre-headless',
  '- On macOS with Homebrew: brew install openjdk',
  '- Elsewhere: install a Java runtime (e.g. Eclipse Temurin) and put `java` on the PATH,',
  '  or set JAVA_HOME to its folder.',
];
