/**
 * From the wizard's form to the body of POST /wholesale/customers (and its precheck), and
 * back from a refusal's field paths to the form's fields. The review shows exactly what
 * toProvisionRequest returns: what is shown is what is sent.
 */
import { LIMITABLE_PACKAGES, isCustomerPackage, needsCallingLocation } from '@contract/packages';
import { normalizeSubdivision } from '@contract/reference-data';
import type { CustomerPrecheckRequestInput, ProvisionCustomerRequestInput } from '@contract/wholesale';
import { includesMeetings, type CustomerForm } from './customer-form';

type AddressBody = ProvisionCustomerRequestInput['address'];

function addressBody(address: CustomerForm['address']): AddressBody {
  const country = address.country.trim().toUpperCase();
  const state = address.stateOrProvince.trim();
  const checked = state ? normalizeSubdivision(country, state) : null;
  return {
    addressLine1: address.addressLine1.trim(),
    ...(address.addressLine2.trim() ? { addressLine2: address.addressLine2.trim() } : {}),
    city: address.city.trim(),
    ...(state ? { stateOrProvince: checked?.ok ? checked.value : state } : {}),
    ...(address.zipOrPostalCode.trim() ? { zipOrPostalCode: address.zipOrPostalCode.trim() } : {}),
    country,
  };
}

/** Limits typed for packages the customer gets; a limit of a package not chosen is not sent. */
function limitsBody(values: CustomerForm): Record<string, number> | undefined {
  const limits: Record<string, number> = {};
  for (const pkg of LIMITABLE_PACKAGES) {
    const typed = values.limits[pkg]?.trim() ?? '';
    if (typed !== '' && values.packages.includes(pkg)) limits[pkg] = Number(typed);
  }
  return Object.keys(limits).length > 0 ? limits : undefined;
}

export function toProvisionRequest(values: CustomerForm): ProvisionCustomerRequestInput {
  const address = addressBody(values.address);
  const attach = values.mode === 'attach';
  const language = values.customerInfo.language;
  const calling = needsCallingLocation(values.packages)
    ? {
        location: {
          name: values.location.name.trim(),
          address,
          timezone: values.location.timezone,
          language: values.location.language,
          ...(values.location.emergencyLocationIdentifier.trim()
            ? { emergencyLocationIdentifier: values.location.emergencyLocationIdentifier.trim() }
            : {}),
        },
      }
    : undefined;
  const meetings =
    includesMeetings(values.packages) && values.meetingsTimezone ? { timezone: values.meetingsTimezone } : undefined;
  const limits = limitsBody(values);
  const provisioningParameters =
    calling || meetings || limits
      ? {
          ...(calling ? { calling } : {}),
          ...(meetings ? { meetings } : {}),
          ...(limits ? { packages: { limits } } : {}),
        }
      : undefined;
  return {
    provisioningId: values.provisioningId.trim(),
    packages: values.packages.filter(isCustomerPackage),
    ...(attach ? { orgId: values.orgId.trim() } : {}),
    externalId: values.externalId.trim(),
    address,
    // On attach the organisation keeps its own name and admins, so no customerInfo is sent.
    ...(attach
      ? {}
      : {
          customerInfo: {
            name: values.customerInfo.name.trim(),
            primaryEmail: values.customerInfo.primaryEmail.trim(),
            ...(language ? { language } : {}),
          },
        }),
    ...(provisioningParameters ? { provisioningParameters } : {}),
  };
}

/** The precheck takes the provisioning body (its full variant); it ignores what it does not know. */
export function toPrecheckRequest(values: CustomerForm): CustomerPrecheckRequestInput {
  const { customerInfo, ...rest } = toProvisionRequest(values);
  return {
    ...rest,
    ...(customerInfo ? { customerInfo: { name: customerInfo.name, primaryEmail: customerInfo.primaryEmail } } : {}),
  };
}

/**
 * Request paths that are not form paths. The calling location's address is the
 * headquarters address; `null`: the form has no such field (the banner shows it).
 */
export const CUSTOMER_FIELD_MAP: Readonly<Record<string, string | null>> = {
  'provisioningParameters.calling.location.address': 'address',
  'provisioningParameters.calling.location': 'location',
  'provisioningParameters.calling': 'location',
  'provisioningParameters.packages.limits': 'limits',
  'provisioningParameters.meetings.timezone': 'meetingsTimezone',
  subPartnerAdminEmail: null,
};
