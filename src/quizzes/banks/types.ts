/**
 * Authoring type for the banks: the schema's input, so defaults (e.g. `isCase`) may be omitted.
 */
import type { z } from 'zod';
import type { questionSchema } from '../schema.ts';

export type QuestionInput = z.input<typeof questionSchema>;
