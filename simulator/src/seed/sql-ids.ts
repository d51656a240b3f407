import { decodeId, encodeId, type IdType } from '@contract/ids';
import { mintLicenceId } from '../domain/customers/licences';

/**
 * SQL twins of `encodeId` from @contract/ids (base64url, unpadded, of
 * `ciscospark://us/<TYPE>/<uuid>`), so set-based seeds mint the IDs the API would.
 */

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** base64url of a short SQL text expression (under 57 bytes: PostgreSQL's base64 wraps lines after 76 characters). */
function sqlBase64(textSql: string): string {
  return `rtrim(translate(encode(convert_to(${textSql}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;
}

/**
 * The ID whose value is `constantHead` followed by `valueSql`. Base64 maps each 3 input
 * bytes to 4 characters on their own, so the longest 3-byte-aligned part of the constant
 * text is encoded here once and only the rest per row.
 */
export function sqlEncodeId(type: IdType, valueSql: string, constantHead = ''): string {
  const fixed = `ciscospark://us/${type}/${constantHead}`;
  const cut = fixed.length - (fixed.length % 3);
  return `('${base64url(fixed.slice(0, cut))}' || rtrim(translate(encode(convert_to('${fixed.slice(cut)}' || (${valueSql})::text, 'UTF8'), 'base64'), E'+/\\n', '-_'), '='))`;
}

/** A uuid derived from a text key: the same key always yields the same uuid. */
export function sqlUuid(keySql: string): string {
  return `md5(${keySql})::uuid`;
}

/**
 * Counter uuids of one seeding run: `<tag>-<kind>-4000-8000-<counter as 12 hex digits>`.
 * `tag` (8 hex digits, random per run) keeps runs apart, `kind` keeps entity kinds apart.
 */
export function counterUuidHead(tag: string, kind: number): string {
  if (!/^[0-9a-f]{8}$/.test(tag)) throw new Error(`tag must be 8 lower-case hex digits, got ${tag}`);
  return `${tag}-${kind.toString(16).padStart(4, '0')}-4000-8000-`;
}

export function sqlCounterUuid(tag: string, kind: number, counterSql: string): string {
  return `('${counterUuidHead(tag, kind)}' || lpad(to_hex(${counterSql}), 12, '0'))`;
}

/**
 * The encoded ID of counter uuid `counterSql`: everything up to the last few hex digits is
 * constant, so it is encoded here, and the row's work is the base64 of at most 12 digits.
 * The constant part absorbs 0-2 leading zeros of the counter to end on a 3-byte boundary.
 */
export function sqlCounterId(type: IdType, tag: string, kind: number, counterSql: string): string {
  const fixed = `ciscospark://us/${type}/${counterUuidHead(tag, kind)}`;
  const zeros = (3 - (fixed.length % 3)) % 3;
  const digits = 12 - zeros;
  return `('${base64url(fixed + '0'.repeat(zeros))}' || ${sqlBase64(`lpad(to_hex(${counterSql}), ${digits}, '0')`)})`;
}

/** JS value of the same ID, for tests and for callers that need one ID outside SQL. */
export function counterId(type: IdType, tag: string, kind: number, counter: number): string {
  return encodeId(type, `${counterUuidHead(tag, kind)}${counter.toString(16).padStart(12, '0')}`);
}

/**
 * The licence key the customers module mints for `pkg` (SLWCA for webex_calling, ...),
 * read back from a minted ID so the seed cannot drift from it.
 */
export function licenceKey(pkg: string): string {
  const probe = decodeId(mintLicenceId(encodeId('ORGANIZATION', '00000000-0000-4000-8000-000000000000'), pkg));
  const key = probe?.uuid.split(':')[1]?.split('_')[0];
  if (!key) throw new Error(`cannot read the licence key of ${pkg}`);
  return key;
}
