// council-report new-report AGENDA [-o FILE]: the report drafted from an annotated agenda
// (edits/newReport.ts), to standard output or to a new file. An existing file is never
// overwritten; the new file is written whole or not at all.

import { linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { newReportFromAgenda } from '../edits/newReport';
import { LineText } from '../edits/sourceText';
import { parse } from '../parser/parse';
import { InputError, readReport } from './input';

/** Returns the exit code: 0 written, 2 the agenda unreadable or the file not written. */
export function newReport(agendaPath: string, output: string | undefined): number {
  let text: string;
  try {
    text = readReport(agendaPath).text;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`council-report: ${e.message}\n`);
    return 2;
  }
  const report = newReportFromAgenda(parse(text), new LineText(text)).text;
  if (output === undefined) {
    process.stdout.write(report);
    return 0;
  }
  // Written beside it under a temporary name, then linked into place: link fails if the file
  // exists, so a report already there is never replaced, and no half-written file is left.
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.council-new`);
  try {
    writeFileSync(temp, report, { flag: 'wx' });
    try {
      linkSync(temp, output);
    } finally {
      unlinkSync(temp);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? 'the file exists; choose another name'
        : code === 'ENOENT'
          ? `no such folder: ${dirname(output)}`
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? (e as Error).message);
    process.stderr.write(`council-report: ${output}: not written: ${why}\n`);
    return 2;
  }
  process.stderr.write(`council-report: ${output}: new report from ${agendaPath}\n`);
  return 0;
}
