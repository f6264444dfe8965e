// Minimal types for js-yaml (a dependency of Astro; @types/js-yaml is not installed).
declare module 'js-yaml' {
  export function load(text: string, options?: Record<string, unknown>): unknown;
  const jsYaml: { load: typeof load };
  export default jsYaml;
}
