import { keepHeapLean } from '../../../../src/build/tuning/lean-heap.ts';

// Run with --expose-gc --trace-gc-verbose: V8 prints the factor it grows the heap by after each collection.
keepHeapLean(Number(process.argv[2]));
const keep: unknown[] = [];
for (let round = 0; round < 4; round++) {
  keep.push(Array.from({ length: 100_000 }, (_, k) => ({ k, round })));
  (globalThis as unknown as { gc: () => void }).gc();
}
