/** Quantities as Webex prints them (up to 4 decimals), grouped for reading. */
const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const countFormat = new Intl.NumberFormat('en-US');

export const formatQuantity = (value: number) => (Number.isNaN(value) ? '—' : quantityFormat.format(value));
export const formatCount = (value: number) => countFormat.format(value);

export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
