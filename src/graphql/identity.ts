import type { Identity } from '../blnk/model.js';
import { builder } from './builder.js';
import { typeOfId } from './node-id.js';

export const IdentityRef = builder.objectRef<Identity>('Identity');

builder.node(IdentityRef, {
  description: 'A person or organization that owns balances. Fields Blnk holds as "" are null.',
  id: { resolve: (i) => i.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Identity',
  fields: (t) => ({
    identityType: t.exposeString('identityType'),
    organizationName: t.exposeString('organizationName'),
    category: t.exposeString('category'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    otherNames: t.exposeString('otherNames'),
    gender: t.exposeString('gender'),
    emailAddress: t.exposeString('emailAddress'),
    phoneNumber: t.exposeString('phoneNumber'),
    nationality: t.exposeString('nationality'),
    street: t.exposeString('street'),
    country: t.exposeString('country'),
    state: t.exposeString('state'),
    postCode: t.exposeString('postCode'),
    city: t.exposeString('city'),
    dob: t.expose('dob', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    metaData: t.expose('metaData', { type: 'JSON' }),
  }),
});

builder.queryField('identity', (t) =>
  t.field({
    type: IdentityRef,
    description: 'An identity by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.identity.load(String(id)),
  }),
);
