// The suite's entry inside VS Code's extension host: the `extensionTestsPath` contract shared by
// @vscode/test-electron and the workbench's test payload (code-server): `run()` resolves when every
// test passed and rejects otherwise.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The first line the suite prints; runners show the extension host's log from here on. */
export const START_MARKER = 'News Lens integration tests';

export function run(): Promise<void> {
  console.log(START_MARKER);
  // NEWS_LENS_TEST_GREP (inherited through the editor's environment) runs only the matching tests.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.NEWS_LENS_TEST_GREP });
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
