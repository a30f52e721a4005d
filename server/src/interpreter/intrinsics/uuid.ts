/*
 * States.UUID(): a version 4 UUID built from the execution's seeded random source (random.ts), so
 * runs are reproducible.
 */
import type { IntrinsicImpl } from './support';
import { uuidFrom } from '../random';

export const UUID_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.UUID': ({ scope }) => uuidFrom(scope.random),
};
