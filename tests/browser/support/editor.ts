// The editor's steps are shared with the script that takes the publishing guide's screenshots; tests import them here.
export * from '../../../scripts/lib/editor-steps.ts';
