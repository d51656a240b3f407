/** Date and time in the admin's locale and time zone, with the zone named (the API speaks UTC). */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // dateStyle/timeStyle cannot be combined with timeZoneName: spelled out instead.
  return date.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** Address lines for display, blank parts left out. */
export interface AddressParts {
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  stateOrProvince?: string;
  zipOrPostalCode?: string;
  country?: string;
}

export function addressLines(address: AddressParts | undefined): string[] {
  if (!address) return [];
  const cityLine = [address.city, address.stateOrProvince, address.zipOrPostalCode].filter(Boolean).join(', ');
  return [address.addressLine1, address.addressLine2, cityLine, address.country].filter((line): line is string =>
    Boolean(line),
  );
}
