// Preloaded into the worker (node --import ./scripts/worker-logs.mjs src/worker.ts):
// its console lines become JSON like the app's (scripts/observability.mjs).
import { createLogger, routeConsole } from './observability.mjs';

routeConsole(createLogger('worker'));
