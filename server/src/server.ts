// The language server's entry: connect over the transport the command line names, and serve.

import { connect } from './server/connection';
import { createServer } from './server/createServer';

createServer(connect()).listen();
