// Preloaded into bin/act by test/cli/startup.test.ts (NODE_OPTIONS=--require): records the files
// the process reads, each vm.Script it compiles (with a code cache given? taken by V8?) and the
// built-in modules Node loaded, and writes them as JSON to $ACT_PROBE_OUT when the process ends.
const fs = require('node:fs');
const vm = require('node:vm');

const reads = [];
const scripts = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string') reads.push(path);
  return readFileSync.call(this, path, ...rest);
};
vm.Script = class extends vm.Script {
  constructor(code, options) {
    super(code, options);
    scripts.push({ filename: options?.filename, cacheGiven: options?.cachedData !== undefined, cacheRejected: this.cachedDataRejected === true });
  }
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  fs.writeFileSync(process.env.ACT_PROBE_OUT, JSON.stringify({ reads, scripts, builtins }));
});
