import type { z } from 'zod';
import { ERROR_CODES } from '@contract/error-codes';
import { toErrorItems } from '@contract/validation';
import { refuse, refuseAll } from '../../http/errors';

/**
 * Validates a body or query string against its contract schema; every problem found is
 * reported at once, each naming its field, what is wrong and what is allowed.
 */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown, source: 'body' | 'query'): z.output<S> {
  if (source === 'body' && input === undefined) {
    throw refuse(
      ERROR_CODES.MISSING_FIELD,
      'The request body is required: send a JSON object (Content-Type: application/json).',
    );
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const items = toErrorItems(result.error, input).map((item) =>
    item.field ? item : { ...item, description: `The request ${source} ${item.description}` },
  );
  throw refuseAll(400, items);
}
