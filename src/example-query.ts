/**
 * The query GraphiQL opens with: a balance, its ledger and its owner in one round trip. On the
 * sandbox it names a seeded balance; on a real Blnk, the `@World` balance in USD.
 */
export function exampleQuery(balanceId: string | null): string {
  const balance = balanceId
    ? `balance(id: "${balanceId}")`
    : 'balanceByIndicator(indicator: "@World", currency: "USD")';
  return `# Welcome to Blnk GraphQL. Press the run button to fetch a balance,
# its ledger and its owner in one query; amounts are exact strings of minor units.
query Balance {
  ${balance} {
    id
    currency
    balance
    available
    inflightBalance
    ledger {
      id
      name
    }
    identity {
      firstName
      lastName
    }
  }
}
`;
}
