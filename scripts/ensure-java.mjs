// Makes sure a Java is there for the W3C HTML checker (vnu-jar) in the site tests: JAVA_HOME's,
// else `java` on the PATH. As root on Debian it installs default-jre-headless; otherwise it says
// how to get one.
import { ensureTool } from './ensure-tool.mjs';
import { JAVA_INSTALL_STEPS, JAVA_MIN_VERSION, javaMajorVersion, javaPath } from './java.mjs';

if (process.env.JAVA_HOME && javaMajorVersion() === undefined) {
  console.error(`JAVA_HOME is set to ${process.env.JAVA_HOME}, but ${javaPath()} does not run.`);
  process.exit(1);
}

ensureTool({
  name: 'Java',
  isThere: () => (javaMajorVersion() ?? 0) >= JAVA_MIN_VERSION,
  debianPackage: 'default-jre-headless',
  instructions: JAVA_INSTALL_STEPS,
});
