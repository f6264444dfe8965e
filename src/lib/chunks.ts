/** `rows` in consecutive slices of at most `size` (bulk statements stay under the engines' parameter limits). */
export const chunks = <T>(rows: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
