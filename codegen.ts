import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests (DESIGN.md habit 4): every `graphql(...)` call under test/ is
 * checked against the committed SDL and gets result and variable types.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  // NodeNext needs the .js extension on the generated relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      config: {
        scalars: {
          BigInt: 'string',
          DateTime: 'string',
          JSON: 'unknown',
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      // Also writes persisted-documents.json: the manifest PERSISTED_OPERATIONS=enforce serves.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
