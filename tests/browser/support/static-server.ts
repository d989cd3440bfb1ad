// The static server lives with the tooling, which the benchmark shares; tests import it from here.
export * from '../../../scripts/lib/static-server.ts';
