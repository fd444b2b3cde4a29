/**
 * The architecture's rules (docs/architecture.md, "Rules the code keeps"), checked by
 * `npm run check:deps` and by .ci/run: a rule broken fails the check.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const core = '^src/(domain|engine|journal|sets|sync|config|report|walkthrough|prepare|i18n|text)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: a module and what it imports can be read in order.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-not-cli',
      severity: 'error',
      comment: 'Nothing below src/cli/ imports it: the core takes its I/O as parameters.',
      from: { path: core },
      to: { path: '^src/cli/' },
    },
    {
      name: 'journal-not-engine',
      severity: 'error',
      comment: 'The journal never imports the engine (what both need is in src/domain/).',
      from: { path: '^src/journal/' },
      to: { path: '^src/engine/' },
    },
    {
      name: 'engine-not-journal',
      severity: 'error',
      comment: 'The engine never imports the journal: it is given a store.',
      from: { path: '^src/engine/' },
      to: { path: '^src/journal/' },
    },
    {
      name: 'sets-not-journal',
      severity: 'error',
      comment: 'The question sets never import the journal.',
      from: { path: '^src/sets/' },
      to: { path: '^src/journal/' },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      comment: 'The domain types (what the engine, the reports and the journal share) import nothing of ours but each other.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'reports-not-cli',
      severity: 'error',
      comment: 'The reports never import the command line (covered by core-not-cli; named as docs/architecture.md says it).',
      from: { path: '^src/report/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'engine-not-cli',
      severity: 'error',
      comment: 'The engine never imports the command line (covered by core-not-cli; named as docs/architecture.md says it).',
      from: { path: '^src/engine/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'i18n-only-domain',
      severity: 'error',
      comment: 'The language helpers take their types from src/domain/, not from a layer that uses them.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|domain)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
