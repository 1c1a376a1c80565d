// Preloaded with `node --import` by the resource tests: on exit, writes the process's peak RSS
// (kilobytes) to the file named by ACT_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.ACT_MAXRSS_FILE) writeFileSync(process.env.ACT_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
