/**
 * A content loader for a YAML file holding a list of entries, like Astro's `file()` loader, that
 * also records each entry's position in the file as `order`. Astro returns collections sorted by
 * id; the question bank and the decks are written most useful first, and that order matters.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads `path` (relative to the project root): a YAML list of entries, each with a unique `id`. */
export function orderedYamlFile(path: string): Loader {
  return {
    name: 'ordered-yaml-file',
    load: async (context) => {
      const { store, watcher, config, logger } = context;
      const file = fileURLToPath(new URL(path, config.root));

      const sync = async () => {
        const entries: unknown = parse(await readFile(file, 'utf8'));
        if (!Array.isArray(entries)) throw new Error(`${path} must hold a YAML list of entries`);
        store.clear();
        for (const [index, raw] of entries.entries()) {
          const id = (raw as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id === '')
            throw new Error(`${path}: entry ${index + 1} has no id`);
          if (store.has(id)) throw new Error(`${path}: the id "${id}" is used twice`);
          const data = await context.parseData({
            id,
            data: { ...(raw as Record<string, unknown>), order: index },
            filePath: path,
          });
          store.set({
            id,
            data,
            digest: context.generateDigest(raw as Record<string, unknown>),
            filePath: path,
          });
        }
        logger.info(`loaded ${entries.length} entries from ${path}`);
      };

      await sync();
      watcher?.add(file);
      watcher?.on('change', (changed) => {
        if (changed !== file) return;
        sync().catch((error: unknown) =>
          logger.error(`could not reload ${path}: ${String(error)}`),
        );
      });
    },
  };
}
