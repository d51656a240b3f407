// @vitest-environment node
// Pure schema tests: no DOM needed, and Node's URL is required to read the spec file.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import * as W from './wholesale';
import {
  CALLING_PACKAGES_CUSTOMER,
  CUSTOMER_PACKAGES,
  KNOWN_CUSTOMER_STATUSES,
  LIMITABLE_PACKAGES,
  SUBSCRIBER_PACKAGES,
  SUBSCRIBER_PACKAGES_DEPRECATED_FIELD,
  missingDependencies,
} from './packages';
import { SUPPORTED_LANGUAGE_CODES, normalizeLanguage } from './reference-data';
import { ERROR_CODES, type ErrorCodeName } from './error-codes';
import { toErrorItems } from './validation';

// ---------------------------------------------------------------------------
// The official OpenAPI document

interface SpecSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, SpecSchema>;
  required?: string[];
  items?: SpecSchema;
  enum?: unknown[];
  example?: unknown;
  anyOf?: SpecSchema[];
  'x-known-values'?: unknown[];
}
interface SpecMediaType {
  schema?: SpecSchema;
  example?: unknown;
}
interface SpecOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, SpecMediaType> };
  responses: Record<string, { content?: Record<string, SpecMediaType> }>;
}
interface SpecDocument {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, SpecSchema> };
}

const spec = JSON.parse(
  readFileSync(new URL('../../shared/reference/webex-wholesale.openapi.json', import.meta.url), 'utf8'),
) as SpecDocument;

function resolve(schema: SpecSchema): SpecSchema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.split('/').pop() ?? '';
    const target = spec.components.schemas[name];
    if (!target) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

function specOperation(method: string, path: string): SpecOperation {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
  return operation;
}

const ourPaths = (path: string) => path.startsWith('/wholesale') || path.endsWith('/emails/consentMove');

interface OperationContract {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  responses: Record<string, z.ZodType>;
}

/** Our schemas for each of the 18 public operations. */
const OPERATIONS: OperationContract[] = [
  {
    method: 'get',
    path: '/wholesale/customers',
    query: W.ListCustomersQuery,
    responses: { '200': W.CustomerListResponse },
  },
  {
    method: 'post',
    path: '/wholesale/customers',
    body: W.ProvisionCustomerRequest,
    query: W.OnBehalfQuery,
    responses: { '202': W.ResourceUrl },
  },
  {
    method: 'get',
    path: '/wholesale/customers/{customerId}',
    query: W.GetCustomerQuery,
    responses: { '200': W.Customer },
  },
  {
    method: 'put',
    path: '/wholesale/customers/{customerId}',
    body: W.UpdateCustomerRequest,
    query: W.OnBehalfQuery,
    responses: { '202': W.ResourceUrl },
  },
  { method: 'delete', path: '/wholesale/customers/{customerId}', query: W.OnBehalfQuery, responses: {} },
  {
    method: 'post',
    path: '/wholesale/customers/validate',
    body: W.CustomerPrecheckRequest,
    query: W.OnBehalfQuery,
    responses: { '200': W.CustomerPrecheckResponse },
  },
  {
    method: 'get',
    path: '/wholesale/subPartners',
    query: W.ListSubPartnersQuery,
    responses: { '200': W.SubPartnersListResponse },
  },
  {
    method: 'get',
    path: '/wholesale/subscribers',
    query: W.ListSubscribersQuery,
    responses: { '200': W.SubscriberListResponse },
  },
  {
    method: 'post',
    path: '/wholesale/subscribers',
    body: W.ProvisionSubscriberRequest,
    query: W.OnBehalfQuery,
    responses: { '200': W.Subscriber, '202': W.Subscriber },
  },
  {
    method: 'get',
    path: '/wholesale/subscribers/{subscriberId}',
    query: W.OnBehalfQuery,
    responses: { '200': W.Subscriber },
  },
  {
    method: 'put',
    path: '/wholesale/subscribers/{subscriberId}',
    body: W.UpdateSubscriberRequest,
    query: W.OnBehalfQuery,
    responses: { '200': W.Subscriber },
  },
  { method: 'delete', path: '/wholesale/subscribers/{subscriberId}', query: W.OnBehalfQuery, responses: {} },
  {
    method: 'post',
    path: '/wholesale/subscribers/validate',
    body: W.SubscriberPrecheckRequest,
    query: W.OnBehalfQuery,
    responses: { '200': W.SubscriberPrecheckResponse },
  },
  { method: 'post', path: '/subscribers/{subscriberId}/emails/consentMove', query: W.OnBehalfQuery, responses: {} },
  {
    method: 'get',
    path: '/wholesale/billing/reports',
    query: W.ListBillingReportsQuery,
    responses: { '200': W.BillingReportsListResponse },
  },
  {
    method: 'post',
    path: '/wholesale/billing/reports',
    body: W.CreateBillingReportRequest,
    responses: { '200': W.ReportId },
  },
  { method: 'get', path: '/wholesale/billing/reports/{id}', responses: { '200': W.Report } },
  { method: 'delete', path: '/wholesale/billing/reports/{id}', responses: {} },
];

/** Our tolerant schema for each spec component a wholesale response uses. */
const RESPONSE_COMPONENTS: Record<string, z.ZodType> = {
  WholesaleBillingReportsListResponse: W.BillingReportsListResponse,
  ListReport: W.ListReport,
  ReportId: W.ReportId,
  Report: W.Report,
  ReportError: W.ReportError,
  CustomerListResponse: W.CustomerListResponse,
  Customer: W.Customer,
  Address: W.Address,
  ResourceDetails: W.ResourceDetails,
  Package: W.CustomerPackageDetail,
  Error: W.ResourceError,
  ResourceURL: W.ResourceUrl,
  CustomerProvisioningPrecheckResponse: W.CustomerPrecheckResponse,
  SubPartnersListResponse: W.SubPartnersListResponse,
  SubPartner: W.SubPartner,
  SubscriberListResponse: W.SubscriberListResponse,
  Subscriber: W.Subscriber,
  SubscriberProvisioningPrecheckResponse: W.SubscriberPrecheckResponse,
};

function jsonSchemaOf(schema: z.ZodType): SpecSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SpecSchema;
}

/** A union branch of ours that matches the spec's type (precheck `info` is object | array). */
function branchFor(ours: SpecSchema, type: string | undefined): SpecSchema {
  if (!ours.anyOf) return ours;
  return ours.anyOf.find((b) => b.type === type) ?? ours;
}

const sorted = (values: readonly unknown[] | undefined) => [...(values ?? [])].map(String).sort();

/**
 * Walks the spec schema and ours side by side and lists every disagreement: a property
 * the spec declares that ours does not know, a differing `required` set (requests only:
 * responses deliberately require only what the SPA keys on), and a differing enum (ours
 * lists response enums as `x-known-values` because it accepts any string).
 */
function compareSchemas(
  specSchema: SpecSchema,
  ours: SpecSchema,
  path: string,
  mode: 'request' | 'response',
): string[] {
  const s = resolve(specSchema);
  const o = branchFor(ours, s.type ?? (s.properties ? 'object' : undefined));
  const problems: string[] = [];
  if (s.enum) {
    const ourValues = mode === 'request' ? o.enum : o['x-known-values'];
    if (JSON.stringify(sorted(s.enum)) !== JSON.stringify(sorted(ourValues))) {
      problems.push(`${path}: spec enum [${sorted(s.enum).join(', ')}] vs ours [${sorted(ourValues).join(', ')}]`);
    }
  }
  if (s.properties) {
    for (const [key, child] of Object.entries(s.properties)) {
      const ourChild = o.properties?.[key];
      if (!ourChild) problems.push(`${path}.${key}: declared by the spec, unknown to ours`);
      else problems.push(...compareSchemas(child, ourChild, `${path}.${key}`, mode));
    }
    if (mode === 'request' && JSON.stringify(sorted(s.required)) !== JSON.stringify(sorted(o.required))) {
      problems.push(
        `${path}: spec requires [${sorted(s.required).join(', ')}], ours [${sorted(o.required).join(', ')}]`,
      );
    }
  }
  if (s.items) {
    if (!o.items) problems.push(`${path}: the spec has an array, ours does not`);
    else problems.push(...compareSchemas(s.items, o.items, `${path}[]`, mode));
  }
  return problems;
}

describe('the contract covers the official OpenAPI document', () => {
  it('lists exactly the 18 public operations of the spec', () => {
    const inSpec = Object.entries(spec.paths)
      .filter(([path]) => ourPaths(path))
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
          .map((m) => `${m} ${path}`),
      );
    expect(inSpec.sort()).toEqual(OPERATIONS.map((o) => `${o.method} ${o.path}`).sort());
    expect(OPERATIONS).toHaveLength(18);
  });

  it.each(OPERATIONS.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s: request body properties, required fields and enums match',
    (_name, operation) => {
      const specBody = specOperation(operation.method, operation.path).requestBody?.content['application/json']?.schema;
      expect(Boolean(operation.body)).toBe(Boolean(specBody));
      if (!specBody || !operation.body) return;
      expect(compareSchemas(specBody, jsonSchemaOf(operation.body), 'body', 'request')).toEqual([]);
    },
  );

  it.each(OPERATIONS.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s: every query parameter of the spec is known to our query schema',
    (_name, operation) => {
      const params = (specOperation(operation.method, operation.path).parameters ?? []).filter((p) => p.in === 'query');
      const known = Object.keys(operation.query?.shape ?? {});
      expect(params.map((p) => p.name).filter((name) => !known.includes(name))).toEqual([]);
    },
  );

  it.each(OPERATIONS.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s: response properties and enums match',
    (_name, operation) => {
      const specResponses = specOperation(operation.method, operation.path).responses;
      const withBody = Object.entries(specResponses).filter(
        ([status, r]) => Number(status) < 300 && r.content?.['application/json']?.schema,
      );
      expect(withBody.map(([status]) => status).sort()).toEqual(Object.keys(operation.responses).sort());
      for (const [status, response] of withBody) {
        const ours = operation.responses[status];
        const schema = response.content?.['application/json']?.schema;
        if (!ours || !schema) throw new Error(`no schema for ${status}`);
        expect(compareSchemas(schema, jsonSchemaOf(ours), `response ${status}`, 'response')).toEqual([]);
      }
    },
  );

  it('package enums equal the spec', () => {
    expect(sorted(resolve({ $ref: '#/components/schemas/WholesalePackagesCustomer' }).enum)).toEqual(
      sorted(CUSTOMER_PACKAGES),
    );
    expect(sorted(resolve({ $ref: '#/components/schemas/WholesalePackagesSubscriber' }).enum)).toEqual(
      sorted(SUBSCRIBER_PACKAGES),
    );
    const postBody = specOperation('post', '/wholesale/subscribers').requestBody?.content['application/json']?.schema;
    expect(sorted(postBody?.properties?.['package']?.enum)).toEqual(sorted(SUBSCRIBER_PACKAGES_DEPRECATED_FIELD));
  });

  it('the limitable packages are the keys of provisioningParameters.packages.limits', () => {
    const body = specOperation('post', '/wholesale/customers').requestBody?.content['application/json']?.schema;
    const limits = body?.properties?.['provisioningParameters']?.properties?.['packages']?.properties?.['limits'];
    expect(sorted(Object.keys(limits?.properties ?? {}))).toEqual(sorted(LIMITABLE_PACKAGES));
  });

  it('the calling packages are the prerequisites of cisco_calling_plan the spec lists', () => {
    const description = resolve({ $ref: '#/components/schemas/WholesalePackagesCustomer' }) as { description?: string };
    for (const pkg of CALLING_PACKAGES_CUSTOMER) expect(description.description ?? '').toContain(pkg);
  });

  it.each([
    ['/wholesale/billing/reports', 'type', ['PARTNER', 'CUSTOMER', 'USER']],
    ['/wholesale/billing/reports', 'status', ['IN_PROGRESS', 'COMPLETED', 'FAILED']],
    ['/wholesale/billing/reports', 'sortBy', ['id', 'billingStartDate', 'billingEndDate', 'status']],
  ] as const)('GET %s accepts every spec value of %s and nothing else', (path, name, expected) => {
    const param = (specOperation('get', path).parameters ?? []).find((p) => p.name === name) as
      { schema?: SpecSchema } | undefined;
    expect(sorted(param?.schema?.enum)).toEqual(sorted(expected));
    for (const value of expected) expect(W.ListBillingReportsQuery.safeParse({ [name]: value }).success).toBe(true);
    expect(W.ListBillingReportsQuery.safeParse({ [name]: 'NOT_A_VALUE' }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// (b) Spec examples parse through the response schemas

/** An instance built from the spec's property-level examples (first enum value otherwise). */
function synthesize(schema: SpecSchema): unknown {
  const s = resolve(schema);
  if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, synthesize(v)]));
  if (s.items) return [synthesize(s.items)];
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  if (s.type === 'number' || s.type === 'integer') return 1;
  if (s.type === 'boolean') return true;
  return 'text';
}

describe('spec examples parse through the response schemas', () => {
  const componentExamples = Object.entries(RESPONSE_COMPONENTS).flatMap(([name, ours]) => {
    const example = spec.components.schemas[name]?.example;
    return example === undefined ? [] : [[name, ours, example] as const];
  });

  it('finds schema-level examples to check', () => {
    expect(componentExamples.map(([name]) => name).sort()).toEqual([
      'Report',
      'ReportId',
      'WholesaleBillingReportsListResponse',
    ]);
  });

  it.each(componentExamples)('components.schemas.%s.example', (_name, ours, example) => {
    expect(ours.safeParse(example).error?.issues ?? []).toEqual([]);
  });

  it.each(Object.entries(RESPONSE_COMPONENTS))('an instance of %s built from property examples', (name, ours) => {
    const schema = spec.components.schemas[name];
    if (!schema) throw new Error(`the spec has no component ${name}`);
    expect(ours.safeParse(synthesize(schema)).error?.issues ?? []).toEqual([]);
  });

  const responseExamples = OPERATIONS.flatMap((operation) =>
    Object.entries(operation.responses).map(([status, ours]) => {
      const example = specOperation(operation.method, operation.path).responses[status]?.content?.['application/json']
        ?.example;
      return [`${operation.method.toUpperCase()} ${operation.path} ${status}`, ours, example] as const;
    }),
  );

  it.each(responseExamples)('%s response example', (_name, ours, example) => {
    expect(example).toBeDefined();
    expect(ours.safeParse(example).error?.issues ?? []).toEqual([]);
  });

  it('reads the sub-partner list example that uses `subPartners` instead of `items` (quirk Q3)', () => {
    const example = specOperation('get', '/wholesale/subPartners').responses['200']?.content?.['application/json']
      ?.example;
    const parsed = W.SubPartnersListResponse.parse(example);
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]?.provisioningState).toBe('active');
  });

  it('turns precheck `info` into an array whether it is an object or an array (quirk Q4)', () => {
    const example = specOperation('post', '/wholesale/customers/validate').responses['200']?.content?.[
      'application/json'
    ]?.example;
    expect(W.PrecheckResponse.parse(example).info).toEqual([
      { infoCode: 100, description: 'Provisioning preCheck validation successful.' },
    ]);
    expect(W.PrecheckResponse.parse({ message: 'success', info: { infoCode: 100 } }).info).toEqual([{ infoCode: 100 }]);
    expect(W.PrecheckResponse.parse({ message: 'success' }).info).toEqual([]);
  });

  it('reads `reportType` as `type` in the Report example (quirk Q5)', () => {
    const report = W.Report.parse(spec.components.schemas['Report']?.example);
    expect(report.type).toBe('PARTNER');
    expect(report.category).toBe('RECONCILIATION');
  });

  it('keeps the asynchronous warning of the customer example', () => {
    const example = specOperation('get', '/wholesale/customers').responses['200']?.content?.['application/json']
      ?.example;
    const calling = W.CustomerListResponse.parse(example).items[0]?.resourceDetails?.packages.find(
      (p) => p.name === 'webex_calling',
    );
    expect(calling?.warnings[0]).toMatchObject({ errorCode: ERROR_CODES.CALLING_MAINTENANCE.code });
    expect(calling?.errors).toEqual([]);
  });
});

describe('response schemas are tolerant', () => {
  it('accepts enum values the contract does not know yet and keeps them', () => {
    const customer = W.Customer.parse({ id: 'c1', status: 'archived', packages: ['webex_quantum'] });
    expect(customer.status).toBe('archived');
    expect(customer.packages).toEqual(['webex_quantum']);
  });

  it('passes unknown keys through and defaults arrays', () => {
    const subscriber = W.Subscriber.parse({ id: 's1', newField: { a: 1 } });
    expect(subscriber).toMatchObject({ id: 's1', newField: { a: 1 }, packages: [], errors: [] });
  });

  it('reads error codes sent as strings before the Dec 2023 change as numbers', () => {
    expect(W.Subscriber.parse({ id: 's1', errors: [{ errorCode: '10022' }] }).errors[0]?.errorCode).toBe(10022);
  });

  it('still requires the id the SPA keys rows on', () => {
    expect(W.Customer.safeParse({ status: 'provisioned' }).success).toBe(false);
  });

  it('finds the customer ID at the end of a ResourceUrl', () => {
    expect(W.idFromResourceUrl('https://webexapis.com/v1/wholesale/customers/Y2lz?x=1')).toBe('Y2lz');
  });
});

// ---------------------------------------------------------------------------
// Spec request examples

/** The spec wraps many example values in stray quotes ("\"US\"", "'en'"); strip them. */
function unquote(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/^(["'])(.*)\1$/, '$2');
  if (Array.isArray(value)) return value.map(unquote);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unquote(v)]));
  return value;
}

describe('spec request examples parse through the request schemas', () => {
  const withBody = OPERATIONS.filter((o) => o.body);
  it.each(withBody.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s', (_name, operation) => {
    const example = specOperation(operation.method, operation.path).requestBody?.content['application/json']?.example;
    const schema =
      operation.body === W.CreateBillingReportRequest
        ? W.makeCreateBillingReportRequest(() => new Date('2020-07-01T00:00:00Z'))
        : operation.body;
    expect(schema?.safeParse(unquote(example)).error?.issues ?? []).toEqual([]);
  });

  it('normalises the dashed phone number of the PUT subscriber example to E.164', () => {
    const example = specOperation('put', '/wholesale/subscribers/{subscriberId}').requestBody?.content[
      'application/json'
    ]?.example;
    expect(W.UpdateSubscriberRequest.parse(example).provisioningParameters?.primaryPhoneNumber).toBe('+12405551212');
  });
});

// ---------------------------------------------------------------------------
// (c) Request rules

const address = () => ({
  addressLine1: '771 Alder Drive',
  addressLine2: 'Cisco Site 5',
  city: 'Milpitas',
  stateOrProvince: 'CA',
  zipOrPostalCode: '95035',
  country: 'US',
});

const callingLocation = () => ({
  name: 'Head Office',
  address: address(),
  timezone: 'America/Los_Angeles',
  language: 'en_us',
});

const customer = (): Record<string, unknown> => ({
  provisioningId: 'ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2',
  packages: ['webex_calling', 'webex_meetings'],
  externalId: 'crm-0001',
  address: address(),
  customerInfo: { name: "John's Pizza", primaryEmail: 'john.anderson@acme.com', language: 'en' },
  provisioningParameters: { calling: { location: callingLocation() } },
});

const subscriber = (): Record<string, unknown> => ({
  customerId: 'Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQ',
  email: 'alice@acme.com',
  packages: ['webex_calling'],
  provisioningParameters: {
    firstName: 'Alice',
    lastName: 'Anderson',
    primaryPhoneNumber: '+12405551212',
    extension: '5221',
  },
});

const NOW = new Date('2026-03-15T10:00:00Z');
const CreateReport = W.makeCreateBillingReportRequest(() => NOW);
const report = (): Record<string, unknown> => ({ billingStartDate: '2026-02-01', billingEndDate: '2026-02-28' });

/** A deep copy of `body` with the value at a dotted path replaced (undefined deletes it). */
function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: Record<string, unknown> = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

interface RuleCase {
  rule: string;
  schema: z.ZodType;
  input: unknown;
  field: string;
  errorCode: ErrorCodeName;
  message: RegExp;
}

const RULES: RuleCase[] = [
  {
    rule: 'a missing required field',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'externalId', undefined),
    field: 'externalId',
    errorCode: 'MISSING_FIELD',
    message: /^is required$/,
  },
  {
    rule: 'a required field sent empty',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.city', '   '),
    field: 'address.city',
    errorCode: 'MISSING_FIELD',
    message: /must not be empty/,
  },
  {
    rule: 'a field of the wrong type',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.addressLine1', 5),
    field: 'address.addressLine1',
    errorCode: 'INVALID_VALUE',
    message: /must be a string \(got 5\)/,
  },
  {
    rule: 'an address line over 50 characters',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.addressLine1', 'x'.repeat(57)),
    field: 'address.addressLine1',
    errorCode: 'ADDRESS_LINE_TOO_LONG',
    message: /must be at most 50 characters \(got 57\)/,
  },
  {
    rule: 'a second address line over 50 characters',
    schema: W.CustomerPrecheckRequest,
    input: { address: { ...address(), addressLine2: 'y'.repeat(51) } },
    field: 'address.addressLine2',
    errorCode: 'ADDRESS_LINE_TOO_LONG',
    message: /got 51/,
  },
  {
    rule: 'a calling-location address line over 50 characters',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters.calling.location.address.addressLine1', 'z'.repeat(60)),
    field: 'provisioningParameters.calling.location.address.addressLine1',
    errorCode: 'ADDRESS_LINE_TOO_LONG',
    message: /got 60/,
  },
  {
    rule: 'an unknown customer package',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'packages', ['webex_calling', 'webex_calling_pro']),
    field: 'packages.1',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /must be one of: common_area_calling, webex_calling, .*webex_ai_agent \(got "webex_calling_pro"\)/,
  },
  {
    rule: 'a country that is not an ISO alpha-2 code',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.country', 'USA'),
    field: 'address.country',
    errorCode: 'INVALID_COUNTRY',
    message: /2-letter ISO 3166-1 alpha-2 code such as US \(got "USA"\)/,
  },
  {
    rule: 'a country where Wholesale is not offered',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.country', 'KP'),
    field: 'address.country',
    errorCode: 'INVALID_COUNTRY',
    message: /"KP" is not a country where Webex Wholesale is offered; one of: .*US/,
  },
  {
    rule: 'a missing state where the country needs one',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.stateOrProvince', undefined),
    field: 'address.stateOrProvince',
    errorCode: 'STATE_REQUIRED',
    message: /is required for addresses in United States/,
  },
  {
    rule: 'a missing postal code where the country needs one',
    schema: W.CustomerPrecheckRequest,
    input: { address: { addressLine1: '10 Downing Street', city: 'London', country: 'GB', zipOrPostalCode: '' } },
    field: 'address.zipOrPostalCode',
    errorCode: 'POSTAL_CODE_REQUIRED',
    message: /is required for addresses in United Kingdom/,
  },
  {
    rule: 'a state that is not a subdivision of the country',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.stateOrProvince', 'ON'),
    field: 'address.stateOrProvince',
    errorCode: 'INVALID_STATE_FOR_COUNTRY',
    message: /"ON" is not an ISO 3166-2 subdivision code of US; one of: AL, AK/,
  },
  {
    rule: 'a state written as a name instead of its code',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'address.stateOrProvince', 'California'),
    field: 'address.stateOrProvince',
    errorCode: 'INVALID_STATE_FOR_COUNTRY',
    message: /use the code CA for California/,
  },
  {
    rule: 'a % in the customer name',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'customerInfo.name', '100% Pizza'),
    field: 'customerInfo.name',
    errorCode: 'INVALID_CHARACTER_IN_NAME',
    message: /must not contain the % character/,
  },
  {
    rule: 'an unsupported customer language',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'customerInfo.language', 'en_IE'),
    field: 'customerInfo.language',
    errorCode: 'UNSUPPORTED_LANGUAGE',
    message: /"en_IE" is not a supported language; supported: en_US, en_AU/,
  },
  {
    rule: 'an unsupported calling-location language',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters.calling.location.language', 'klingon'),
    field: 'provisioningParameters.calling.location.language',
    errorCode: 'UNSUPPORTED_LANGUAGE',
    message: /not a language code of the form ll or ll_CC/,
  },
  {
    rule: 'an unsupported time zone',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters.calling.location.timezone', 'Mars/Olympus_Mons'),
    field: 'provisioningParameters.calling.location.timezone',
    errorCode: 'UNSUPPORTED_TIMEZONE',
    message: /"Mars\/Olympus_Mons" is not a supported time zone; use an IANA name/,
  },
  {
    rule: 'a time zone in the wrong case, with a suggestion',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters', {
      meetings: { timezone: 'europe/london' },
      calling: { location: callingLocation() },
    }),
    field: 'provisioningParameters.meetings.timezone',
    errorCode: 'UNSUPPORTED_TIMEZONE',
    message: /did you mean Europe\/London\?/,
  },
  {
    rule: 'an add-on without its base package',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'packages', ['webex_meetings', 'attendant_console']),
    field: 'packages',
    errorCode: 'PACKAGE_DEPENDENCY_MISSING',
    message: /attendant_console needs one of: webex_calling, webex_suite, cx_essentials/,
  },
  {
    rule: 'calling packages without a calling location',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters', undefined),
    field: 'provisioningParameters.calling',
    errorCode: 'CALLING_LOCATION_REQUIRED',
    message: /is required when packages include a calling package/,
  },
  {
    rule: 'calling packages without a calling location, on precheck',
    schema: W.CustomerPrecheckRequest,
    input: { address: address(), packages: ['common_area_calling'] },
    field: 'provisioningParameters.calling',
    errorCode: 'CALLING_LOCATION_REQUIRED',
    message: /calling package/,
  },
  {
    rule: 'a calling location without its time zone',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'provisioningParameters.calling.location.timezone', undefined),
    field: 'provisioningParameters.calling.location.timezone',
    errorCode: 'MISSING_FIELD',
    message: /is required/,
  },
  {
    rule: 'a new customer without customerInfo',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'customerInfo', undefined),
    field: 'customerInfo',
    errorCode: 'MISSING_FIELD',
    message: /is required for a new customer; it may be left out only when orgId/,
  },
  {
    rule: 'an empty package list',
    schema: W.UpdateCustomerRequest,
    input: { packages: [] },
    field: 'packages',
    errorCode: 'NO_PACKAGES',
    message: /must list at least one package/,
  },
  {
    rule: 'a package listed twice',
    schema: W.UpdateCustomerRequest,
    input: { packages: ['webex_meetings', 'webex_meetings'] },
    field: 'packages',
    errorCode: 'DUPLICATE_PACKAGE',
    message: /lists webex_meetings more than once/,
  },
  {
    rule: 'a limit for a package that takes none',
    schema: W.UpdateCustomerRequest,
    input: {
      packages: ['webex_meetings'],
      provisioningParameters: { packages: { limits: { cisco_calling_plan: 5 } } },
    },
    field: 'provisioningParameters.packages.limits.cisco_calling_plan',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /is not a package that takes a limit; one of: webex_calling, /,
  },
  {
    rule: 'a negative package limit',
    schema: W.UpdateCustomerRequest,
    input: { packages: ['webex_meetings'], provisioningParameters: { packages: { limits: { webex_meetings: -1 } } } },
    field: 'provisioningParameters.packages.limits.webex_meetings',
    errorCode: 'INVALID_VALUE',
    message: /must be a whole number of 0 or more \(got -1\)/,
  },
  {
    rule: 'an invalid admin email',
    schema: W.ProvisionCustomerRequest,
    input: withValue(customer(), 'customerInfo.primaryEmail', 'john.anderson'),
    field: 'customerInfo.primaryEmail',
    errorCode: 'INVALID_EMAIL',
    message: /must be an email address such as name@example.com \(got "john.anderson"\)/,
  },
  {
    rule: 'a phone number that is not E.164',
    schema: W.ProvisionSubscriberRequest,
    input: withValue(subscriber(), 'provisioningParameters.primaryPhoneNumber', '2405551212'),
    field: 'provisioningParameters.primaryPhoneNumber',
    errorCode: 'INVALID_PHONE_NUMBER',
    message: /must be an E.164 number.*\(got "2405551212"\)/,
  },
  {
    rule: 'a phone number longer than 15 digits',
    schema: W.UpdateSubscriberRequest,
    input: { packages: ['webex_calling'], provisioningParameters: { primaryPhoneNumber: '+1234567890123456' } },
    field: 'provisioningParameters.primaryPhoneNumber',
    errorCode: 'INVALID_PHONE_NUMBER',
    message: /at most 15 digits/,
  },
  {
    rule: 'an extension shorter than 2 digits',
    schema: W.ProvisionSubscriberRequest,
    input: withValue(subscriber(), 'provisioningParameters.extension', '7'),
    field: 'provisioningParameters.extension',
    errorCode: 'INVALID_EXTENSION',
    message: /must be 2 to 10 digits \(got "7"\)/,
  },
  {
    rule: 'an extension longer than 10 digits or with letters',
    schema: W.SubscriberPrecheckRequest,
    input: { email: 'a@b.co', provisioningParameters: { extension: '12345678901' } },
    field: 'provisioningParameters.extension',
    errorCode: 'INVALID_EXTENSION',
    message: /must be 2 to 10 digits/,
  },
  {
    rule: 'both package and packages',
    schema: W.ProvisionSubscriberRequest,
    input: { ...subscriber(), package: 'webex_calling' },
    field: 'package',
    errorCode: 'PACKAGE_OR_PACKAGES',
    message: /must not be sent together with packages/,
  },
  {
    rule: 'neither package nor packages',
    schema: W.UpdateSubscriberRequest,
    input: { provisioningParameters: { extension: '5221' } },
    field: 'packages',
    errorCode: 'PACKAGE_OR_PACKAGES',
    message: /is required: send packages with one package/,
  },
  {
    rule: 'two packages for one subscriber',
    schema: W.ProvisionSubscriberRequest,
    input: withValue(subscriber(), 'packages', ['webex_calling', 'attendant_console']),
    field: 'packages',
    errorCode: 'ONE_PACKAGE_PER_SUBSCRIBER',
    message: /must hold exactly one package \(got 2\)/,
  },
  {
    rule: 'a deprecated `package` value POST does not offer',
    schema: W.ProvisionSubscriberRequest,
    input: { ...withValue(subscriber(), 'packages', undefined), package: 'attendant_console' },
    field: 'package',
    errorCode: 'INVALID_ENUM_VALUE',
    message:
      /must be one of: webex_calling, webex_meetings, webex_suite, webex_voice, cx_essentials, webex_calling_standard \(got "attendant_console"\)/,
  },
  {
    rule: 'a subscriber without provisioningParameters',
    schema: W.ProvisionSubscriberRequest,
    input: withValue(subscriber(), 'provisioningParameters', undefined),
    field: 'provisioningParameters',
    errorCode: 'MISSING_FIELD',
    message: /is required/,
  },
  {
    rule: 'a date that does not exist',
    schema: CreateReport,
    input: { ...report(), billingEndDate: '2026-02-30' },
    field: 'billingEndDate',
    errorCode: 'INVALID_DATE',
    message: /must be a real calendar date written YYYY-MM-DD \(got "2026-02-30"\)/,
  },
  {
    rule: 'a date in another format',
    schema: CreateReport,
    input: { ...report(), billingStartDate: '02/01/2026' },
    field: 'billingStartDate',
    errorCode: 'INVALID_DATE',
    message: /YYYY-MM-DD/,
  },
  {
    rule: 'a report period ending today',
    schema: CreateReport,
    input: { ...report(), billingEndDate: '2026-03-15' },
    field: 'billingEndDate',
    errorCode: 'REPORT_PERIOD_NOT_PAST',
    message: /must be before today \(2026-03-15, UTC\)/,
  },
  {
    rule: 'a report period starting more than five years ago',
    schema: CreateReport,
    input: { ...report(), billingStartDate: '2021-03-14' },
    field: 'billingStartDate',
    errorCode: 'REPORT_PERIOD_TOO_OLD',
    message: /within the last five years \(on or after 2021-03-15\)/,
  },
  {
    rule: 'a report period ending before it starts',
    schema: CreateReport,
    input: { billingStartDate: '2026-02-10', billingEndDate: '2026-02-09' },
    field: 'billingEndDate',
    errorCode: 'REPORT_PERIOD_END_BEFORE_START',
    message: /must be on or after billingStartDate \(2026-02-10\)/,
  },
  {
    rule: 'a point-in-time partner report',
    schema: CreateReport,
    input: { ...report(), category: 'POINT_IN_TIME' },
    field: 'type',
    errorCode: 'POINT_IN_TIME_PARTNER_NOT_ALLOWED',
    message: /must be CUSTOMER or USER for a POINT_IN_TIME report/,
  },
  {
    rule: 'an unknown report type',
    schema: CreateReport,
    input: { ...report(), type: 'RESELLER' },
    field: 'type',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /must be one of: PARTNER, CUSTOMER, USER \(got "RESELLER"\)/,
  },
  {
    rule: 'a page size of 0',
    schema: W.ListSubscribersQuery,
    input: { max: '0' },
    field: 'max',
    errorCode: 'INVALID_PAGING_PARAMETER',
    message: /must be a whole number from 1 to 100 \(got 0\)/,
  },
  {
    rule: 'a page size over 100',
    schema: W.ListCustomersQuery,
    input: { max: '101' },
    field: 'max',
    errorCode: 'INVALID_PAGING_PARAMETER',
    message: /from 1 to 100 \(got 101\)/,
  },
  {
    rule: 'a page size that is not a number',
    schema: W.ListBillingReportsQuery,
    input: { max: 'ten' },
    field: 'max',
    errorCode: 'INVALID_VALUE',
    message: /must be a whole number \(got "ten"\)/,
  },
  {
    rule: 'a negative offset',
    schema: W.ListSubPartnersQuery,
    input: { offset: '-1' },
    field: 'offset',
    errorCode: 'INVALID_PAGING_PARAMETER',
    message: /must be a whole number 0 or more \(got -1\)/,
  },
  {
    rule: 'an unknown customer status filter',
    schema: W.ListCustomersQuery,
    input: { status: 'provisioned,archived' },
    field: 'status.1',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /must be one of: provisioned, provisioned_with_errors, .* \(got "archived"\)/,
  },
  {
    rule: 'an instant that is neither epoch milliseconds nor ISO 8601',
    schema: W.ListSubscribersQuery,
    input: { after: 'yesterday' },
    field: 'after',
    errorCode: 'INVALID_DATE',
    message: /must be epoch milliseconds or an ISO 8601 date-time \(got "yesterday"\)/,
  },
  {
    rule: 'an unknown subscriber sort field',
    schema: W.ListSubscribersQuery,
    input: { sortBy: 'email' },
    field: 'sortBy',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /must be one of: created, lastStatusChange \(got "email"\)/,
  },
  {
    rule: 'a boolean query value that is not a boolean',
    schema: W.GetCustomerQuery,
    input: { includePackageLicenseInfo: 'maybe' },
    field: 'includePackageLicenseInfo',
    errorCode: 'INVALID_ENUM_VALUE',
    message: /must be true or false \(got "maybe"\)/,
  },
];

describe('request schemas refuse each rule with a message that names the problem', () => {
  it.each(RULES)('refuses $rule', ({ schema, input, field, errorCode, message }) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error(`accepted ${JSON.stringify(input)}`);
    const items = toErrorItems(result.error, input);
    const item = items.find((i) => i.field === field && i.errorCode === ERROR_CODES[errorCode].code);
    expect(item, JSON.stringify(items)).toBeDefined();
    expect(item?.description.startsWith(`${field} `)).toBe(true);
    expect(item?.description.slice(field.length + 1)).toMatch(message);
  });

  it('reports every problem of a body at once, not only the first', () => {
    const input = withValue(withValue(customer(), 'address.addressLine1', 'x'.repeat(51)), 'customerInfo.name', 'A%');
    const result = W.ProvisionCustomerRequest.safeParse(input);
    expect(result.error && toErrorItems(result.error, input).map((i) => i.field)).toEqual([
      'address.addressLine1',
      'customerInfo.name',
    ]);
  });
});

describe('request schemas accept what the rules allow', () => {
  it('accepts a full customer and strips unknown keys at every level', () => {
    const input = { ...customer(), vip: true, address: { ...address(), floor: 3 } };
    const parsed = W.ProvisionCustomerRequest.parse(input);
    expect(parsed).not.toHaveProperty('vip');
    expect(parsed.address).not.toHaveProperty('floor');
    expect(parsed.address.addressLine1).toBe('771 Alder Drive');
  });

  it('accepts an address line of exactly 50 characters', () => {
    expect(
      W.ProvisionCustomerRequest.safeParse(withValue(customer(), 'address.addressLine1', 'x'.repeat(50))).success,
    ).toBe(true);
  });

  it('accepts an existing org without customerInfo', () => {
    const input = withValue(
      { ...customer(), orgId: 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8x' },
      'customerInfo',
      undefined,
    );
    expect(W.ProvisionCustomerRequest.safeParse(input).success).toBe(true);
  });

  it('accepts a meetings-only customer without calling parameters', () => {
    const input = withValue(withValue(customer(), 'packages', ['webex_meetings']), 'provisioningParameters', undefined);
    expect(W.ProvisionCustomerRequest.safeParse(input).success).toBe(true);
  });

  it('canonicalises country and subdivision codes', () => {
    const parsed = W.CustomerPrecheckRequest.parse({
      address: {
        addressLine1: '1 George St',
        city: 'Sydney',
        stateOrProvince: 'au-nsw',
        zipOrPostalCode: '2000',
        country: 'au',
      },
    });
    expect(parsed.address).toMatchObject({ country: 'AU', stateOrProvince: 'NSW' });
  });

  it('needs no state or postal code where the country has none', () => {
    const dubai = { addressLine1: 'Sheikh Zayed Road', city: 'Dubai', country: 'AE' };
    const dublin = { addressLine1: '1 Grafton Street', city: 'Dublin', country: 'IE', zipOrPostalCode: '' };
    expect(W.CustomerPrecheckRequest.safeParse({ address: dubai }).success).toBe(true);
    expect(W.CustomerPrecheckRequest.parse({ address: dublin }).address.zipOrPostalCode).toBeUndefined();
  });

  it('accepts languages in any case and separator, and leaves completing `en` to the simulator', () => {
    const input = withValue(
      withValue(customer(), 'customerInfo.language', 'EN-gb'),
      'provisioningParameters.calling.location.language',
      'en_us',
    );
    const parsed = W.ProvisionCustomerRequest.parse(input);
    expect(parsed.customerInfo?.language).toBe('EN-gb');
  });

  it('strips separators from phone numbers', () => {
    const input = withValue(subscriber(), 'provisioningParameters.primaryPhoneNumber', '+1 (240) 555.1212');
    expect(W.ProvisionSubscriberRequest.parse(input).provisioningParameters.primaryPhoneNumber).toBe('+12405551212');
  });

  it('accepts the deprecated package field alone, and all nine values on PUT', () => {
    const post = { ...withValue(subscriber(), 'packages', undefined), package: 'webex_meetings' };
    expect(W.ProvisionSubscriberRequest.safeParse(post).success).toBe(true);
    expect(W.requestedSubscriberPackage(W.ProvisionSubscriberRequest.parse(post))).toBe('webex_meetings');
    expect(W.UpdateSubscriberRequest.safeParse({ package: 'attendant_console' }).success).toBe(true);
  });

  it('lets a subscriber precheck leave the package out', () => {
    expect(W.SubscriberPrecheckRequest.safeParse({ customerId: 'c', email: 'alice@acme.com' }).success).toBe(true);
  });

  it('fills the billing defaults and accepts yesterday as the last day', () => {
    expect(CreateReport.parse({ billingStartDate: '2021-03-15', billingEndDate: '2026-03-14' })).toEqual({
      billingStartDate: '2021-03-15',
      billingEndDate: '2026-03-14',
      type: 'PARTNER',
      category: 'RECONCILIATION',
      internal: false,
    });
  });

  it('accepts a leap day and ignores the dates of a point-in-time report', () => {
    expect(CreateReport.safeParse({ billingStartDate: '2024-02-29', billingEndDate: '2024-02-29' }).success).toBe(true);
    const snapshot = {
      billingStartDate: '2026-03-15',
      billingEndDate: '2026-03-20',
      type: 'CUSTOMER',
      category: 'POINT_IN_TIME',
    };
    expect(CreateReport.safeParse(snapshot).success).toBe(true);
  });

  it('reads the billing period rules from the clock it is given', () => {
    const body = { billingStartDate: '2026-03-01', billingEndDate: '2026-03-14' };
    expect(CreateReport.safeParse(body).success).toBe(true);
    expect(W.makeCreateBillingReportRequest(() => new Date('2026-03-14T23:59:59Z')).safeParse(body).success).toBe(
      false,
    );
  });
});

describe('query schemas coerce strings', () => {
  it('splits comma-joined and repeated customer status filters', () => {
    expect(W.ListCustomersQuery.parse({ status: 'provisioned, error' }).status).toEqual(['provisioned', 'error']);
    expect(W.ListCustomersQuery.parse({ status: ['provisioning', 'updating,deleting'] }).status).toEqual([
      'provisioning',
      'updating',
      'deleting',
    ]);
    expect(W.ListCustomersQuery.parse({}).status).toBeUndefined();
    for (const status of KNOWN_CUSTOMER_STATUSES) expect(W.ListCustomersQuery.safeParse({ status }).success).toBe(true);
  });

  it('applies the page-size defaults of each list', () => {
    expect(W.ListSubscribersQuery.parse({})).toMatchObject({ max: 50, offset: 0, sortBy: 'created', sortOrder: 'ASC' });
    expect(W.ListBillingReportsQuery.parse({})).toMatchObject({ max: 100, sortBy: 'billingStartDate' });
    expect(W.ListCustomersQuery.parse({ max: '25', offset: '50' })).toMatchObject({ max: 25, offset: 50 });
  });

  it('reads instants as epoch milliseconds from either format', () => {
    const parsed = W.ListSubscribersQuery.parse({ after: '1700000000000', lastStatusChange: '2024-01-01T00:00:00Z' });
    expect(parsed.after).toBe(1_700_000_000_000);
    expect(parsed.lastStatusChange).toBe(Date.UTC(2024, 0, 1));
  });

  it('accepts sortOrder in any case and booleans as strings', () => {
    expect(W.ListSubscribersQuery.parse({ sortOrder: 'desc' }).sortOrder).toBe('DESC');
    expect(W.GetCustomerQuery.parse({ includePackageLicenseInfo: 'true' }).includePackageLicenseInfo).toBe(true);
    expect(W.GetCustomerQuery.parse({}).includePackageLicenseInfo).toBe(false);
  });

  it('keeps the offset the simulator puts in billing Link URLs', () => {
    expect(W.ListBillingReportsQuery.parse({ offset: '100' }).offset).toBe(100);
  });
});

// ---------------------------------------------------------------------------
// Billing report columns

describe('billing report columns', () => {
  const common = [
    'PARTNER_NAME',
    'PARTNER_ORG_ID',
    'SUBSCRIPTION_ID',
    'SERVICE_NAME',
    'SKU',
    'DESCRIPTION',
    'QUANTITY',
  ];

  it('give every report the common columns and the period or the snapshot date', () => {
    for (const [type, byCategory] of Object.entries(W.BILLING_REPORT_COLUMNS)) {
      for (const [category, columns] of Object.entries(byCategory)) {
        expect(columns, `${type} ${category}`).toEqual(expect.arrayContaining(common));
        const dated =
          category === 'RECONCILIATION' ? ['CONSUMPTION_START_DATE', 'CONSUMPTION_END_DATE'] : ['REPORT_DATE'];
        const undated =
          category === 'RECONCILIATION' ? ['REPORT_DATE'] : ['CONSUMPTION_START_DATE', 'CONSUMPTION_END_DATE'];
        expect(columns).toEqual(expect.arrayContaining(dated));
        for (const column of undated) expect(columns).not.toContain(column);
      }
    }
  });

  it('give customer and user columns only to the reports that carry them', () => {
    const partner = W.BILLING_REPORT_COLUMNS.PARTNER.RECONCILIATION;
    const customerCols = W.BILLING_REPORT_COLUMNS.CUSTOMER.RECONCILIATION;
    const user = W.BILLING_REPORT_COLUMNS.USER.RECONCILIATION;
    for (const column of ['CUSTOMER_ORG_ID', 'CUSTOMER_EXTERNAL_ID', 'LOCATION_ID', 'LICENSE_ID'] as const) {
      expect(partner).not.toContain(column);
      expect(customerCols).toContain(column);
      expect(user).toContain(column);
    }
    for (const column of ['SUBSCRIBER_ID', 'USER_ID', 'WORKSPACE_ID'] as const) {
      expect(customerCols).not.toContain(column);
      expect(user).toContain(column);
    }
  });

  it('put QUANTITY in the 11th column of a customer reconciliation report, where a known script reads it', () => {
    expect(W.BILLING_REPORT_COLUMNS.CUSTOMER.RECONCILIATION[10]).toBe('QUANTITY');
  });

  it('have no point-in-time partner report', () => {
    expect(W.billingReportColumns('PARTNER', 'POINT_IN_TIME')).toBeUndefined();
    expect(W.billingReportColumns('USER', 'POINT_IN_TIME')).toBe(W.BILLING_REPORT_COLUMNS.USER.POINT_IN_TIME);
  });
});

// ---------------------------------------------------------------------------
// (d) normalizeLanguage

describe('normalizeLanguage', () => {
  it.each([
    ['en', undefined, 'en_US'],
    ['en', 'AU', 'en_AU'],
    ['en', 'gb', 'en_GB'],
    ['en', 'IE', 'en_US'],
    ['fr', 'CA', 'fr_CA'],
    ['fr', 'BE', 'fr_FR'],
    ['es', undefined, 'es_ES'],
    ['es', 'CO', 'es_CO'],
    ['pt', undefined, 'pt_PT'],
    ['pt', 'BR', 'pt_BR'],
    ['zh', undefined, 'zh_CN'],
    ['ko', undefined, 'ko_KR'],
    ['ja', undefined, 'ja_JP'],
    ['de', 'AT', 'de_DE'],
    ['no', undefined, 'nb_NO'],
    ['en_us', undefined, 'en_US'],
    ['EN-gb', undefined, 'en_GB'],
    [' zh_TW ', 'CN', 'zh_TW'],
  ])('%s (country %s) → %s', (input, country, expected) => {
    expect(normalizeLanguage(input, country)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['en_IE', /"en_IE" is not a supported language; supported: en_US, en_AU, .*tr_TR/],
    ['xx', /"xx" is not a supported language/],
    ['english', /not a language code of the form ll or ll_CC/],
    ['', /must not be empty/],
    ['en_US_POSIX', /not a language code/],
  ])('refuses %s', (input, reason) => {
    const result = normalizeLanguage(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('returns every supported locale unchanged', () => {
    for (const code of SUPPORTED_LANGUAGE_CODES) expect(normalizeLanguage(code)).toEqual({ ok: true, value: code });
  });
});

// ---------------------------------------------------------------------------
// (e) missingDependencies

describe('missingDependencies', () => {
  it('finds nothing missing in an empty or base-only list', () => {
    expect(missingDependencies([])).toEqual([]);
    expect(missingDependencies(['webex_meetings', 'webex_voice'])).toEqual([]);
  });

  it('needs a calling package for cisco_calling_plan', () => {
    expect(missingDependencies(['cisco_calling_plan', 'webex_meetings'])).toEqual([
      { package: 'cisco_calling_plan', needsOneOf: CALLING_PACKAGES_CUSTOMER },
    ]);
    expect(missingDependencies(['cisco_calling_plan', 'common_area_calling'])).toEqual([]);
  });

  it('needs calling, suite or Customer Assist for attendant_console, not any calling package', () => {
    expect(missingDependencies(['attendant_console', 'webex_voice'])).toEqual([
      { package: 'attendant_console', needsOneOf: ['webex_calling', 'webex_suite', 'cx_essentials'] },
    ]);
    expect(missingDependencies(['attendant_console', 'cx_essentials'])).toEqual([]);
  });

  it('reports each add-on once, and two add-ons do not satisfy each other', () => {
    expect(
      missingDependencies(['attendant_console', 'cisco_calling_plan', 'attendant_console']).map((m) => m.package),
    ).toEqual(['attendant_console', 'cisco_calling_plan']);
  });

  it('ignores names it does not know', () => {
    expect(missingDependencies(['webex_quantum'])).toEqual([]);
  });
});
