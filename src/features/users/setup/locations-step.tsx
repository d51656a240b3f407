import { useState } from 'react';
import { MapPin, Plus } from 'lucide-react';
import type { HubLocation } from '@contract/hub';
import { FormCheckbox } from '@/shared/forms/form-checkbox';
import { Badge } from '@/shared/ui/badge';
import { Button } from '@/shared/ui/button';
import { toast } from '@/shared/ui/toast-store';
import type { SetupForm } from '../lib/setup-form';
import { AddLocationDialog } from './add-location-dialog';

function addressLine(location: HubLocation): string {
  const a = location.address;
  if (!a) return '—';
  return [
    a.addressLine1,
    a.addressLine2,
    a.city,
    [a.stateOrProvince, a.zipOrPostalCode].filter(Boolean).join(' '),
    a.country,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The customer's locations (headquarters first), adding a branch, and confirming the list. */
export function LocationsStep({
  customerId,
  country,
  locations,
  available,
}: {
  customerId: string;
  country: string;
  locations: readonly HubLocation[];
  /** False against the real API, which has no locations endpoint. */
  available: boolean;
}) {
  const [adding, setAdding] = useState(false);
  if (!available) {
    return (
      <>
        <p className="text-sm text-fg-muted">
          This backend does not offer customer locations. Users are created at the customer’s main location; manage
          branch locations in Control Hub.
        </p>
        <FormCheckbox<SetupForm> name="locationsConfirmed" label="Create the users at the main location" />
      </>
    );
  }
  const sorted = [...locations].sort((a, b) => Number(b.isHeadquarters ?? false) - Number(a.isHeadquarters ?? false));
  return (
    <>
      <div className="overflow-x-auto rounded-md border border-line">
        <table className="w-full text-sm">
          <caption className="sr-only">Locations of this customer</caption>
          <thead className="bg-surface-muted text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Address
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Time zone
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Language
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((location) => (
              <tr key={location.id} className="border-t border-line">
                <td className="px-3 py-2 font-medium text-fg">
                  <span className="flex items-center gap-2 whitespace-nowrap">
                    <MapPin aria-hidden="true" className="size-4 shrink-0 text-fg-muted" />
                    {location.name}
                    {location.isHeadquarters ? <Badge tone="neutral">Main</Badge> : null}
                  </span>
                </td>
                <td className="px-3 py-2 text-fg-muted">{addressLine(location)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-fg-muted">{location.timezone ?? '—'}</td>
                <td className="px-3 py-2 whitespace-nowrap text-fg-muted">{location.language ?? '—'}</td>
              </tr>
            ))}
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-3 py-4 text-center text-fg-muted">
                  No locations yet. Add the offices your users work from.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div>
        <Button icon={<Plus />} onClick={() => setAdding(true)}>
          Add a location
        </Button>
      </div>
      <FormCheckbox<SetupForm>
        name="locationsConfirmed"
        label="These are all the locations the users of this pass need"
        hint="Users you add next choose one of them; a user without one belongs to the main location."
      />
      <AddLocationDialog
        customerId={customerId}
        country={country}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(location) => toast({ tone: 'success', title: `Location ${location.name} added` })}
      />
    </>
  );
}
