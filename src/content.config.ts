import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema, regulationSchema } from './content/schemas.ts';

/** The lessons, one MDX file per module; the file name (minus extension) is the URL slug. */
const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/modules' }),
  schema: moduleSchema,
});

/** The law as data: one YAML file per act, named by its id (e.g. `uu-20-2023.yaml`). */
const regulations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/regulations' }),
  schema: regulationSchema,
});

export const collections = { modules, regulations };
