import { transformSync } from 'esbuild';

/**
 * TypeScript → the JavaScript the LWC compiler expects: types stripped, decorators left as
 * written, class fields kept as fields, and `export default class` kept as a declaration — the
 * compiler registers a component's template only on that form, and esbuild's `format: 'esm'`
 * would rewrite it to `export { X as default }` (the component would then render nothing).
 */
export function stripTypes(source: string, file: string): string {
    return transformSync(source, {
        loader: 'ts',
        target: 'esnext',
        sourcefile: file,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } }
    }).code;
}
