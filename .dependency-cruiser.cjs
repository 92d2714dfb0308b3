/**
 * One-way layers (`npm run check:imports`): each layer imports only from the layers below it, and
 * nothing imports in a circle. Type-only imports count too: a type shared across layers belongs
 * low.
 *
 *   5 app       the host app: payload.config.ts, server.ts, scripts, seed, src/app, proxy,
 *               migrations
 *   4 theme     the public site: src/theme, src/server, the blocks' Components, its entry point
 *               (src/exports/theme.ts)
 *   3 plugin    src/plugin.ts, src/index.ts, src/multiTenant.ts, src/jobs, src/config, the admin
 *               components' entry points
 *   2 features  collections, block configs, companions, compliance, e-GP, approval, imports,
 *               catalogue
 *   1 parts     fields, hooks, access, admin components, requirements, frameworks, database,
 *               uploads, e-mail, content
 *   0 pure      fiscal, search, routing, validation, utilities, env, options, the framework and
 *               catalogue types
 */
const layers = [
  [
    'pure',
    '^src/(fiscal|search|routing|validation|utilities|env)/|^src/options\\.ts$|^src/frameworks/(types|signNames)\\.ts$|^src/catalogue/types\\.ts$',
  ],
  [
    'parts',
    '^src/(fields|hooks|access|admin|requirements|database|uploads|email|content)/|^src/frameworks/(?!(types|signNames)\\.ts$)',
  ],
  [
    'features',
    '^src/(collections|companions|compliance|egp|approval|imports)/|^src/catalogue/(?!types\\.ts$)|^src/blocks/(?!RenderBlocks)[^/]+/(?!Component)|^src/blocks/(index|fields)\\.ts$',
  ],
  [
    'plugin',
    '^src/(plugin|index|multiTenant)\\.ts$|^src/(jobs|config)/|^src/exports/(client|rsc)\\.ts$',
  ],
  [
    'theme',
    '^src/(theme|server)/|^src/exports/theme\\.ts$|^src/blocks/RenderBlocks\\.tsx$|^src/blocks/[^/]+/Component\\.tsx$',
  ],
  [
    'app',
    '^(payload\\.config|server|next\\.config)\\.ts$|^(scripts|seed|bench)/|^src/(app|migrations)/|^src/(proxy|instrumentation|payload-types)\\.ts$',
  ],
]

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties layers (or files) together: move the shared part down.',
      from: {},
      to: { circular: true },
    },
    ...layers.flatMap(([name, path], index) =>
      layers.slice(index + 1).map(([above, abovePath]) => ({
        name: `${name}-not-${above}`,
        severity: 'error',
        comment: `The ${name} layer must not import from the ${above} layer above it.`,
        // The theme reaches the host's config only as Payload's templates do, through
        // `@payload-config` in one file.
        from:
          name === 'theme' && above === 'app'
            ? { path, pathNot: '^src/theme/payload\\.ts$' }
            : { path },
        to: { path: abovePath },
      })),
    ),
    {
      name: 'plugin-without-next',
      severity: 'error',
      comment:
        "The plugin's server code runs in any Payload app: Next belongs to the theme and the host app (admin components and their hooks run in Payload's Next admin).",
      from: {
        path: layers
          .slice(0, 4)
          .map(([, path]) => `(${path})`)
          .join('|'),
        pathNot: '\\.tsx$|/use[A-Z][^/]*\\.ts$',
      },
      to: { path: '^node_modules/next/' },
    },
    {
      name: 'every-file-in-a-layer',
      severity: 'error',
      comment: 'A source file outside every layer escapes the rules: add its folder to a layer.',
      from: { path: '^src/', pathNot: layers.map(([, path]) => `(${path})`).join('|') },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|dist)/|payload-types\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
