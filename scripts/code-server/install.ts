// `node dist/code-server/install.js`: installs code-server into the cache unless it is already there.
import { CODE_SERVER_VERSION, ensureCodeServer } from './codeServer';

const started = Date.now();
ensureCodeServer().then(
  (entry) => console.log(`code-server ${CODE_SERVER_VERSION} ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${entry}`),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
