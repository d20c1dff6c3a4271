/**
 * The document GraphiQL opens with. On the sandbox it names a seeded balance: a balance, its
 * ledger, its owner and its latest transaction in one round trip, then a live balance (the
 * sandbox sends its webhooks to the gateway); the query comes first so the run button still runs
 * it first (GraphiQL selects the first operation until the cursor is in another).
 *
 * On a real Blnk nothing can be assumed to exist (an empty Blnk answered the old balance query
 * with NOT_FOUND and no hint), so it is a walk-through that works on an empty one: create a
 * ledger, a balance in it, a first deposit from `@World`, and read it back. The operations are
 * named Step1… to Step4… so GraphiQL's run menu lists them in order; each later step names the
 * id an earlier one answered, which the user pastes over a placeholder (WALKTHROUGH_PLACEHOLDERS).
 */
export function exampleQuery(balanceId: string | null): string {
  if (!balanceId) return firstSteps();
  const balance = `balance(id: "${balanceId}")`;
  const itsTransactions = `balanceId: { eq: "${balanceId}" }`;
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
${liveExample(balanceId)}`;
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

/** The placeholders the walk-through's later steps hold, each for an id an earlier step answers. */
export const WALKTHROUGH_PLACEHOLDERS = {
  ledgerId: 'PASTE_LEDGER_ID_FROM_STEP_1',
  balanceId: 'PASTE_BALANCE_ID_FROM_STEP_2',
} as const;

function firstSteps(): string {
  const { ledgerId, balanceId } = WALKTHROUGH_PLACEHOLDERS;
  return `# Welcome to Blnk GraphQL: first steps on your own Blnk, which may be empty.
# Run the steps in order: the run button's menu lists them. Each answers an id
# that the next step needs: paste it over the PASTE_… placeholder.
# Amounts: preciseAmount is in minor units (10000 cents = 100.00 USD).

# Step 1: a ledger groups balances.
mutation Step1_CreateLedger {
  createLedger(input: { name: "First steps" }) {
    __typename
    ... on Ledger { id name }
    ... on Error { code message }
  }
}

# Step 2: a USD balance in that ledger (paste the ledger id from step 1).
mutation Step2_CreateBalance {
  createBalance(input: { ledgerId: "${ledgerId}", currency: "USD" }) {
    __typename
    ... on Balance { id currency balance }
    ... on Error { code message }
  }
}

# Step 3: a first deposit of 100.00 USD from @World, Blnk's balance for money
# entering the ledger (it may go below zero, hence allowOverdraft). skipQueue
# applies it at once (paste the balance id from step 2).
mutation Step3_FirstDeposit {
  recordTransaction(input: {
    source: "@World"
    destination: "${balanceId}"
    preciseAmount: "10000"
    precision: "100"
    currency: "USD"
    description: "First deposit"
    allowOverdraft: true
    skipQueue: true
  }) {
    __typename
    ... on Transaction { id reference status amount currency }
    ... on Error { code message }
  }
}

# Step 4: read it back: the balance, its ledger and its transactions.
query Step4_ReadItBack {
  balance(id: "${balanceId}") {
    id
    currency
    balance
    available
    ledger { name }
    transactions(first: 5) {
      edges { node { reference amount currency status } }
    }
  }
}
`;
}
