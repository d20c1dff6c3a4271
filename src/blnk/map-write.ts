import { LosslessNumber } from 'lossless-json';
import type {
  BulkTransfersInput,
  IdentityInput,
  InflightUpdateInput,
  TransferLeg,
  MonitorConditionInput,
  MonitorInput,
  NewBalance,
  NewLedger,
  TransferInput,
} from './inputs.js';
import type {
  BulkTransactionsBody,
  CreateBalanceBody,
  CreateLedgerBody,
  IdentityBody,
  InflightUpdateBody,
  LegBody,
  MonitorBody,
  RecordTransactionBody,
} from './wire.js';

/**
 * Domain inputs → the snake_case bodies Blnk binds (docs/blnk-contract.md section 2). A field the
 * input leaves out is left out of the body; keys keep one order (the order Blnk's docs list
 * them), so that a body reads the same in every log and recording.
 */

export function ledgerBody(input: NewLedger): CreateLedgerBody {
  return { name: input.name, ...(input.metaData ? { meta_data: input.metaData } : {}) };
}

export function balanceBody(input: NewBalance): CreateBalanceBody {
  return {
    ledger_id: input.ledgerId,
    currency: input.currency,
    ...(input.identityId !== undefined ? { identity_id: input.identityId } : {}),
    ...(input.trackFundLineage !== undefined ? { track_fund_lineage: input.trackFundLineage } : {}),
    ...(input.allocationStrategy !== undefined ? { allocation_strategy: input.allocationStrategy } : {}),
    ...(input.metaData ? { meta_data: input.metaData } : {}),
  };
}

/** Identity's text fields: domain name → Blnk's key, in the order the body lists them. */
export const IDENTITY_TEXT_KEYS = {
  identityType: 'identity_type',
  organizationName: 'organization_name',
  category: 'category',
  firstName: 'first_name',
  lastName: 'last_name',
  otherNames: 'other_names',
  gender: 'gender',
  emailAddress: 'email_address',
  phoneNumber: 'phone_number',
  nationality: 'nationality',
  street: 'street',
  country: 'country',
  state: 'state',
  postCode: 'post_code',
  city: 'city',
} as const;

export function identityBody(input: IdentityInput): IdentityBody {
  const body: IdentityBody = input.id !== undefined ? { identity_id: input.id } : {};
  for (const [name, key] of Object.entries(IDENTITY_TEXT_KEYS) as [
    keyof typeof IDENTITY_TEXT_KEYS,
    (typeof IDENTITY_TEXT_KEYS)[keyof typeof IDENTITY_TEXT_KEYS],
  ][]) {
    const value = input[name];
    if (value !== undefined) body[key] = value;
  }
  if (input.dob !== undefined) body.dob = input.dob;
  if (input.metaData) body.meta_data = input.metaData;
  return body;
}

/**
 * A leg's exact share leaves as a string of minor units: Blnk's model.Distribution holds it as a
 * Go string, and a JSON number fails to bind (400).
 */
export function legBody(leg: TransferLeg): LegBody {
  if (leg.preciseDistribution !== undefined)
    return { identifier: leg.identifier, precise_distribution: leg.preciseDistribution.toString() };
  return { identifier: leg.identifier, ...(leg.distribution !== undefined ? { distribution: leg.distribution } : {}) };
}

/** skip_queue comes last: it is the one key of the body that says how, not what, to record. */
export function transferBody(input: TransferInput): RecordTransactionBody {
  return {
    precise_amount: input.preciseAmount,
    precision: input.precision,
    ...(input.source !== undefined ? { source: input.source } : {}),
    ...(input.destination !== undefined ? { destination: input.destination } : {}),
    ...(input.sources ? { sources: input.sources.map(legBody) } : {}),
    ...(input.destinations ? { destinations: input.destinations.map(legBody) } : {}),
    reference: input.reference,
    currency: input.currency,
    description: input.description,
    ...(input.allowOverdraft !== undefined ? { allow_overdraft: input.allowOverdraft } : {}),
    ...(input.overdraftLimit !== undefined ? { overdraft_limit: new LosslessNumber(input.overdraftLimit) } : {}),
    ...(input.inflight !== undefined ? { inflight: input.inflight } : {}),
    ...(input.inflightExpiryDate !== undefined ? { inflight_expiry_date: input.inflightExpiryDate } : {}),
    ...(input.scheduledFor !== undefined ? { scheduled_for: input.scheduledFor } : {}),
    ...(input.effectiveDate !== undefined ? { effective_date: input.effectiveDate } : {}),
    ...(input.metaData ? { meta_data: input.metaData } : {}),
    ...(input.skipQueue !== undefined ? { skip_queue: input.skipQueue } : {}),
  };
}

export function bulkBody(input: BulkTransfersInput): BulkTransactionsBody {
  return {
    transactions: input.transactions.map(transferBody),
    ...(input.atomic !== undefined ? { atomic: input.atomic } : {}),
    ...(input.inflight !== undefined ? { inflight: input.inflight } : {}),
    ...(input.runAsync !== undefined ? { run_async: input.runAsync } : {}),
    ...(input.skipQueue !== undefined ? { skip_queue: input.skipQueue } : {}),
  };
}

export function inflightBody(input: InflightUpdateInput): InflightUpdateBody {
  return {
    status: input.status,
    ...(input.preciseAmount !== undefined ? { precise_amount: input.preciseAmount } : {}),
    ...(input.skipQueue !== undefined ? { skip_queue: input.skipQueue } : {}),
  };
}

/** Blnk reads `value` as a float64: it is written digit for digit as the decimal it is, never through a JS number. */
function conditionBody(c: MonitorConditionInput): NonNullable<MonitorBody['condition']> {
  return { field: c.field, operator: c.operator, value: new LosslessNumber(c.value), precision: c.precision };
}

export function monitorBody(input: MonitorInput): MonitorBody {
  return {
    ...(input.balanceId !== undefined ? { balance_id: input.balanceId } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.condition ? { condition: conditionBody(input.condition) } : {}),
    ...(input.callbackUrl !== undefined ? { call_back_url: input.callbackUrl } : {}),
  };
}
