import { configDefaults, defineConfig } from 'vitest/config';

// .bench/layout1 holds the last layout-1 commit for `npm run bench` (its own tests are not ours)
export default defineConfig({ test: { exclude: [...configDefaults.exclude, '.bench/**'] } });
