import { guardReport } from './guard-report.ts';

// Started by `guardReportInChild` with the project root and the build's moment; answers with the report as JSON.
const [root, now] = process.argv.slice(2);
if (!root || !now) throw new Error('usage: guard-process.ts <root> <ISO time>');
process.stdout.write(JSON.stringify(guardReport(root, new Date(now))));
