/*
 * Distributed Map ItemBatcher (input-output-itembatcher page): groups items into batches of at
 * most MaxItemsPerBatch items and MaxInputBytesPerBatch bytes; each child gets
 * {"BatchInput": ..., "Items": [...]} (BatchInput only when set).
 */
import type { Json } from '../value';
import { payloadSize } from '../limits';

export interface BatchSettings {
  readonly maxItems?: number;
  readonly maxBytes?: number;
  readonly batchInput?: Json;
}

export function batchItems(items: readonly Json[], settings: BatchSettings): Json[] {
  const maxItems = settings.maxItems && settings.maxItems > 0 ? settings.maxItems : Infinity;
  const maxBytes = settings.maxBytes && settings.maxBytes > 0 ? settings.maxBytes : 262_144;
  const batches: Json[] = [];
  let current: Json[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = payloadSize(item) + 1;
    if (current.length > 0 && (current.length >= maxItems || bytes + size > maxBytes)) {
      batches.push(makeBatch(current, settings.batchInput));
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(makeBatch(current, settings.batchInput));
  return batches;
}

function makeBatch(items: Json[], batchInput: Json | undefined): Json {
  return batchInput === undefined ? { Items: items } : { BatchInput: batchInput, Items: items };
}
