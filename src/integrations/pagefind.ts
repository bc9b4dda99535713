/**
 * Builds the Pagefind search index once Astro has written the site: every page marked with
 * `data-pagefind-body`, plus one record per question of the bank (read back from the built
 * `/questions/bank.json`) so a search can land on a single question. Any indexing error fails
 * the build, as Starlight does.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { questionSearchRecords } from '../lib/search-records';
import type { BankFile } from '../schemas/question';

/** The Astro integration that indexes the built site with Pagefind. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'iik:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) return fail('start', errors);
        try {
          const site = await index.addDirectory({ path: outDir });
          if (site.errors.length) fail('index the site', site.errors);

          const bank = JSON.parse(
            await readFile(join(outDir, 'questions', 'bank.json'), 'utf8'),
          ) as BankFile;
          for (const record of questionSearchRecords(bank.questions)) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) fail(`index the question at ${record.url}`, added.errors);
          }

          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) fail('write the index', written.errors);
          logger.info(`indexed ${site.page_count} pages and ${bank.questions.length} questions`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
