/**
 * A dictionary of byte strings (UTF-8 field values) without a JavaScript string per value:
 * values live back to back in one Uint8Array, found again through an open-addressing hash
 * table keyed by FNV-1a. A 200,000-row report has over a million distinct IDs; as strings
 * they cost seconds of garbage collection and structured cloning, as bytes they are a few
 * buffers that move to the main thread without a copy.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The values added since the previous `takeNew()`: their bytes back to back, and where each ends. */
export interface DictionaryDelta {
  bytes: Uint8Array;
  ends: Uint32Array;
}

function grow<T extends Uint8Array | Uint32Array | Int32Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  let capacity = array.length;
  while (capacity < needed) capacity *= 2;
  const grown = make(capacity);
  grown.set(array);
  return grown;
}

export class ByteDictionary {
  private heap = new Uint8Array(4096);
  private heapLength = 0;
  /** offsets[i] is where value i starts; offsets[size] is the end of the last one. */
  private offsets = new Uint32Array(256);
  private hashes = new Uint32Array(256);
  private slots = new Int32Array(512);
  private mask = 511;
  private sentSize = 0;
  size = 0;

  /** The code of src[start, end), adding it when new. `hash` is FNV-1a over those bytes. */
  intern(src: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const code = entry - 1;
      if (this.hashes[code] === hash && this.matches(code, src, start, length)) return code;
      slot = (slot + 1) & this.mask;
    }
    const code = this.size;
    this.offsets = grow(this.offsets, code + 2, (n) => new Uint32Array(n));
    this.hashes = grow(this.hashes, code + 1, (n) => new Uint32Array(n));
    this.heap = grow(this.heap, this.heapLength + length, (n) => new Uint8Array(n));
    this.heap.set(src.subarray(start, end), this.heapLength);
    this.heapLength += length;
    this.offsets[code + 1] = this.heapLength;
    this.hashes[code] = hash;
    this.slots[slot] = code + 1;
    this.size = code + 1;
    if (this.size * 2 > this.mask) this.rehash();
    return code;
  }

  /** The bytes of one value (a view: copy it before the dictionary grows further). */
  bytesOf(code: number): Uint8Array {
    return this.heap.subarray(this.offsets[code], this.offsets[code + 1]);
  }

  takeNew(): DictionaryDelta {
    const base = this.offsets[this.sentSize] as number;
    const ends = new Uint32Array(this.size - this.sentSize);
    for (let i = 0; i < ends.length; i++) ends[i] = (this.offsets[this.sentSize + i + 1] as number) - base;
    const bytes = this.heap.slice(base, this.heapLength);
    this.sentSize = this.size;
    return { bytes, ends };
  }

  /**
   * Whether value `code` equals src[start, start + length). Compared from the end: Webex IDs
   * share a long base64 prefix ("ciscospark://us/...") and differ in their UUID tail.
   */
  matches(code: number, src: Uint8Array, start: number, length: number): boolean {
    const from = this.offsets[code] as number;
    if ((this.offsets[code + 1] as number) - from !== length) return false;
    const heap = this.heap;
    for (let i = length - 1; i >= 0; i--) if (heap[from + i] !== src[start + i]) return false;
    return true;
  }

  private rehash(): void {
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let code = 0; code < this.size; code++) {
      let slot = (this.hashes[code] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * Main-thread side of a dictionary: the deltas are kept as they arrived (no copying of a
 * hundred megabytes into one growing buffer), and a value is decoded on first use.
 */
export class DecodedDictionary {
  private readonly chunks: (DictionaryDelta & { firstCode: number })[] = [];
  private readonly cache: (string | undefined)[] = [];
  private readonly decoder = new TextDecoder();
  size = 0;

  append(delta: DictionaryDelta): void {
    if (delta.ends.length === 0) return;
    this.chunks.push({ ...delta, firstCode: this.size });
    this.size += delta.ends.length;
  }

  value(code: number): string {
    const cached = this.cache[code];
    if (cached !== undefined) return cached;
    if (code < 0 || code >= this.size) return '';
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.chunks[mid] as { firstCode: number }).firstCode <= code) low = mid;
      else high = mid - 1;
    }
    const chunk = this.chunks[low] as DictionaryDelta & { firstCode: number };
    const local = code - chunk.firstCode;
    const start = local === 0 ? 0 : (chunk.ends[local - 1] as number);
    const text = this.decoder.decode(chunk.bytes.subarray(start, chunk.ends[local]));
    this.cache[code] = text;
    return text;
  }
}
