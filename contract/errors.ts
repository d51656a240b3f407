import { z } from 'zod';

/**
 * The generic Webex error body. `errorCode` is optional per entry and some services also
 * put a top-level `errorCode`; billing report errors use `code`. The SPA parses with this
 * tolerant schema so an unexpected shape from the real API never crashes a page.
 */
export const WebexErrorItem = z
  .object({
    description: z.string().optional(),
    errorCode: z.number().optional(),
    code: z.number().optional(),
  })
  .passthrough();

export const WebexErrorBody = z
  .object({
    message: z.string().optional(),
    errors: z.array(WebexErrorItem).optional(),
    trackingId: z.string().optional(),
    errorCode: z.number().optional(),
  })
  .passthrough();

export type WebexErrorItem = z.infer<typeof WebexErrorItem>;
export type WebexErrorBody = z.infer<typeof WebexErrorBody>;

/**
 * The simulator adds `field` (a dotted path into the request, e.g. `address.addressLine1`)
 * to each error item so that clients can put the message next to the input that caused it.
 * The real API does not send it; the SPA falls back to mapping error codes to fields.
 */
export interface SimErrorItem {
  description: string;
  errorCode: number;
  field?: string;
}
