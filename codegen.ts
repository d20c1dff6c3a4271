import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests and for the example client (docs/clients.md): every
 * `graphql(...)` call under test/ or examples/wallet-client/src/ is checked against the
 * committed SDL and gets result and variable types. Each output has its own documents, so the
 * example's generated code holds only the example's operations.
 */
const scalars = {
  BigInt: 'string',
  DateTime: 'string',
  Date: 'string',
  JSON: 'unknown',
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  // NodeNext needs the .js extension on the generated relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      config: {
        scalars,
        enumsAsTypes: true,
        useTypeImports: true,
      },
      // Also writes persisted-documents.json: the manifest PERSISTED_OPERATIONS=enforce serves.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
    // The example client: the settings docs/clients.md recommends to a frontend team.
    'examples/wallet-client/gql/': {
      documents: ['examples/wallet-client/src/**/*.ts'],
      preset: 'client',
      config: {
        scalars,
        enumsAsTypes: true,
        useTypeImports: true,
        // Documents as typed strings: plain fetch sends them as they are, no GraphQL runtime needed.
        documentMode: 'string',
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
