/**
 * What the gateway asks Blnk to write, in its own words: camelCase, money as bigint. map-write.ts
 * turns each into the snake_case body Blnk binds (wire.ts); nothing outside blnk/ sees that body.
 * A field left out is left out of the body too: Blnk reads an absent field and a zero one
 * differently on several routes.
 */
export type MetaInput = Record<string, unknown>;

export interface NewLedger {
  name: string;
  metaData?: MetaInput;
}

export interface NewBalance {
  ledgerId: string;
  currency: string;
  identityId?: string;
  trackFundLineage?: boolean;
  allocationStrategy?: string;
  metaData?: MetaInput;
}

/** Create and update identity: every field optional; Blnk does not validate values. */
export interface IdentityInput {
  id?: string;
  identityType?: string;
  organizationName?: string;
  category?: string;
  firstName?: string;
  lastName?: string;
  otherNames?: string;
  gender?: string;
  emailAddress?: string;
  phoneNumber?: string;
  nationality?: string;
  street?: string;
  country?: string;
  state?: string;
  postCode?: string;
  city?: string;
  /** An RFC 3339 time: Blnk binds no bare date. */
  dob?: string;
  metaData?: MetaInput;
}

/** One leg of a split: a share Blnk reads (`"30%"`, `"left"`, a decimal) or exact minor units. */
export interface TransferLeg {
  identifier: string;
  distribution?: string;
  preciseDistribution?: bigint;
}

export interface TransferInput {
  preciseAmount: bigint;
  precision: bigint;
  source?: string;
  destination?: string;
  sources?: TransferLeg[];
  destinations?: TransferLeg[];
  reference: string;
  currency: string;
  description: string;
  allowOverdraft?: boolean;
  /** overdraft_limit: an exact decimal in major units, sent digit for digit (Blnk reads a float64). */
  overdraftLimit?: string;
  inflight?: boolean;
  /** RFC 3339 times, as Blnk binds them. */
  inflightExpiryDate?: string;
  scheduledFor?: string;
  effectiveDate?: string;
  metaData?: MetaInput;
  skipQueue?: boolean;
}

export interface BulkTransfersInput {
  transactions: TransferInput[];
  atomic?: boolean;
  inflight?: boolean;
  runAsync?: boolean;
  skipQueue?: boolean;
}

export interface InflightUpdateInput {
  status: 'commit' | 'void';
  preciseAmount?: bigint;
  skipQueue?: boolean;
}

export interface MonitorConditionInput {
  field: string;
  operator: string;
  /** An exact decimal in major units, sent to Blnk digit for digit. */
  value: string;
  precision: bigint;
}

export interface MonitorInput {
  balanceId?: string;
  description?: string;
  callbackUrl?: string;
  condition?: MonitorConditionInput;
}
