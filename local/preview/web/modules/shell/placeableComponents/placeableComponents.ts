import components, { type PlaceableComponent } from 'preview/packageComponents';

/**
 * The package's components that Lightning pages can place, by name. The map is generated at bundle
 * time (local/preview/previewBundle.ts); reading it through this module lets tests give the shell
 * their own components, since Jest has no bundler to generate it.
 */
export type { PlaceableComponent };
export default components;
