/**
 * The query GraphiQL opens with: a balance, its ledger, its owner and its latest transaction in
 * one round trip. On the sandbox it names a seeded balance; on a real Blnk, the `@World` balance
 * in USD. On the sandbox a second operation follows, a live balance (the sandbox sends its
 * webhooks to the gateway); it comes after the query so the run button still runs the query
 * first (GraphiQL selects the first operation until the cursor is in another).
 */
export function exampleQuery(balanceId: string | null): string {
  const balance = balanceId ? `balance(id: "${balanceId}")` : 'balanceByIndicator(indicator: "@World", currency: "USD")';
  const itsTransactions = balanceId ? `balanceId: { eq: "${balanceId}" }` : 'indicator: { eq: "@World" }, currency: { eq: "USD" }';
  return `# Welcome to Blnk GraphQL. Press the run button to fetch a balance,
# its ledger, its owner and its latest transaction in one query.
# Amounts are exact strings: balances in minor units, transactions in major units.
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
  transactions(first: 1, filter: { ${itsTransactions} }) {
    edges {
      node {
        reference
        amount
        currency
        status
        createdAt
      }
    }
  }
}
${balanceId ? liveExample(balanceId) : ''}`;
}

function liveExample(balanceId: string): string {
  return `
# Put the cursor here and run: the balance now, then again after each change
# (send a transfer from another tab to see it move).
subscription BalanceLive {
  balanceUpdated(id: "${balanceId}", current: true) {
    id
    balance
    version
  }
}
`;
}
