// Run first by `npm start`, `npm test` and `npm run build` (their pre-scripts): on an older
// Node.js they would otherwise fail much later, deep in a build or a native module, with a
// message that does not say the runtime is the cause. CommonJS and old syntax on purpose, so
// any Node.js can run it far enough to say which version to install.
'use strict';
var fs = require('fs');
var path = require('path');

var wanted = Number(fs.readFileSync(path.join(__dirname, '..', '..', '.nvmrc'), 'utf8').trim());
var running = Number(process.versions.node.split('.')[0]);

if (running < wanted) {
  var message = 'Maillage needs Node.js ' + wanted + ' (LTS); this is Node.js ' + process.versions.node + '.';
  console.error(message + ' Install Node.js ' + wanted + ' (e.g. `nvm install ' + wanted + '`, or from https://nodejs.org) and run the command again.');
  process.exit(1);
}
if (running > wanted) {
  // Newer majors usually work (argon2 ships N-API builds) but are not what CI runs.
  console.warn('Maillage is tested on Node.js ' + wanted + '; this is Node.js ' + process.versions.node + ' (continuing).');
}
