// Chromium is launched by the tooling, which the benchmark shares; tests import it from here.
export * from '../../../scripts/lib/chromium.ts';
